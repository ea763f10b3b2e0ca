/**
 * The annotation that triggers the processor, the marker on generated types, and the marker of
 * protected API.
 */
@NullMarked
package io.larkgen.runtime.annotations;

import org.jspecify.annotations.NullMarked;
