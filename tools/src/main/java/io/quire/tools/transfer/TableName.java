package io.quire.tools.transfer;

/**
 * A table of a database.
 *
 * @param db the database
 * @param table the table
 */
public record TableName(String db, String table) {

	@Override
	public String toString() {
		return this.db + "." + this.table;
	}

}
