package io.quire.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * S3: PostgreSQL with one {@code jsonb} column per document, through pgjdbc and a
 * HikariCP pool, in the shape of YCSB's {@code postgrenosql} binding. Durability maps to
 * {@code synchronous_commit}, set on every pooled connection.
 */
public final class PostgresStore implements Store {

	private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
	};

	private final HikariDataSource dataSource;

	private final JsonMapper json = JsonMapper.builder().build();

	/** A pool of {@code poolSize} connections to the JDBC URL. */
	public PostgresStore(String jdbcUrl, int poolSize, Durability durability) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl);
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(poolSize);
		config.setPoolName("bench-pg-" + durability.reqlName());
		config.setConnectionInitSql("SET synchronous_commit = " + durability.synchronousCommit());
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		this.dataSource = new HikariDataSource(config);
	}

	@Override
	public void recreateTable() {
		execute("DROP TABLE IF EXISTS usertable");
		execute("CREATE TABLE usertable (ycsb_key VARCHAR(255) COLLATE \"C\" PRIMARY KEY, ycsb_value JSONB NOT NULL)");
	}

	@Override
	public void insert(String key, Map<String, Object> fields) {
		Map<String, Object> document = new LinkedHashMap<>(fields);
		document.put("id", key);
		executeUpdate("INSERT INTO usertable (ycsb_key, ycsb_value) VALUES (?, ?::jsonb)", key,
				this.json.writeValueAsString(document));
	}

	@Override
	public void insertBatch(List<Map<String, Object>> documents) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement insert = connection
					.prepareStatement("INSERT INTO usertable (ycsb_key, ycsb_value) VALUES (?, ?::jsonb)")) {
			for (Map<String, Object> document : documents) {
				insert.setString(1, (String) document.get("id"));
				insert.setString(2, this.json.writeValueAsString(document));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Map<String, Object> read(String key) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement select = connection
					.prepareStatement("SELECT ycsb_value FROM usertable WHERE ycsb_key = ?")) {
			select.setString(1, key);
			try (ResultSet rows = select.executeQuery()) {
				return WriteResults.requireFound(rows.next() ? this.json.readValue(rows.getString(1), DOCUMENT) : null,
						key);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void update(String key, String field, String value) {
		String patch = this.json.writeValueAsString(Map.of(field, value));
		executeUpdate("UPDATE usertable SET ycsb_value = ycsb_value || ?::jsonb WHERE ycsb_key = ?", patch, key);
	}

	@Override
	public int scan(String startKey, int count) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement select = connection.prepareStatement(
						"SELECT ycsb_key, ycsb_value FROM usertable WHERE ycsb_key >= ? ORDER BY ycsb_key LIMIT ?")) {
			select.setString(1, startKey);
			select.setInt(2, count);
			return readAll(select);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void noop() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement select = connection.prepareStatement("SELECT 1")) {
			readAll(select);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Bytes of the table, its index and TOAST data. */
	public long tableBytes() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_total_relation_size('usertable')")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.dataSource.close();
	}

	private int readAll(PreparedStatement select) throws SQLException {
		int count = 0;
		try (ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				if (rows.getMetaData().getColumnCount() > 1) {
					this.json.readValue(rows.getString(2), DOCUMENT);
				}
				count++;
			}
		}
		return count;
	}

	private void executeUpdate(String sql, String first, String second) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, first);
			statement.setString(2, second);
			if (statement.executeUpdate() != 1) {
				throw new IllegalStateException("no row changed by " + sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void execute(String sql) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
