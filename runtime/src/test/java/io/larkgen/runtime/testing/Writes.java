package io.larkgen.runtime.testing;

import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.FilePart;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RequestBody;
import io.larkgen.runtime.TokenType;
import io.larkgen.runtime.testing.Things.ThingsPage;
import java.util.List;
import java.util.Set;

/** Hand-written write operations in the shape the processor generates for Hire's writes. */
public final class Writes {
  private Writes() {}

  public static final String NOTES_PATH = "/open-apis/test/v1/notes";
  public static final String FILES_PATH = "/open-apis/test/v1/files";

  /** A JSON body with an optional idempotency key. */
  public record NoteRequest(String talentId, String content, String externalId) {}

  /** A multipart upload. */
  public record UploadRequest(String name, FilePart file) {}

  /** {@code POST /notes} with a JSON body; {@code external_id} is its idempotency key. */
  public static Operation.Builder<NoteRequest, ThingsPage> createNote(HttpMethod method) {
    return Operation.<NoteRequest, ThingsPage>builder("test.v1.notes.create", method, NOTES_PATH)
        .encoder((r, params) -> { })
        .dataReader(Things.READER)
        .body(RequestBody.json((r, g) -> {
          g.writeStartObject();
          g.writeStringField("talent_id", r.talentId());
          g.writeStringField("content", r.content());
          if (r.externalId() != null) {
            g.writeStringField("external_id", r.externalId());
          }
          g.writeEndObject();
        }))
        .idempotencyKey(NoteRequest::externalId);
  }

  public static final Operation<NoteRequest, ThingsPage> CREATE_NOTE =
      createNote(HttpMethod.POST).build();

  /** {@code POST /files}, multipart with a text field and a file. */
  public static final Operation<UploadRequest, ThingsPage> UPLOAD =
      Operation.<UploadRequest, ThingsPage>builder("test.v1.files.upload", HttpMethod.POST,
              FILES_PATH)
          .encoder((r, params) -> { })
          .dataReader(Things.READER)
          .body(RequestBody.multipart((r, form) -> form.text("name", r.name())
              .file("file", r.file())))
          .build();

  /** A GET that takes a tenant or a user token. */
  public static Operation<Things.ListThingsRequest, ThingsPage> listWith(Set<TokenType> tokens) {
    return list("test.v1.things.mine").tokenTypes(tokens).build();
  }

  /** {@link Things#LIST} documenting {@code codes}. */
  public static Operation<Things.ListThingsRequest, ThingsPage> listDocumenting(
      List<ErrorCode> codes) {
    return list("test.v1.things.list").errorCodes(codes).build();
  }

  private static Operation.Builder<Things.ListThingsRequest, ThingsPage> list(String id) {
    return Operation.<Things.ListThingsRequest, ThingsPage>builder(id, HttpMethod.GET,
            Things.PATH)
        .encoder((r, params) -> { })
        .dataReader(Things.READER);
  }
}
