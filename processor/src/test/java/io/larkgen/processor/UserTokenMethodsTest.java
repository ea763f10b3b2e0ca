package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.UserAccessToken;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Service methods of operations that act for a user, generated from {@code
 * specs/good/notes-v1.yaml}: the user-only {@code deleteNote} has no method without a {@link
 * UserAccessToken}, the tenant-or-user {@code updateNote} has both, and the token given is the
 * one sent.
 */
class UserTokenMethodsTest {

  private static ClassLoader loader;
  private static Class<?> notesApi;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation =
        Compilations.compile(Compilations.trigger("com.example.notes", "specs/good/notes-v1.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = SpecCompiler.loader(compilation);
    notesApi = loader.loadClass("com.example.notes.api.NotesApi");
  }

  /** The parameter lists of the service's instance methods named {@code name}, by simple type name. */
  private static List<List<String>> overloads(String name) {
    return Arrays.stream(notesApi.getMethods())
        .filter(m -> m.getName().equals(name) && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
        .map(m -> Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList())
        .sorted(Comparator.comparing((List<String> p) -> p.size()).thenComparing(Object::toString))
        .toList();
  }

  @Test
  void aUserOnlyOperationCannotBeCalledWithoutAUserToken() {
    assertEquals(
        List.of(
            List.of("DeleteNoteRequest", "UserAccessToken"),
            List.of("DeleteNoteRequest", "UserAccessToken", "RequestOptions")),
        overloads("delete"));
    assertEquals(2, overloads("deleteAsync").size());
    assertTrue(overloads("deleteAsync").stream().allMatch(p -> p.contains("UserAccessToken")));
  }

  @Test
  void aTenantOrUserOperationHasOverloadsWithAndWithoutTheToken() {
    assertEquals(
        List.of(
            List.of("UpdateNoteRequest"),
            List.of("UpdateNoteRequest", "RequestOptions"),
            List.of("UpdateNoteRequest", "UserAccessToken"),
            List.of("UpdateNoteRequest", "UserAccessToken", "RequestOptions")),
        overloads("update"));
    assertEquals(List.of(List.of("CreateNoteRequest"), List.of("CreateNoteRequest", "RequestOptions")),
        overloads("create"), "a tenant-only operation takes no user token");
  }

  @Test
  void theTokenGivenIsTheOneSent() throws Exception {
    Object builder = loader.loadClass("com.example.notes.api.DeleteNoteRequest").getMethod("builder").invoke(null);
    SpecCompiler.set(builder, "noteId", "n1");
    Object request = builder.getClass().getMethod("build").invoke(builder);
    RecordingTransport transport = new RecordingTransport();
    try (DefaultLarkClient client = transport.client()) {
      Object service = notesApi.getMethod("create", LarkClient.class).invoke(null, client);
      Method delete = notesApi.getMethod("delete", request.getClass(), UserAccessToken.class, RequestOptions.class);
      delete.invoke(service, request, UserAccessToken.of("u-secret"), RequestOptions.DEFAULT.withTimeout(java.time.Duration.ofSeconds(5)));
    }
    assertEquals(1, transport.sent().size());
    assertEquals("Bearer u-secret", transport.sent().get(0).header("Authorization"));
  }
}
