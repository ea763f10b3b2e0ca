package io.larkgen.runtime;

/** HTTP methods an {@link Operation} may use. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE;

  /** Whether a failed request of this method may be sent again without changing server state. */
  public boolean isIdempotent() {
    return this != POST && this != PATCH;
  }
}
