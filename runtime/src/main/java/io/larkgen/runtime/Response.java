package io.larkgen.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * The decoded {@code data} of a successful call together with the answer's metadata, as {@link
 * LarkClient#executeWithMetadata(Operation, Object, RequestOptions)} returns them.
 *
 * @param data the decoded {@code data} of the envelope
 * @param metadata status, log id and headers of the answer that carried {@code data}
 * @param <T> the type of {@code data}
 */
public record Response<T>(T data, ResponseMetadata metadata) {
  /**
   * Checks the components.
   *
   * @param data the decoded {@code data}
   * @param metadata the answer's metadata
   * @throws NullPointerException when {@code metadata} is null
   */
  public Response {
    Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * The log id to quote to Feishu support.
   *
   * @return {@code X-Tt-Logid} of the answer, empty when the server sent none
   */
  public Optional<String> logId() {
    return Optional.ofNullable(metadata.logId());
  }
}
