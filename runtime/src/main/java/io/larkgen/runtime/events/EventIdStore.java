package io.larkgen.runtime.events;

/**
 * Remembers which events were already handled, so that an event Feishu delivers again (it does
 * on timeouts, and sometimes after a success) reaches its handler once. The default is an
 * {@link InMemoryEventIdStore} private to one dispatcher; a store shared by several instances
 * (e.g. in Redis, with {@code SET key NX EX}) makes them deduplicate together. Implementations
 * must be thread-safe.
 */
public interface EventIdStore {

  /**
   * Records {@code eventId} as being handled.
   *
   * @param eventId the event's {@code event_id} (or {@code uuid} for 1.0 events)
   * @return true if it was not recorded before (handle the event), false for a repeat
   */
  boolean markSeen(String eventId);

  /**
   * Forgets {@code eventId} after its handler failed, so that Feishu's redelivery is handled
   * again rather than taken for a repeat.
   *
   * @param eventId the event's id, as given to {@link #markSeen(String)}
   */
  void forget(String eventId);
}
