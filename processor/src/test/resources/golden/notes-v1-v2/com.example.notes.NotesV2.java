package com.example.notes;

import com.example.notes.v2.api.NotesApi;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Version {@code v2} of {@link Notes}: one service per resource.
 *
 * <p>A service is a stateless view of the client: each accessor creates it when called, so
 * an application loads the classes of the resources it uses only.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public final class NotesV2 {
  private final LarkClient client;

  /**
   * Resources sending through {@code client}.
   *
   * @param client the client
   */
  public NotesV2(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Operations on {@code notes}.
   *
   * @return the service
   */
  public NotesApi notes() {
    return NotesApi.create(client);
  }
}
