package io.larkgen.runtime.events;

/**
 * Handles one kind of event. An exception makes the dispatcher answer 500, so that Feishu
 * delivers the event again later.
 *
 * @param <T> the event body, as the reader registered with it decodes it
 */
@FunctionalInterface
public interface EventHandler<T> {
  void handle(EventHeader header, T event) throws Exception;
}
