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
 * per-second, per-minute and special rate limits; two events in x-lark-events, one of them with
 * an enum, a list of objects and an epoch-millis field in its body. Its generated sources are
 * golden files.
 *
 * <pre>{@code
 * Notes notes = Notes.of(client);
 * }</pre>
 *
 * <p>The error codes every operation of {@code v1} may answer are {@link com.example.notes.api.ErrorCodes#COMMON}.
 *
 * <p>The error codes every operation of {@code v2} may answer are {@link com.example.notes.v2.api.ErrorCodes#COMMON}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml, specs/good/notes-v2.yaml"
)
@GeneratedClient
public final class Notes {
  private final NotesV1 v1;

  private final NotesV2 v2;

  private Notes(LarkClient client) {
    this.v1 = new NotesV1(client);
    this.v2 = new NotesV2(client);
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

  /**
   * Version {@code v2} of the API.
   *
   * @return its resources
   */
  public NotesV2 v2() {
    return v2;
  }
}
