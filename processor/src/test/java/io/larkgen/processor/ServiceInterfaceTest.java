package io.larkgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.UserAccessToken;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated service is an interface a test double can implement: one abstract method per call
 * shape, every other overload a default method ending in it; its implementation and descriptors
 * are package-private.
 */
class ServiceInterfaceTest {
  private static ClassLoader loader;
  private static Class<?> notesApi;

  @BeforeAll
  static void compile() throws Exception {
    loader = SpecCompiler.notes();
    notesApi = loader.loadClass("com.example.notes.api.NotesApi");
  }

  /** The abstract methods, as {@code name [SimpleType, …]}, sorted. */
  private static List<String> abstractMethods() {
    return Arrays.stream(notesApi.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()))
        .map(m -> m.getName() + " " + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList())
        .sorted()
        .toList();
  }

  @Test
  void perCallShapeOneMethodIsAbstractTheOneWithOptions() {
    assertEquals(
        List.of(
            "archive [ArchiveNoteRequest, RequestOptions]",
            "archiveAsync [ArchiveNoteRequest, RequestOptions]",
            "create [CreateNoteRequest, RequestOptions]",
            "createAsync [CreateNoteRequest, RequestOptions]",
            "delete [DeleteNoteRequest, UserAccessToken, RequestOptions]",
            "deleteAsync [DeleteNoteRequest, UserAccessToken, RequestOptions]",
            "update [UpdateNoteRequest, RequestOptions]",
            "updateAsync [UpdateNoteRequest, RequestOptions]"),
        abstractMethods());
  }

  @Test
  void theImplementationAndTheDescriptorsArePackagePrivate() throws Exception {
    assertTrue(notesApi.isInterface() && Modifier.isPublic(notesApi.getModifiers()));
    Method create = notesApi.getMethod("create", LarkClient.class);
    assertTrue(Modifier.isStatic(create.getModifiers()));
    for (String hidden : List.of("DefaultNotesApi", "NotesOperations")) {
      Class<?> type = loader.loadClass("com.example.notes.api." + hidden);
      assertFalse(Modifier.isPublic(type.getModifiers()), hidden);
      assertTrue(Modifier.isFinal(type.getModifiers()), hidden);
      assertTrue(Arrays.stream(type.getDeclaredFields()).noneMatch(f -> Modifier.isPublic(f.getModifiers())), hidden);
    }
    assertEquals(List.of(), Arrays.stream(notesApi.getFields()).map(java.lang.reflect.Field::getName).toList());
  }

  @Test
  void aProxyAnswersTheUserTokenOverloadsThroughTheirDefaults() throws Exception {
    Object canned = build(loader.loadClass("com.example.notes.model.UpdateNoteResponse"));
    List<RequestOptions> sent = new ArrayList<>();
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      if (method.getName().equals("update") && args.length == 2) {
        sent.add((RequestOptions) args[1]);
        return canned;
      }
      throw new UnsupportedOperationException(method.toString());
    };
    Object notes = Proxy.newProxyInstance(loader, new Class<?>[] {notesApi}, handler);
    Class<?> requestType = loader.loadClass("com.example.notes.api.UpdateNoteRequest");
    Object request = request(requestType);

    Object answer = notesApi.getMethod("update", requestType, UserAccessToken.class)
        .invoke(notes, request, UserAccessToken.of("u-1"));
    notesApi.getMethod("update", requestType).invoke(notes, request);

    assertSame(canned, answer);
    assertEquals(UserAccessToken.of("u-1").applyTo(RequestOptions.DEFAULT), sent.get(0));
    assertSame(RequestOptions.DEFAULT, sent.get(1));
  }

  private static Object build(Class<?> type) throws ReflectiveOperationException {
    Object builder = type.getMethod("builder").invoke(null);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Object request(Class<?> type) throws ReflectiveOperationException {
    Object body = loader.loadClass("com.example.notes.model.UpdateNoteRequestBody").getMethod("builder").invoke(null);
    SpecCompiler.set(body, "content", "hello");
    Object builder = type.getMethod("builder").invoke(null);
    SpecCompiler.set(builder, "noteId", "n1");
    SpecCompiler.set(builder, "body", body.getClass().getMethod("build").invoke(body));
    return builder.getClass().getMethod("build").invoke(builder);
  }
}
