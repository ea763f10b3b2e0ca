package com.example.internals;

import io.larkgen.runtime.DefaultLarkClient;

/** Uses the public API; compiles, so the build's one error is {@link InternalUse}'s. */
public final class PublicUse {
  private PublicUse() {}

  /**
   * A client builder, from the runtime's exported package.
   *
   * @return a new builder
   */
  public static DefaultLarkClient.Builder builder() {
    return DefaultLarkClient.builder();
  }
}
