package com.example.files;

import com.example.files.api.AttachmentsApi;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Version {@code v1} of {@link Files}: one service per resource.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public final class FilesV1 {
  private final AttachmentsApi attachments;

  /**
   * Resources sending through {@code client}.
   *
   * @param client the client
   */
  public FilesV1(LarkClient client) {
    Objects.requireNonNull(client, "client");
    this.attachments = AttachmentsApi.create(client);
  }

  /**
   * Operations on {@code attachments}.
   *
   * @return the service
   */
  public AttachmentsApi attachments() {
    return attachments;
  }
}
