package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.EnumValueDef;
import io.larkgen.processor.model.EventDef;
import io.larkgen.processor.naming.EventNames;
import io.larkgen.processor.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans the events of a spec in {@code <base>.events}: names from {@link EventNames}, body types
 * from the planned models (every object schema has a record and a codec), and the event-type
 * enum as an {@link EnumPlan} so that the enum writer writes it like the API's enums.
 */
final class EventPlanner {
  private EventPlanner() {}

  /** Package of the event types below {@code basePackage}. */
  static String eventsPackage(String basePackage) {
    return basePackage + ".events";
  }

  /** The events of {@code api}; empty when it has none. */
  static Optional<EventsPlan> plan(ApiDef api, String basePackage, List<ModelPlan> models) {
    if (api.events().isEmpty()) {
      return Optional.empty();
    }
    String service = api.service().name();
    String pkg = eventsPackage(basePackage);
    List<EventPlan> events = new ArrayList<>();
    List<EnumValueDef> values = new ArrayList<>();
    List<String> constants = new ArrayList<>();
    for (EventDef event : api.events()) {
      String constant = EventNames.constant(service, event.eventType());
      ModelPlan body = models.stream()
          .filter(m -> m.def().name().equals(event.bodySchema()))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(
              event.eventType() + ": no model for body schema " + event.bodySchema()));
      events.add(new EventPlan(
          event, ClassName.get(pkg, EventNames.record(event.eventType())), constant, body));
      values.add(new EnumValueDef(event.eventType(), constant, event.description(), ""));
      constants.add(constant);
    }
    String title = Names.upperCamel(service);
    EnumDef typeDef = new EnumDef(EventNames.typeEnum(service),
        "The event types of " + title + " " + api.service().version() + ", from the spec's `x-lark-events`.",
        EnumDef.Kind.STRING, values);
    ClassName sealed = ClassName.get(pkg, EventNames.sealedType(service));
    return Optional.of(new EventsPlan(
        title,
        sealed,
        sealed.nestedClass("Unknown"),
        ClassName.get(pkg, EventNames.registry(service)),
        new EnumPlan(typeDef, ClassName.get(pkg, typeDef.name()), constants),
        events));
  }
}
