/**
 * The client ({@link io.larkgen.runtime.DefaultLarkClient}), per-call options, responses,
 * paging and listeners, and the operation descriptors generated code hands the client.
 */
@NullMarked
package io.larkgen.runtime;

import org.jspecify.annotations.NullMarked;
