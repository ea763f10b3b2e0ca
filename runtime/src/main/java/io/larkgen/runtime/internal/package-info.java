/**
 * The runtime's implementation: token fetching and caching, the HTTP exchange, URL building,
 * the paginator, redaction and event crypto. Not API: the module does not export these
 * packages, and nothing in them is kept compatible between releases. Applications use the
 * public packages of {@code io.larkgen.runtime}; generated code uses the types marked {@link
 * io.larkgen.runtime.annotations.LarkProtectedApi}.
 */
@NullMarked
package io.larkgen.runtime.internal;

import org.jspecify.annotations.NullMarked;
