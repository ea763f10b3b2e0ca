package com.example.files.api;

import com.example.files.FilesV1;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The common error codes of {@link FilesV1}, held once for every operation descriptor.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public final class ErrorCodes {
  /**
   * Error codes every operation of version {@code v1} may answer, from the spec's
   * {@code x-lark-common-error-codes} (none documented).
   */
  public static final List<ErrorCode> COMMON = List.of();

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
