/**
 * Masking secrets in logs and messages. Internal: not exported.
 */
@NullMarked
package io.larkgen.runtime.internal.error;

import org.jspecify.annotations.NullMarked;
