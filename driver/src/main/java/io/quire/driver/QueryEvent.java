package io.quire.driver;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * One query as {@link QueryListener}s see it: its database and table (when the query
 * names them), its {@link QueryKind}, its shape and the server it goes to. The shape is
 * the term structure with every value replaced by {@code ?}, such as
 * {@code filter(table(db(?), ?), func(make_array(?), eq(bracket(var(?), ?), ?)))}, so it
 * can go into traces without leaking data. Listeners may keep state in the event's
 * attributes between the before and after calls.
 */
public final class QueryEvent {

	private final String database;

	private final @Nullable String table;

	private final QueryKind kind;

	private final String shape;

	private final HostAndPort serverAddress;

	private final Map<Object, Object> attributes = new ConcurrentHashMap<>();

	/**
	 * Create an event.
	 * @param database the database the query works on
	 * @param table the table it names, if any
	 * @param kind what it does
	 * @param shape its term structure without values
	 * @param serverAddress the server it is sent to
	 */
	public QueryEvent(String database, @Nullable String table, QueryKind kind, String shape,
			HostAndPort serverAddress) {
		this.database = Objects.requireNonNull(database, "database must not be null");
		this.table = table;
		this.kind = Objects.requireNonNull(kind, "kind must not be null");
		this.shape = Objects.requireNonNull(shape, "shape must not be null");
		this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress must not be null");
	}

	/**
	 * The database the query names, or else the connection's (or run option's) default.
	 */
	public String database() {
		return this.database;
	}

	/** The table the query names with a constant name, or {@code null}. */
	public @Nullable String table() {
		return this.table;
	}

	/** What the query does. */
	public QueryKind kind() {
		return this.kind;
	}

	/** The term structure without values. */
	public String shape() {
		return this.shape;
	}

	/** The server the query is sent to. */
	public HostAndPort serverAddress() {
		return this.serverAddress;
	}

	/** Keep a value for the {@link QueryListener#afterQuery} call. */
	public void setAttribute(Object key, Object value) {
		this.attributes.put(key, value);
	}

	/** A value kept by {@link #setAttribute}, or {@code null}. */
	@SuppressWarnings("unchecked")
	public <T> @Nullable T getAttribute(Object key) {
		return (T) this.attributes.get(key);
	}

	@Override
	public String toString() {
		return "QueryEvent{" + this.kind.value() + " " + this.database + "." + this.table + " on " + this.serverAddress
				+ ": " + this.shape + "}";
	}

}
