/**
 * A reactive repository configuration audited through a {@code ReactiveAuditorAware}.
 */
@NullMarked
package io.quire.data.test.reactive.auditing;

import org.jspecify.annotations.NullMarked;
