package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.EventDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.EventNames;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and checks the root {@code x-lark-events: [{event-type, schema, app-types, scopes,
 * doc}]}. The {@code schema} of an event names the object schema of the JSON Feishu pushes
 * ({@code schema}, {@code header}, {@code event}); its {@code event} property, a {@code $ref} to
 * an object schema, is the event body the generated record holds.
 *
 * <p>Problems: an item that is not a mapping or has unknown keys, a schema name that is not
 * under {@code components/schemas}, a schema that is not an object or has no object {@code
 * event} property ({@link ProblemCode#BAD_EXTENSION}); an event type listed twice ({@link
 * ProblemCode#BAD_EXTENSION}); an event type that gives no Java name ({@link
 * ProblemCode#INVALID_NAME}) or the same Java name as another event or one of the generated event
 * types ({@link ProblemCode#JAVA_NAME_CLASH}). Names come from {@link EventNames}.
 */
final class EventsReader {
  private static final List<String> KEYS = List.of("event-type", "schema", "app-types", "scopes", "doc");

  private final Checker check;
  private final Set<String> schemaNames;
  private final Map<String, SchemaDef> schemas;
  private final Function<SpecNode.Mapping, Optional<String>> doc;

  /**
   * @param schemaNames every name under {@code components/schemas}, also of schemas that have
   *     problems of their own
   * @param schemas the schemas that were built
   * @param doc reads and checks an {@code x-lark-doc}-shaped mapping under the key {@code doc}
   *     of its argument, giving its {@code url}
   */
  EventsReader(
      Checker check,
      Set<String> schemaNames,
      Map<String, SchemaDef> schemas,
      Function<SpecNode.Mapping, Optional<String>> doc) {
    this.check = check;
    this.schemaNames = schemaNames;
    this.schemas = schemas;
    this.doc = doc;
  }

  /**
   * The events of {@code root}, in spec order; only those without problems.
   *
   * @param service the {@code x-lark-service} name, if it was readable: the Java names derive
   *     from it
   */
  List<EventDef> read(SpecNode.Mapping root, Optional<String> service) {
    Optional<SpecNode.Sequence> sequence =
        check.sequence(root, "x-lark-events", false, ProblemCode.BAD_EXTENSION);
    if (sequence.isEmpty()) {
      return List.of();
    }
    List<EventDef> events = new ArrayList<>();
    Map<String, SpecNode> seenTypes = new HashMap<>();
    Map<String, String> javaNames = new HashMap<>();
    service.ifPresent(s -> EventNames.fixed(s).forEach(n -> javaNames.put(n, "a generated type")));
    for (SpecNode item : sequence.get().items()) {
      check.asMapping(item, ProblemCode.BAD_EXTENSION, "x-lark-events item")
          .flatMap(m -> event(m, service, seenTypes, javaNames))
          .ifPresent(events::add);
    }
    return events;
  }

  private Optional<EventDef> event(
      SpecNode.Mapping m,
      Optional<String> service,
      Map<String, SpecNode> seenTypes,
      Map<String, String> javaNames) {
    check.onlyKeys(m, ProblemCode.BAD_EXTENSION, "x-lark-events item", KEYS);
    Optional<String> eventType = check.string(m, "event-type", true, ProblemCode.BAD_EXTENSION);
    boolean named = eventType.isPresent()
        && uniqueType(m.get("event-type").orElseThrow(), eventType.get(), seenTypes)
        && javaNames(m.get("event-type").orElseThrow(), eventType.get(), service, javaNames);
    Optional<ObjectDef> schema = check.string(m, "schema", true, ProblemCode.BAD_EXTENSION)
        .flatMap(name -> schema(m.get("schema").orElseThrow(), name));
    Optional<String> body = schema.flatMap(s -> body(m.get("schema").orElseThrow(), s));
    List<String> appTypes = list(m, "app-types");
    List<String> scopes = list(m, "scopes");
    Optional<String> url = doc.apply(m);
    if (!named || body.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EventDef(eventType.get(), schema.get().name(), body.get(),
        schema.get().description(), appTypes, scopes, url));
  }

  private boolean uniqueType(SpecNode node, String eventType, Map<String, SpecNode> seen) {
    SpecNode first = seen.putIfAbsent(eventType, node);
    if (first != null) {
      check.report(ProblemCode.BAD_EXTENSION, node, "event type '" + eventType
          + "' is listed twice in x-lark-events (first at " + first.pointer() + ")");
      return false;
    }
    return true;
  }

  private boolean javaNames(
      SpecNode node, String eventType, Optional<String> service, Map<String, String> taken) {
    String record = EventNames.record(eventType);
    if (record.isEmpty() || !Character.isLetter(record.charAt(0))
        || !Names.isValidIdentifier(record)) {
      check.report(ProblemCode.INVALID_NAME, node, "event type '" + eventType
          + "' does not give a Java name (got '" + record + "')");
      return false;
    }
    if (!claim(node, eventType, record, "record", taken)) {
      return false;
    }
    if (service.isPresent()) {
      String constant = EventNames.constant(service.get(), eventType);
      if (!Names.isValidIdentifier(constant) || !Character.isLetter(constant.charAt(0))) {
        check.report(ProblemCode.INVALID_NAME, node, "event type '" + eventType
            + "' does not give a Java constant (got '" + constant + "')");
        return false;
      }
      return claim(node, eventType, "#" + constant, "constant", taken);
    }
    return true;
  }

  private boolean claim(
      SpecNode node, String eventType, String name, String what, Map<String, String> taken) {
    String owner = taken.putIfAbsent(name, "event type '" + eventType + "'");
    if (owner != null) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node, "event type '" + eventType + "' gives the "
          + what + " " + name.replace("#", "") + ", the same as " + owner);
      return false;
    }
    return true;
  }

  private Optional<ObjectDef> schema(SpecNode node, String name) {
    if (!schemaNames.contains(name)) {
      check.report(ProblemCode.BAD_EXTENSION, node,
          "x-lark-events schema '" + name + "' is not a schema under components/schemas"
              + Suggestions.closest(name, List.copyOf(schemaNames)));
      return Optional.empty();
    }
    SchemaDef def = schemas.get(name);
    if (def == null) {
      return Optional.empty();   // its own problems are reported where it is written
    }
    if (!(def instanceof ObjectDef object)) {
      check.report(ProblemCode.BAD_EXTENSION, node, "x-lark-events schema '" + name
          + "' is an enum schema; it must be the object schema of the pushed JSON");
      return Optional.empty();
    }
    return Optional.of(object);
  }

  /** The name of the object schema of {@code schema}'s {@code event} property. */
  private Optional<String> body(SpecNode node, ObjectDef schema) {
    Optional<PropertyDef> event = schema.properties().stream()
        .filter(p -> p.jsonName().equals("event")).findFirst();
    if (event.isPresent() && event.get().type() instanceof TypeRef.Named ref
        && schemas.get(ref.schemaName()) instanceof ObjectDef) {
      return Optional.of(ref.schemaName());
    }
    check.report(ProblemCode.BAD_EXTENSION, node, "x-lark-events schema '" + schema.name() + "' "
        + (event.isEmpty() ? "has no 'event' property" : "has an 'event' property that is not a $ref to an object schema")
        + "; the schema describes the pushed JSON {schema, header, event}, and 'event' the body");
    return Optional.empty();
  }

  private List<String> list(SpecNode.Mapping m, String key) {
    return check.sequence(m, key, false, ProblemCode.BAD_EXTENSION)
        .flatMap(s -> check.stringList(s, ProblemCode.BAD_EXTENSION, "x-lark-events " + key + " item"))
        .orElse(List.of());
  }
}
