/**
 * Users, their SCRAM-SHA-256 credentials and grants, kept in the catalog's system values,
 * and the permission checks every query passes.
 */
@NullMarked
package io.quire.engine.auth;

import org.jspecify.annotations.NullMarked;
