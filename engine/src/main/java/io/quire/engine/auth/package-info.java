/**
 * Users and their SCRAM-SHA-256 credentials, kept in the catalog's system values.
 */
@NullMarked
package io.quire.engine.auth;

import org.jspecify.annotations.NullMarked;
