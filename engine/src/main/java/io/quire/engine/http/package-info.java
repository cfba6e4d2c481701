/**
 * HTTP requests from queries ({@code r.http}) on the JDK's {@code java.net.http} client:
 * RethinkDB's options, redirects, retries, basic and digest authentication, result
 * formats and the server's rules for which hosts may be reached.
 */
@NullMarked
package io.quire.engine.http;

import org.jspecify.annotations.NullMarked;
