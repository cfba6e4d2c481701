package io.quire.tools.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.quire.tools.ToolException;
import io.quire.tools.transfer.DirectoryImport;
import io.quire.tools.transfer.Interruption;

/**
 * Runs an import or restore and reports it: the summary, or a warning status if some
 * indexes or hooks were not restored.
 */
final class ImportRun {

	private ImportRun() {
	}

	static int report(PrintWriter out, DirectoryImport.Result result, String verb) {
		result.totals().print(out, verb);
		if (result.warnings() > 0) {
			throw new ToolException("Warning: " + result.warnings()
					+ " secondary indexes or write hooks were not restored (see the warnings above)");
		}
		return 0;
	}

	static DirectoryImport.Result run(Callable<DirectoryImport.Result> work) throws Exception {
		try {
			return work.call();
		}
		catch (Interruption.InterruptedRunException ex) {
			throw new ToolException("Interrupted: the run stopped before writing more rows");
		}
	}

}
