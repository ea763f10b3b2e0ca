package io.larkgen.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The events of one service as typed values: for each event type string, the record class it
 * decodes to and its decoder, plus the record that keeps an event of any other type as raw JSON.
 * The processor generates one per spec with events (e.g. {@code HireEvents.registry()}); {@link
 * EventDispatcher.Builder#events(EventRegistry, TypedEventHandler)} dispatches through it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the common type of the events, e.g. the generated sealed {@code HireEvent}
 */
public final class EventRegistry<E> {

  /**
   * Decodes the {@code event} object of one event type.
   *
   * @param <T> the event record
   */
  @FunctionalInterface
  public interface Decoder<T> {
    /**
     * Reads the event body from {@code parser}, positioned on its {@code START_OBJECT}, and
     * returns the event with {@code header}.
     *
     * @param header the event's header, already read
     * @param parser a parser on the body's {@code START_OBJECT}
     * @return the event record
     * @throws IOException when the body does not match the record or cannot be read
     */
    T decode(EventHeader header, JsonParser parser) throws IOException;
  }

  /** One known event type. */
  record Entry<T>(Class<T> type, Decoder<T> decoder) {}

  private final Class<E> eventType;
  private final Class<? extends E> unknownType;
  private final BiFunction<EventHeader, String, ? extends E> unknown;
  private final Map<String, Entry<? extends E>> entries;

  private EventRegistry(Builder<E> b) {
    this.eventType = b.eventType;
    this.unknownType = b.unknownType;
    this.unknown = b.unknown;
    this.entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.entries));
  }

  /**
   * Starts a registry of events of type {@code eventType}.
   *
   * @param <E> the common type of the events
   * @param <U> the unknown-event record
   * @param eventType the common type, e.g. {@code HireEvent.class}
   * @param unknownType the record of events of types not added, e.g. {@code
   *     HireEvent.Unknown.class}
   * @param unknown makes that record from the header and the whole decrypted JSON of the event
   * @return a builder without event types
   */
  public static <E, U extends E> Builder<E> builder(
      Class<E> eventType, Class<U> unknownType, BiFunction<EventHeader, String, U> unknown) {
    return new Builder<>(eventType, unknownType, unknown);
  }

  /**
   * The common type of the events.
   *
   * @return the common type, e.g. {@code HireEvent.class}
   */
  public Class<E> eventType() {
    return eventType;
  }

  /**
   * The record of events of types this registry does not know.
   *
   * @return the unknown-event record, e.g. {@code HireEvent.Unknown.class}
   */
  public Class<? extends E> unknownType() {
    return unknownType;
  }

  /**
   * The known event type strings, in the order they were added (the spec's).
   *
   * @return the event type strings, unmodifiable
   */
  public Set<String> eventTypes() {
    return entries.keySet();
  }

  /**
   * The record class of {@code eventType}, or empty when this registry does not know it.
   *
   * @param eventType an event type string, e.g. {@code hire.application.stage_changed_v1}
   * @return the record class, or empty
   */
  public Optional<Class<? extends E>> recordType(String eventType) {
    Entry<? extends E> entry = entries.get(eventType);
    return entry == null ? Optional.empty() : Optional.of(entry.type());
  }

  /** The decoder of a known event type, or null. */
  Entry<? extends E> entry(String eventType) {
    return entries.get(eventType);
  }

  /** An event of a type this registry does not know. */
  E unknown(EventHeader header, String json) {
    return Objects.requireNonNull(unknown.apply(header, json), "the unknown-event factory returned null");
  }

  @Override
  public String toString() {
    return "EventRegistry[" + eventType.getSimpleName() + ", types=" + entries.keySet() + "]";
  }

  /**
   * Configures an {@link EventRegistry}.
   *
   * @param <E> the common type of the events
   */
  public static final class Builder<E> {
    private final Class<E> eventType;
    private final Class<? extends E> unknownType;
    private final BiFunction<EventHeader, String, ? extends E> unknown;
    private final Map<String, Entry<? extends E>> entries = new LinkedHashMap<>();

    private Builder(
        Class<E> eventType,
        Class<? extends E> unknownType,
        BiFunction<EventHeader, String, ? extends E> unknown) {
      this.eventType = Objects.requireNonNull(eventType, "eventType");
      this.unknownType = Objects.requireNonNull(unknownType, "unknownType");
      this.unknown = Objects.requireNonNull(unknown, "unknown");
    }

    /**
     * Adds one event type.
     *
     * @param <T> the event's record
     * @param name the event type string, e.g. {@code hire.application.stage_changed_v1}
     * @param type its record
     * @param decoder reads its body
     * @return this builder
     * @throws IllegalArgumentException when {@code name} is blank or already added, or {@code
     *     type} is the unknown-event record
     */
    public <T extends E> Builder<E> add(String name, Class<T> type, Decoder<T> decoder) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(decoder, "decoder");
      if (name.isBlank()) {
        throw new IllegalArgumentException("event type is blank");
      }
      if (type.equals(unknownType)) {
        throw new IllegalArgumentException(
            "event type " + name + " cannot decode to the unknown-event record " + type.getName());
      }
      if (entries.putIfAbsent(name, new Entry<>(type, decoder)) != null) {
        throw new IllegalArgumentException("event type " + name + " is already added");
      }
      return this;
    }

    /**
     * Builds the registry; the builder may be used again.
     *
     * @return a registry of the event types added so far
     */
    public EventRegistry<E> build() {
      return new EventRegistry<>(this);
    }
  }
}
