/**
 * Decryption and signatures of event pushes. Internal: not exported.
 */
@NullMarked
package io.larkgen.runtime.internal.events;

import org.jspecify.annotations.NullMarked;
