package io.quire.engine.auth;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.Change;
import io.quire.engine.catalog.ChangeListener;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import org.jspecify.annotations.Nullable;

/**
 * A table as one query of one user sees it: every operation first checks the permission
 * it needs ({@code read} to read or open a changefeed, {@code write} to change rows,
 * {@code config} for indexes), before it has any effect. Each permission is looked up
 * once per query and table, then remembered; what the query's up-front check
 * ({@link QueryPermissions}) found held is not looked up again.
 */
public final class CheckedTable implements Table {

	private final Table table;

	private final String user;

	private final Authorizer authorizer;

	private final boolean[] granted = new boolean[Permission.values().length];

	private CheckedTable(Table table, String user, Authorizer authorizer) {
		this.table = table;
		this.user = user;
		this.authorizer = authorizer;
	}

	/**
	 * The table itself for admin, else a table that checks the user's grants.
	 * @param grants what the query was found to hold before it ran, not checked again
	 */
	public static Table of(Table table, String user, Authorizer authorizer, QueryGrants grants) {
		if (Users.ADMIN.equals(user)) {
			return table;
		}
		CheckedTable checked = new CheckedTable(table, user, authorizer);
		grants.on(table.id()).forEach((permission) -> checked.granted[permission.ordinal()] = true);
		return checked;
	}

	private void require(Permission permission) {
		if (this.granted[permission.ordinal()]) {
			return;
		}
		UUID tableId = this.table.id();
		if (!this.authorizer.allowed(this.user, permission, this.table.database(),
				() -> this.authorizer.databaseId(this.table.database()), tableId)) {
			throw Authorizer.denied(this.user, permission);
		}
		this.granted[permission.ordinal()] = true;
	}

	@Override
	public UUID id() {
		return this.table.id();
	}

	@Override
	public String database() {
		return this.table.database();
	}

	@Override
	public String name() {
		return this.table.name();
	}

	@Override
	public String primaryKey() {
		return this.table.primaryKey();
	}

	@Override
	public @Nullable Map<String, Object> get(Object key) {
		require(Permission.READ);
		return this.table.get(key);
	}

	@Override
	public RowIterator scan(boolean descending) {
		require(Permission.READ);
		return this.table.scan(descending);
	}

	@Override
	public RowIterator between(String index, Bound lower, Bound upper, boolean descending) {
		require(Permission.READ);
		return this.table.between(index, lower, upper, descending);
	}

	@Override
	public RowIterator getAll(String index, Object key) {
		require(Permission.READ);
		return this.table.getAll(index, key);
	}

	@Override
	public Change modify(Object key, UnaryOperator<@Nullable Map<String, Object>> update, Durability durability) {
		require(Permission.WRITE);
		return this.table.modify(key, update, durability);
	}

	@Override
	public List<Object> modifyAll(List<Map.Entry<Object, UnaryOperator<@Nullable Map<String, Object>>>> updates,
			Durability durability) {
		require(Permission.WRITE);
		return this.table.modifyAll(updates, durability);
	}

	@Override
	public long count() {
		require(Permission.READ);
		return this.table.count();
	}

	@Override
	public long approximateBytes() {
		return this.table.approximateBytes();
	}

	@Override
	public void createIndex(IndexDefinition definition) {
		require(Permission.CONFIG);
		this.table.createIndex(definition);
	}

	@Override
	public void dropIndex(String name) {
		require(Permission.CONFIG);
		this.table.dropIndex(name);
	}

	@Override
	public boolean renameIndex(String from, String to, boolean overwrite) {
		require(Permission.CONFIG);
		return this.table.renameIndex(from, to, overwrite);
	}

	@Override
	public List<IndexStatus> indexes() {
		require(Permission.READ);
		return this.table.indexes();
	}

	@Override
	public List<IndexStatus> awaitIndexes(List<String> names) throws InterruptedException {
		require(Permission.READ);
		return this.table.awaitIndexes(names);
	}

	@Override
	public void sync() {
		require(Permission.WRITE);
		this.table.sync();
	}

	@Override
	public void keyGenerated(Object key) {
		this.table.keyGenerated(key);
	}

	@Override
	public AutoCloseable subscribe(ChangeListener listener) {
		require(Permission.READ);
		return this.table.subscribe(listener);
	}

}
