package com.example.petstore.api;

import com.example.petstore.PetstoreV1;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The common error codes of {@link PetstoreV1}, held once for every operation descriptor.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class ErrorCodes {
  /**
   * Error codes every operation of version {@code v1} may answer, from the spec's {@code x-lark-common-error-codes}:
   *
   * <ul>
   *   <li>{@code 99991400} (HTTP 429, retry {@code backoff}): 请求频率超限 / rate limit exceeded
   * </ul>
   */
  public static final List<ErrorCode> COMMON = List.of(
      new ErrorCode(99991400, 429, "request trigger frequency limit",
          "请求频率超限 / rate limit exceeded", ErrorCode.Retry.BACKOFF));

  private ErrorCodes() {
  }

  /**
   * An operation's documented codes followed by {@link #COMMON}.
   *
   * @param documented the operation's own {@code x-lark-error-codes}, in spec order
   * @return both lists in one
   */
  static List<ErrorCode> withCommon(ErrorCode... documented) {
    List<ErrorCode> all = new ArrayList<>(List.of(documented));
    all.addAll(COMMON);
    return List.copyOf(all);
  }
}
