/**
 * The receiver of Feishu event pushes: URL verification, decryption, signature and replay
 * checks, deduplication and dispatch to typed handlers.
 */
@NullMarked
package io.larkgen.runtime.events;

import org.jspecify.annotations.NullMarked;
