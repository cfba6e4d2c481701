package io.quire.engine.term;

import io.quire.protocol.TermType;

/**
 * What the term layer implements, for callers outside it (query stats, optarg checks).
 */
public final class TermCatalog {

	private TermCatalog() {
	}

	/** Whether the term type can be evaluated. */
	public static boolean isImplemented(TermType type) {
		return TermRegistry.isImplemented(type);
	}

	/** Whether some term accepts an optional argument of this name. */
	public static boolean isKnownOptarg(String name) {
		return TermRegistry.isKnownOptarg(name);
	}

}
