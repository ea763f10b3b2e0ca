package io.larkgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestBody;
import io.larkgen.runtime.TokenType;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Write operations generated from {@code specs/good/notes-v1.yaml}, run: the request's {@code
 * build()} checks every rule of the JSON body before any I/O, naming the field by its JSON path
 * ({@code body.mentions[0].user_id}) and the rule, and the operation descriptor writes the body
 * through the generated codec.
 */
class RequestBodyTest {
  private static final String NOTES_OPERATIONS = "com.example.notes.api.NotesOperations";

  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    loader = SpecCompiler.notes();
  }

  private static Object builder(String type) throws Exception {
    return loader.loadClass(type).getMethod("builder").invoke(null);
  }

  private static Object set(Object builder, String name, Object value) throws Exception {
    SpecCompiler.set(builder, name, value);
    return builder;
  }

  private static Object build(Object builder) throws Exception {
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Object model(String simpleName, Object... setters) throws Exception {
    Object builder = builder("com.example.notes.model." + simpleName);
    for (int i = 0; i < setters.length; i += 2) {
      set(builder, (String) setters[i], setters[i + 1]);
    }
    return build(builder);
  }

  private static Object createNote(Object body) throws Exception {
    return build(set(builder("com.example.notes.api.CreateNoteRequest"), "body", body));
  }

  private static String rejection(Object body) throws Exception {
    try {
      createNote(body);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof LarkRequestValidationException rejected) {
        return rejected.getMessage();
      }
      throw e;
    }
    throw new AssertionError("accepted " + body);
  }

  private static Object validBody(Object... more) throws Exception {
    Object[] setters = new Object[4 + more.length];
    setters[0] = "applicationId";
    setters[1] = "a1";
    setters[2] = "content";
    setters[3] = "hello";
    System.arraycopy(more, 0, setters, 4, more.length);
    return model("CreateNoteRequestBody", setters);
  }

  @Test
  void aMissingBodyIsRejected() throws Exception {
    assertEquals("body: required request body is not set", rejection(null));
  }

  @Test
  void requiredFieldsOfTheBodyAreChecked() throws Exception {
    assertEquals(
        "body.content: required field is not set",
        rejection(model("CreateNoteRequestBody", "applicationId", "a1")));
  }

  @Test
  void aFieldRequiredInAnOptionalObjectIsCheckedOnlyWhenTheObjectIsSet() throws Exception {
    createNote(validBody());
    assertEquals(
        "body.reminder.remind_time: required field is not set",
        rejection(validBody("reminder", model("Reminder", "channels", List.of("chat")))));
  }

  @Test
  void eachObjectOfAListIsChecked() throws Exception {
    Object good = model("Mention", "userId", "u1", "offset", 0);
    Object bad = model("Mention", "offset", 3);
    assertEquals(
        "body.mentions[1].user_id: required field is not set",
        rejection(validBody("mentions", List.of(good, bad))));
    assertEquals(
        "body.mentions[0].offset: -1 is less than the minimum 0",
        rejection(validBody("mentions", List.of(model("Mention", "userId", "u1", "offset", -1)))));
  }

  /** An empty string does not count as set, as for parameters. */
  @Test
  void lengthsAndListSizesOfBodyFieldsAreChecked() throws Exception {
    assertEquals(
        "body.content: required field is not set",
        rejection(model("CreateNoteRequestBody", "applicationId", "a1", "content", "")));
    assertEquals(
        "body.content: \"" + "x".repeat(1001) + "\" is longer than the maximum length 1000",
        rejection(model("CreateNoteRequestBody", "applicationId", "a1", "content", "x".repeat(1001))));
    Object mention = model("Mention", "userId", "u1", "offset", 0);
    assertEquals(
        "body.mentions: 11 items is more than the maximum of 10 items",
        rejection(validBody("mentions", java.util.Collections.nCopies(11, mention))));
  }

  @Test
  void theDescriptorSendsTheBodyAsJsonWithTheMethod() throws Exception {
    Object request = createNote(validBody("mentions", List.of(model("Mention", "userId", "u1", "offset", 2))));
    Operation<?, ?> create =
        SpecCompiler.descriptor(loader, NOTES_OPERATIONS, "CREATE_NOTE");
    assertEquals(HttpMethod.POST, create.method());
    @SuppressWarnings("unchecked")
    RequestBody.Json<Object> body = (RequestBody.Json<Object>) create.body().orElseThrow();
    StringWriter json = new StringWriter();
    try (JsonGenerator generator = new JsonFactory().createGenerator(json)) {
      body.writer().write(request, generator);
    }
    assertEquals(
        "{\"application_id\":\"a1\",\"content\":\"hello\",\"mentions\":[{\"user_id\":\"u1\",\"offset\":2}]}",
        json.toString());
    Operation<?, ?> delete =
        SpecCompiler.descriptor(loader, NOTES_OPERATIONS, "DELETE_NOTE");
    assertEquals(HttpMethod.DELETE, delete.method());
    assertEquals(true, delete.body().isEmpty());
  }

  @Test
  void descriptorsCarryTokenTypesAndRateLimits() throws Exception {
    Operation<?, ?> create = SpecCompiler.descriptor(loader, NOTES_OPERATIONS, "CREATE_NOTE");
    Operation<?, ?> update = SpecCompiler.descriptor(loader, NOTES_OPERATIONS, "UPDATE_NOTE");
    Operation<?, ?> delete = SpecCompiler.descriptor(loader, NOTES_OPERATIONS, "DELETE_NOTE");
    assertEquals(EnumSet.of(TokenType.TENANT), create.tokenTypes());
    assertEquals(EnumSet.of(TokenType.TENANT, TokenType.USER), update.tokenTypes());
    assertEquals(EnumSet.of(TokenType.USER), delete.tokenTypes());
    assertEquals(Optional.of(new RateLimit("createNote", 10, 1000)), create.rateLimit());
    assertEquals(Optional.of(new RateLimit("updateNote", 10)), update.rateLimit());
    assertEquals(Optional.empty(), delete.rateLimit(), "a special limit sets no budget");
  }
}
