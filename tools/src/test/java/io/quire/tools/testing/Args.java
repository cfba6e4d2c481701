package io.quire.tools.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds tool argument lists.
 */
public final class Args {

	private Args() {
	}

	/** The command, then the server's connection options, then the rest. */
	public static String[] of(String command, TestServer server, String... rest) {
		List<String> args = new ArrayList<>();
		args.add(command);
		args.addAll(Arrays.asList(server.connect()));
		args.add("--quiet");
		args.addAll(Arrays.asList(rest));
		return args.toArray(new String[0]);
	}

}
