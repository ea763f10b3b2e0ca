package io.larkgen.runtime.events;

/**
 * Handles typed events decoded through an {@link EventRegistry}: the event carries its own
 * {@link EventHeader}. An exception makes the dispatcher answer 500, so that Feishu delivers the
 * event again later.
 *
 * @param <E> the event type, e.g. a generated {@code HireEvent} or one of its records
 */
@FunctionalInterface
public interface TypedEventHandler<E> {
  /**
   * Handles one event.
   *
   * @param event the decoded event, with its header
   * @throws Exception when the event could not be handled; Feishu delivers it again
   */
  void handle(E event) throws Exception;
}
