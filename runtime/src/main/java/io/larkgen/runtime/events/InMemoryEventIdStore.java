package io.larkgen.runtime.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link EventIdStore} holding the most recent {@code capacity} event ids in memory; the
 * oldest is forgotten when a new one would exceed it. Feishu redelivers a failed event after 15
 * seconds, 5 minutes, 1 hour and 6 hours, so the capacity should cover about six hours of events.
 */
public final class InMemoryEventIdStore implements EventIdStore {
  /** The capacity of {@link #InMemoryEventIdStore()}. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final Map<String, Boolean> seen;

  /** A store for the last {@value #DEFAULT_CAPACITY} event ids. */
  public InMemoryEventIdStore() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * A store for the last {@code capacity} event ids.
   *
   * @param capacity how many ids are remembered; the oldest is forgotten first
   * @throws IllegalArgumentException when {@code capacity} is not positive
   */
  public InMemoryEventIdStore(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
    this.seen = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > InMemoryEventIdStore.this.capacity;
      }
    };
  }

  @Override
  public synchronized boolean markSeen(String eventId) {
    return seen.putIfAbsent(eventId, Boolean.TRUE) == null;
  }

  @Override
  public synchronized void forget(String eventId) {
    seen.remove(eventId);
  }

  /**
   * How many ids are remembered now.
   *
   * @return the number of ids, at most the capacity
   */
  public synchronized int size() {
    return seen.size();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryEventIdStore[" + seen.size() + " of " + capacity + " ids]";
  }
}
