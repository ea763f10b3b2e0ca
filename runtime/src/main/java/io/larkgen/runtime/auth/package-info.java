/**
 * Access tokens and where they are cached: the token store interface and its in-memory default,
 * and the app ticket of a store app.
 */
@NullMarked
package io.larkgen.runtime.auth;

import org.jspecify.annotations.NullMarked;
