package io.quire.engine.term;

import io.quire.engine.catalog.Bound;
import io.quire.engine.catalog.RowIterator;
import io.quire.engine.catalog.Table;
import org.jspecify.annotations.Nullable;

/**
 * A table or a slice of one ({@code between}, {@code orderBy} with an index): read
 * lazily, in index order, when it is used as a sequence.
 *
 * @param table the table
 * @param index the index the slice uses, or {@code null} for the primary key in key order
 * @param lower the lower bound
 * @param upper the upper bound
 * @param descending whether rows come in descending index order
 * @param ordered whether {@code orderBy} was applied (it may be applied once)
 */
public record TableRef(Table table, @Nullable String index, Bound lower, Bound upper, boolean descending,
		boolean ordered) {

	public TableRef {
		if (index != null) {
			GeoIndexes.refuse(table, index);
		}
	}

	public static TableRef of(Table table) {
		return new TableRef(table, null, Bound.none(), Bound.none(), false, false);
	}

	public boolean isSlice() {
		return this.index != null || this.ordered;
	}

	public String indexName() {
		return (this.index != null) ? this.index : this.table.primaryKey();
	}

	public String typeName() {
		return isSlice() ? "TABLE_SLICE" : "TABLE";
	}

	/** Opens a storage iterator over the rows. */
	public Stream open() {
		RowIterator rows = (this.index == null && this.lower.isUnbounded() && this.upper.isUnbounded())
				? this.table.scan(this.descending)
				: this.table.between(indexName(), this.lower, this.upper, this.descending);
		return new Stream(rows, rows, this.table, false);
	}

}
