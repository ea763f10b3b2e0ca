package io.larkgen.processor.naming;

import java.util.List;

/**
 * The Java names of a spec's events, derived here only, so that the loader's clash check and the
 * planner agree. For service {@code hire}: the sealed type {@code HireEvent}, the registry {@code
 * HireEvents}, the event-type enum {@code HireEventType}; per event type {@code
 * hire.application.stage_changed_v1} the record {@code HireApplicationStageChangedV1} and the
 * constant {@code APPLICATION_STAGE_CHANGED_V1} (without the service prefix).
 */
public final class EventNames {
  private EventNames() {}

  /** The sealed interface of all events, e.g. {@code HireEvent}. */
  public static String sealedType(String service) {
    return Names.upperCamel(service) + "Event";
  }

  /** The registry class, e.g. {@code HireEvents}. */
  public static String registry(String service) {
    return Names.upperCamel(service) + "Events";
  }

  /** The sealed enum of event types, e.g. {@code HireEventType}. */
  public static String typeEnum(String service) {
    return Names.upperCamel(service) + "EventType";
  }

  /** The names every spec with events generates besides its event records. */
  public static List<String> fixed(String service) {
    return List.of(sealedType(service), registry(service), typeEnum(service));
  }

  /** The record of one event type, e.g. {@code HireApplicationStageChangedV1}. */
  public static String record(String eventType) {
    return Names.upperCamel(eventType);
  }

  /**
   * The event-type enum constant, e.g. {@code APPLICATION_STAGE_CHANGED_V1}: the UPPER_SNAKE
   * event type without its leading {@code <service>.}.
   */
  public static String constant(String service, String eventType) {
    String prefix = service + ".";
    String rest = eventType.startsWith(prefix) && eventType.length() > prefix.length()
        ? eventType.substring(prefix.length())
        : eventType;
    return Names.upperSnake(rest);
  }
}
