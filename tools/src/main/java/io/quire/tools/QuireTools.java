package io.quire.tools;

import java.io.PrintWriter;
import java.util.Set;

import io.quire.tools.cli.DumpCommand;
import io.quire.tools.cli.ExportCommand;
import io.quire.tools.cli.FailureHandler;
import io.quire.tools.cli.ImportCommand;
import io.quire.tools.cli.RestoreCommand;
import io.quire.tools.transfer.Interruption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code quire} command: {@code dump}, {@code restore}, {@code import} and
 * {@code export}, taking the options of RethinkDB's tools of the same names.
 */
@Command(name = "quire", mixinStandardHelpOptions = true, versionProvider = QuireTools.Version.class,
		description = "Back up, restore, import and export the data of a Quire (or RethinkDB) server.", subcommands = {
				DumpCommand.class, RestoreCommand.class, ImportCommand.class, ExportCommand.class, HelpCommand.class })
public final class QuireTools implements Runnable {

	private static final Set<String> FIRST_ARGUMENTS = Set.of("dump", "restore", "import", "export", "help", "--help",
			"-h");

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/**
	 * Whether these arguments ask for a tool (their first is a subcommand or
	 * {@code --help}) rather than for a server.
	 */
	public static boolean isToolCommand(String... args) {
		return args.length > 0 && FIRST_ARGUMENTS.contains(args[0]);
	}

	public static void main(String... args) {
		int status = run(args);
		if (!Interruption.shuttingDown()) {
			System.exit(status);
		}
	}

	/** Run the command on standard output and error; the exit status. */
	public static int run(String... args) {
		return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
	}

	/** The command line, writing to these streams. */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine line = new CommandLine(new QuireTools());
		line.setOut(out);
		line.setErr(err);
		line.setExecutionExceptionHandler(new FailureHandler());
		return line;
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/** The version line of {@code quire --version}. */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = QuireTools.class.getPackage().getImplementationVersion();
			return new String[] { "quire " + ((version != null) ? version : "0.1.0") };
		}

	}

}
