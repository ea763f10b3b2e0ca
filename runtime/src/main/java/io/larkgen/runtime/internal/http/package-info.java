/**
 * Sending one attempt through a transport, and building request URLs. Internal: not exported.
 */
@NullMarked
package io.larkgen.runtime.internal.http;

import org.jspecify.annotations.NullMarked;
