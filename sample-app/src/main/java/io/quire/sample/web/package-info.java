/**
 * Web plumbing shared by the REST API: paging parameters and RFC 9457 problem responses.
 */
@NullMarked
package io.quire.sample.web;

import org.jspecify.annotations.NullMarked;
