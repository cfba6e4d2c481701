/**
 * Entity callbacks the template invokes around conversion and saving, including auditing.
 */
@NullMarked
package io.quire.data.core.mapping.event;

import org.jspecify.annotations.NullMarked;
