package io.larkgen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.model.EventDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The root {@code x-lark-events} becomes {@link EventDef}s, and each mistake in it is one
 * problem with its code, position and pointer.
 */
class EventsReaderTest {
  private static final String SCHEMAS = "  schemas:\n"
      + "    PetCreatedV1Event:\n"
      + "      type: object\n"
      + "      description: 新建宠物 / a pet was created\n"
      + "      properties:\n"
      + "        schema:\n"
      + "          type: string\n"
      + "        event:\n"
      + "          $ref: '#/components/schemas/PetCreatedBody'\n"
      + "    PetCreatedBody:\n"
      + "      type: object\n"
      + "      properties:\n"
      + "        pet_id:\n"
      + "          type: string\n"
      + "        kind:\n"
      + "          $ref: '#/components/schemas/Kind'\n"
      + "    ScalarEvent:\n"
      + "      type: object\n"
      + "      properties:\n"
      + "        event:\n"
      + "          type: string\n";

  private static final String CREATED = "  - event-type: mini.pet.created_v1\n"
      + "    schema: PetCreatedV1Event\n"
      + "    app-types: [custom, isv]\n"
      + "    scopes: [mini:pet:readonly, mini:pet]\n"
      + "    doc:\n"
      + "      file: mini-v1/pet/events/created.md\n"
      + "      full-path: /mini/pet/events/created\n"
      + "      url: https://open.feishu.cn/document/mini/pet/events/created\n";

  /** The mini spec with {@code events} as its {@code x-lark-events} items. */
  private static LoadResult load(String events) {
    String text = MiniSpec.with("  schemas:\n", SCHEMAS);
    text = MiniSpec.edit(text, "paths:\n", "x-lark-events:\n" + events + "paths:\n");
    return ModelBuilder.build("mini.yaml", text);
  }

  private static List<String> problems(LoadResult result) {
    return result.problems().stream()
        .map(p -> p.code() + " " + p.line() + ":" + p.column() + " " + p.pointer())
        .toList();
  }

  private static String message(LoadResult result) {
    return result.problems().stream().map(Problem::message).findFirst().orElse("");
  }

  @Test
  void anEventIsReadWithItsBodySchemaAndProvenance() {
    LoadResult result = load(CREATED
        + "  - event-type: mini.pet.deleted_v1\n    schema: PetCreatedV1Event\n");
    assertEquals(List.of(), problems(result));
    List<EventDef> events = result.api().orElseThrow().events();
    assertEquals(List.of(
        new EventDef("mini.pet.created_v1", "PetCreatedV1Event", "PetCreatedBody",
            "新建宠物 / a pet was created", List.of("custom", "isv"),
            List.of("mini:pet:readonly", "mini:pet"),
            Optional.of("https://open.feishu.cn/document/mini/pet/events/created")),
        new EventDef("mini.pet.deleted_v1", "PetCreatedV1Event", "PetCreatedBody",
            "新建宠物 / a pet was created", List.of(), List.of(), Optional.empty())), events);
  }

  @Test
  void anEventTypeListedTwiceIsAnError() {
    LoadResult result = load(CREATED + CREATED.replace("app-types: [custom, isv]", "app-types: [custom]"));
    assertEquals(List.of("BAD_EXTENSION 25:17 #/x-lark-events/1/event-type"), problems(result));
    assertEquals(
        "event type 'mini.pet.created_v1' is listed twice in x-lark-events (first at "
            + "#/x-lark-events/0/event-type); fix: write the extension as spec/README.md documents it",
        message(result));
  }

  @Test
  void aSchemaThatIsNotTheObjectOfThePushedJsonIsAnError() {
    assertEquals(List.of("BAD_EXTENSION 18:13 #/x-lark-events/0/schema"),
        problems(load("  - event-type: mini.pet.created_v1\n    schema: Kind\n")));
    assertEquals(List.of("BAD_EXTENSION 18:13 #/x-lark-events/0/schema"),
        problems(load("  - event-type: mini.pet.created_v1\n    schema: Pet\n")));
    LoadResult scalar = load("  - event-type: mini.pet.created_v1\n    schema: ScalarEvent\n");
    assertEquals(List.of("BAD_EXTENSION 18:13 #/x-lark-events/0/schema"), problems(scalar));
    assertEquals("x-lark-events schema 'ScalarEvent' has an 'event' property that is not a $ref"
        + " to an object schema; the schema describes the pushed JSON {schema, header, event}, and"
        + " 'event' the body; fix: write the extension as spec/README.md documents it", message(scalar));
  }

  @Test
  void anUnknownSchemaNameSuggestsTheClosest() {
    LoadResult result = load("  - event-type: mini.pet.created_v1\n    schema: PetCreatedV1Evnt\n");
    assertEquals(List.of("BAD_EXTENSION 18:13 #/x-lark-events/0/schema"), problems(result));
    assertEquals(true, message(result).contains("did you mean 'PetCreatedV1Event'?"), message(result));
  }

  @Test
  void eventTypesGivingTheSameJavaNameClash() {
    LoadResult result = load(CREATED
        + "  - event-type: mini.pet_created.v1\n    schema: PetCreatedV1Event\n");
    assertEquals(List.of("JAVA_NAME_CLASH 25:17 #/x-lark-events/1/event-type"), problems(result));
    assertEquals(true, message(result).startsWith("event type 'mini.pet_created.v1' gives the record"
        + " MiniPetCreatedV1, the same as event type 'mini.pet.created_v1'"), message(result));

    assertEquals(List.of("JAVA_NAME_CLASH 17:17 #/x-lark-events/0/event-type"),
        problems(load("  - event-type: mini.event_type\n    schema: PetCreatedV1Event\n")),
        "MiniEventType is the event-type enum");
  }

  @Test
  void anEventTypeWithoutAJavaNameIsAnError() {
    assertEquals(List.of("INVALID_NAME 17:17 #/x-lark-events/0/event-type"),
        problems(load("  - event-type: '1.2'\n    schema: PetCreatedV1Event\n")));
  }

  @Test
  void itsDocLinkIsChecked() {
    assertEquals(List.of("BAD_EXTENSION 24:12 #/x-lark-events/0/doc/url"),
        problems(load(CREATED.replace("url: https://", "url: http://"))));
  }
}
