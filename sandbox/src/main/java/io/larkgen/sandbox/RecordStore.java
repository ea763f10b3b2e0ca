package io.larkgen.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What writes changed: per family, the fields of each created or updated entity and which
 * entities were deleted, by index ({@link IdSpace}). Empty until the first write, so read-only
 * use (exports, benchmarks) costs nothing. An entity's answer is its generated value with the
 * stored fields laid over it.
 */
final class RecordStore {

  /** The fields written to one entity, or its deletion. */
  private record Entry(ObjectNode fields, boolean deleted) {}

  private final Map<String, NavigableMap<Long, Entry>> families = new ConcurrentHashMap<>();
  private final Map<String, Long> byIdempotencyKey = new ConcurrentHashMap<>();
  private final AtomicLong created = new AtomicLong(IdSpace.CREATED);

  /**
   * Stores a new entity and returns its index; a second create with the same idempotency key
   * (non-null) in the family returns the first one's index and changes nothing.
   */
  long create(String family, ObjectNode fields, String idempotencyKey) {
    if (idempotencyKey != null) {
      return byIdempotencyKey.computeIfAbsent(family + "\u0000" + idempotencyKey,
          k -> create(family, fields, null));
    }
    long index = created.getAndIncrement();
    family(family).put(index, new Entry(fields.deepCopy(), false));
    return index;
  }

  /** Whether the entity exists: generated (below {@code generated}) or created, not deleted. */
  boolean exists(String family, long index, int generated) {
    if (index < 0) {
      return false;
    }
    Entry e = families.getOrDefault(family, EMPTY).get(index);
    return e == null ? index < generated : !e.deleted();
  }

  /** The fields written to the entity (an empty object when none were). */
  ObjectNode fields(String family, long index) {
    Entry e = families.getOrDefault(family, EMPTY).get(index);
    return e == null ? Json.object() : e.fields().deepCopy();
  }

  /** Lays {@code fields} over the entity's stored fields, top-level field by field. */
  void update(String family, long index, ObjectNode fields) {
    family(family).compute(index, (k, old) -> {
      ObjectNode merged = old == null ? Json.object() : old.fields().deepCopy();
      merged.setAll(fields.deepCopy());
      return new Entry(merged, false);
    });
  }

  void delete(String family, long index) {
    family(family).put(index, new Entry(Json.object(), true));
  }

  /**
   * The first existing index after {@code after} in list order (generated ones, then created
   * ones in creation order), or -1.
   */
  long next(String family, long after, int generated) {
    NavigableMap<Long, Entry> written = families.getOrDefault(family, EMPTY);
    for (long i = after + 1; i < generated; i++) {
      Entry e = written.get(i);
      if (e == null || !e.deleted()) {
        return i;
      }
    }
    for (Map.Entry<Long, Entry> e
        : written.tailMap(Math.max(after, IdSpace.CREATED - 1), false).entrySet()) {
      if (e.getKey() >= IdSpace.CREATED && !e.getValue().deleted()) {
        return e.getKey();
      }
    }
    return -1;
  }

  private NavigableMap<Long, Entry> family(String family) {
    return families.computeIfAbsent(family, f -> new ConcurrentSkipListMap<>());
  }

  private static final NavigableMap<Long, Entry> EMPTY = new ConcurrentSkipListMap<>();
}
