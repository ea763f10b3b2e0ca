/**
 * Fetching, caching and refreshing tenant and app access tokens. Internal: not exported.
 */
@NullMarked
package io.larkgen.runtime.internal.auth;

import org.jspecify.annotations.NullMarked;
