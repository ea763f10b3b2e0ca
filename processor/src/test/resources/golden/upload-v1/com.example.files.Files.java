package com.example.files;

import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Files (附件).
 *
 * <p>A purpose-built spec of a multipart/form-data upload: a file with a documented size limit
 * beside typed form fields (a required string, an optional enum and an optional integer with
 * bounds), answered in an envelope that writes message for msg. Its generated sources are
 * golden files.
 *
 * <pre>{@code
 * Files files = Files.of(client);
 * }</pre>
 *
 * <p>The error codes every operation of {@code v1} may answer are {@link com.example.files.api.ErrorCodes#COMMON}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public final class Files {
  private final FilesV1 v1;

  private Files(LarkClient client) {
    this.v1 = new FilesV1(client);
  }

  /**
   * The service, sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  public static Files of(LarkClient client) {
    return new Files(Objects.requireNonNull(client, "client"));
  }

  /**
   * Version {@code v1} of the API.
   *
   * @return its resources
   */
  public FilesV1 v1() {
    return v1;
  }
}
