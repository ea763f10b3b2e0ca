package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The events of a spec with {@code x-lark-events}.
 *
 * @param serviceTitle the service as the Javadoc names it, e.g. {@code Hire}
 * @param sealedType the sealed interface of all events, e.g. {@code HireEvent}
 * @param unknown its record for events of other types, {@code HireEvent.Unknown}
 * @param registry the class holding the registry, e.g. {@code HireEvents}
 * @param types the sealed enum of event types, e.g. {@code HireEventType}, written by the enum
 *     writer
 * @param events one per event, in spec order
 */
public record EventsPlan(
    String serviceTitle,
    ClassName sealedType,
    ClassName unknown,
    ClassName registry,
    EnumPlan types,
    List<EventPlan> events) {
  public EventsPlan {
    events = List.copyOf(events);
  }
}
