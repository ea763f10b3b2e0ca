package com.example.notes;

import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Notes (备注).
 *
 * <p>A purpose-built spec of write operations: a JSON request body with nested objects, lists of
 * objects, fields required only when their parent is present, enums and constraints, sent
 * with POST, PUT and DELETE, with path parameters; a tenant-or-user and a user-only operation;
 * per-second, per-minute and special rate limits. Its generated sources are golden files.
 *
 * <pre>{@code
 * Notes notes = Notes.of(client);
 * }</pre>
 *
 * <p>The error codes every operation of {@code v1} may answer are {@link com.example.notes.api.ErrorCodes#COMMON}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class Notes {
  private final NotesV1 v1;

  private Notes(LarkClient client) {
    this.v1 = new NotesV1(client);
  }

  /**
   * The service, sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  public static Notes of(LarkClient client) {
    return new Notes(Objects.requireNonNull(client, "client"));
  }

  /**
   * Version {@code v1} of the API.
   *
   * @return its resources
   */
  public NotesV1 v1() {
    return v1;
  }
}
