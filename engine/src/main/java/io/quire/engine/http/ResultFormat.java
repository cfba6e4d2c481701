package io.quire.engine.http;

/** How the body of a successful response becomes a datum ({@code result_format}). */
public enum ResultFormat {

	/** JSON, JSONP, binary or text by the response's Content-Type. */
	AUTO,

	/** The body as a string. */
	TEXT,

	/** The body parsed as JSON. */
	JSON,

	/** The body parsed as padded JSON: {@code callback(JSON);}. */
	JSONP,

	/** The body as a BINARY datum. */
	BINARY

}
