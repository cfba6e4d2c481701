package io.quire.tools.transfer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

	@Test
	void plainOutputGivesRowsAndRateOnALine() {
		StringWriter out = new StringWriter();
		try (Progress progress = new Progress(new PrintWriter(out), false, true, "Importing d.t", new AtomicLong(1234),
				() -> 0.5)) {
			progress.print();
		}
		assertThat(out.toString()).matches("Importing d\\.t: 1,234 rows, [0-9,]+ rows/s\\R");
	}

	@Test
	void terminalOutputRedrawsABarWithTheTimeLeft() {
		StringWriter out = new StringWriter();
		try (Progress progress = new Progress(new PrintWriter(out), true, true, "Exporting", new AtomicLong(50),
				() -> 0.5)) {
			progress.print();
		}
		assertThat(out.toString()).startsWith("\rExporting [" + "=".repeat(15) + " ".repeat(15) + "]  50% 50 rows ")
			.contains(" rows/s ", " left ");
	}

	@Test
	void summaryCountsTablesRowsBytesAndSkippedRows() {
		Totals totals = new Totals();
		totals.addTable();
		totals.rows().addAndGet(2500);
		totals.addBytes(3 * 1024 * 1024);
		totals.addSkipped(2);
		assertThat(totals.summary("Done, x"))
			.matches("Done, x: 1 tables, 2,500 rows, 3\\.0 MB in [0-9.]+ s \\([0-9,]+ rows/s\\), 2 rows skipped");
	}

}
