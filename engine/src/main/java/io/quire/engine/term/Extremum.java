package io.quire.engine.term;

/** {@code r.minval} and {@code r.maxval}: bounds below and above every datum. */
public enum Extremum {

	MINVAL, MAXVAL

}
