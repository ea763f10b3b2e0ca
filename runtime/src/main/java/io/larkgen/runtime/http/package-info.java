/**
 * The transport interface under the client, its request and response, and the default transport
 * on {@code java.net.http}.
 */
@NullMarked
package io.larkgen.runtime.http;

import org.jspecify.annotations.NullMarked;
