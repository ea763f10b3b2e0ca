/**
 * Streaming JSON readers, writers and codecs on jackson-core, and the value helpers generated
 * codecs call.
 */
@NullMarked
package io.larkgen.runtime.json;

import org.jspecify.annotations.NullMarked;
