package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.hire.api.CreateNoteRequest;
import io.larkgen.hire.api.DeleteNoteRequest;
import io.larkgen.hire.api.GetNoteRequest;
import io.larkgen.hire.api.NotesApi;
import io.larkgen.hire.api.PatchNoteRequest;
import io.larkgen.hire.model.CreateNoteRequestBody;
import io.larkgen.hire.model.Note;
import io.larkgen.hire.model.PatchNoteRequestBody;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.sandbox.FeishuSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The life of a note as a user's code writes it, through the generated client and the sandbox:
 * create, read, edit, read again, delete, and a read of the deleted note is Feishu's 1002002.
 */
class NoteWriteFlowTest {

  private static FeishuSandbox sandbox;
  private static DefaultLarkClient client;
  private static NotesApi notes;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(11L).interviews(10).rateLimits(false).start();
    client = DefaultLarkClient.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
        .baseUrl(sandbox.baseUrl()).clientRateLimiting(false).build();
    notes = Hire.of(client).v1().notes();
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    sandbox.close();
  }

  @Test
  void createReadEditReadDeleteAndTheDeletedNoteIsGone() {
    String talentId = sandbox.idOf("talent_id");
    Note created = notes.create(CreateNoteRequest.builder()
        .body(CreateNoteRequestBody.builder().talentId(talentId).content("First call went well").build())
        .build()).note();
    String noteId = created.id();
    assertFalse(noteId == null || noteId.isEmpty(), "the created note has an id");
    assertEquals(talentId, created.talentId());

    Note read = notes.get(GetNoteRequest.builder().noteId(noteId).build()).note();
    assertEquals(noteId, read.id());
    assertEquals("First call went well", read.content());
    assertEquals(talentId, read.talentId());

    notes.patch(PatchNoteRequest.builder().noteId(noteId)
        .body(PatchNoteRequestBody.builder().content("Second round booked").build()).build());
    Note edited = notes.get(GetNoteRequest.builder().noteId(noteId).build()).note();
    assertEquals("Second round booked", edited.content());
    assertEquals(talentId, edited.talentId(), "a patch keeps the fields it does not send");

    notes.delete(DeleteNoteRequest.builder().noteId(noteId).build());
    LarkApiException gone = assertThrows(LarkApiException.class,
        () -> notes.get(GetNoteRequest.builder().noteId(noteId).build()));
    assertEquals(1002002, gone.code());
    assertTrue(gone.logId().isPresent(), "the error carries Feishu's log id");
  }

  @Test
  void aNoteWithoutContentIsRefusedBeforeItIsSent() {
    CreateNoteRequestBody noContent = CreateNoteRequestBody.builder().talentId(sandbox.idOf("talent_id")).build();
    LarkRequestValidationException missing = assertThrows(LarkRequestValidationException.class,
        () -> CreateNoteRequest.builder().body(noContent).build());
    assertTrue(missing.getMessage().contains("body.content"), missing.getMessage());
  }
}
