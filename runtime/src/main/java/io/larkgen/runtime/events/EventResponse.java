package io.larkgen.runtime.events;

import java.nio.charset.StandardCharsets;

/**
 * The HTTP answer to an {@link EventRequest}: status, a small JSON body ({@code {"challenge":
 * ...}} for URL verification, {@code {"msg": ...}} otherwise) and the outcome it stands for.
 */
public record EventResponse(int status, String body, EventOutcome outcome) {
  /** The content type of every body. */
  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /**
   * The body as UTF-8 bytes.
   *
   * @return the body encoded as UTF-8
   */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
