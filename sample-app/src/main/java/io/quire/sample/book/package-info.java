/**
 * Books: the document, its repository and the REST API over them.
 */
@NullMarked
package io.quire.sample.book;

import org.jspecify.annotations.NullMarked;
