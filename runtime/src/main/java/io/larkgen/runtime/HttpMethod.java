package io.larkgen.runtime;

/** HTTP methods an {@link Operation} may use. */
public enum HttpMethod {
  /** Reads; idempotent. */
  GET,
  /** Creates or acts; not idempotent, retried only with an idempotency key. */
  POST,
  /** Replaces; idempotent. */
  PUT,
  /** Changes part of a resource; not idempotent. */
  PATCH,
  /** Deletes; idempotent. */
  DELETE;

  /**
   * Whether a failed request of this method may be sent again without changing server state.
   *
   * @return false for {@code POST} and {@code PATCH}, true for the others
   */
  public boolean isIdempotent() {
    return this != POST && this != PATCH;
  }
}
