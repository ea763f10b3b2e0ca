/**
 * The exception hierarchy: every exception carries the operation, HTTP status, Feishu code and
 * message, and the log id where the server sent one.
 */
@NullMarked
package io.larkgen.runtime.error;

import org.jspecify.annotations.NullMarked;
