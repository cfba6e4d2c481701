/**
 * The ReQL query builder: terms, lambdas compiled to functions, and running queries.
 */
@NullMarked
package io.quire.driver.query;

import org.jspecify.annotations.NullMarked;
