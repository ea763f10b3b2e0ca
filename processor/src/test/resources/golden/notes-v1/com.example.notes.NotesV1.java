package com.example.notes;

import com.example.notes.api.NotesApi;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Version {@code v1} of {@link Notes}: one service per resource.
 *
 * <p>A service is a stateless view of the client: each accessor creates it when called, so
 * an application loads the classes of the resources it uses only.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NotesV1 {
  private final LarkClient client;

  /**
   * Resources sending through {@code client}.
   *
   * @param client the client
   */
  public NotesV1(LarkClient client) {
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
