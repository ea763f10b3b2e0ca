package com.example.files;

import com.example.files.api.AttachmentsApi;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Version {@code v1} of {@link Files}: one service per resource.
 *
 * <p>A service is a stateless view of the client: each accessor creates it when called, so
 * an application loads the classes of the resources it uses only.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public final class FilesV1 {
  private final LarkClient client;

  /**
   * Resources sending through {@code client}.
   *
   * @param client the client
   */
  public FilesV1(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Operations on {@code attachments}.
   *
   * @return the service
   */
  public AttachmentsApi attachments() {
    return AttachmentsApi.create(client);
  }
}
