package io.larkgen.runtime.events;

/**
 * Handles one kind of event. An exception makes the dispatcher answer 500, so that Feishu
 * delivers the event again later.
 *
 * @param <T> the event body, as the reader registered with it decodes it
 */
@FunctionalInterface
public interface EventHandler<T> {
  /**
   * Handles one event.
   *
   * @param header the event's header: id, type, tenant, app, time
   * @param event the decoded {@code event} object
   * @throws Exception when the event could not be handled; Feishu delivers it again
   */
  void handle(EventHeader header, T event) throws Exception;
}
