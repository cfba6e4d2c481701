package io.quire.engine.term;

/** A database value ({@code r.db(name)}). */
public record DbRef(String name) {
}
