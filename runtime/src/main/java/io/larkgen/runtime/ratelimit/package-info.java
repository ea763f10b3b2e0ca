/**
 * Client-side rate limiting: the limiter interface and the default limiter local to one client.
 */
@NullMarked
package io.larkgen.runtime.ratelimit;

import org.jspecify.annotations.NullMarked;
