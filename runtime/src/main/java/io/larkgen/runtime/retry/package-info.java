/**
 * When and how long the client waits before sending an attempt again.
 */
@NullMarked
package io.larkgen.runtime.retry;

import org.jspecify.annotations.NullMarked;
