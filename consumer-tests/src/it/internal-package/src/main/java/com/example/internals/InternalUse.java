package com.example.internals;

import io.larkgen.runtime.internal.http.Urls;

/** Names a class of a package the runtime does not export: javac refuses it. */
public final class InternalUse {
  private InternalUse() {}

  /**
   * The internal class, named.
   *
   * @return {@code Urls.class}
   */
  public static Class<?> internalClass() {
    return Urls.class;
  }
}
