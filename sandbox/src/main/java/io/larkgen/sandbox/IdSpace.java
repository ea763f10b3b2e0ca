package io.larkgen.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of every entity family ({@code job}, {@code talent}, {@code note}, …), so that an id
 * one answer hands out is accepted by every other operation of the family. A family is named
 * after its resource in the singular ({@link #familyOf}): the tag {@code jobs}, the path
 * parameter {@code job_id} and the property {@code job} all mean {@code job}.
 *
 * <p>Each family has a fixed number of generated entities, indices {@code 0 … size-1}, whose ids
 * are snowflake-like numbers keyed by the seed and the family name; entities created through the
 * API get indices from {@link #CREATED} on. {@code application}, {@code interview} and
 * {@code interview_record} are the hand-crafted data set's own ids. Nothing is stored per id:
 * an id maps back to its index by arithmetic.
 */
final class IdSpace {

  /** First index of the entities created through the API (below it: generated ones). */
  static final long CREATED = 1L << 24;

  private static final long BASE = 1_600_000_000_000L;
  private static final long STEP = 3;

  private final SandboxDataset data;
  private final int familySize;
  private final Map<String, Long> salts = new ConcurrentHashMap<>();

  IdSpace(SandboxDataset data, int familySize) {
    this.data = data;
    this.familySize = familySize;
  }

  /**
   * The family an id-carrying name belongs to: {@code job_id}, {@code job_ids},
   * {@code job_id_list}, {@code jobs} and {@code job} are all {@code job};
   * {@code interview_records} is {@code interview_record}.
   */
  static String familyOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {"_id_list", "_ids", "_id", "_list", "_info"}) {
      if (n.endsWith(suffix) && n.length() > suffix.length()) {
        n = n.substring(0, n.length() - suffix.length());
        break;
      }
    }
    if (n.endsWith("ies") && n.length() > 3) {
      return n.substring(0, n.length() - 3) + "y";
    }
    if (n.endsWith("s") && !n.endsWith("ss") && n.length() > 1) {
      return n.substring(0, n.length() - 1);
    }
    return n;
  }

  /** Whether a field or parameter of this name carries ids ({@code id}, {@code job_id}, …). */
  static boolean isIdName(String name) {
    return name.equals("id") || name.endsWith("_id") || name.endsWith("_ids")
        || name.endsWith("_id_list");
  }

  /** Generated entities of the family (the data set's counts for its own families). */
  int size(String family) {
    return switch (family) {
      case "application" -> data.applicationCount();
      case "interview" -> data.interviewCount();
      case "interview_record" -> data.recordCount();
      default -> familySize;
    };
  }

  /** The id of the family's entity at {@code index} (generated below {@link #CREATED}). */
  String idAt(String family, long index) {
    if (index < CREATED) {
      switch (family) {
        case "application" -> {
          return data.applicationIdOfNumber((int) index);
        }
        case "interview" -> {
          return data.interviewId((int) index);
        }
        case "interview_record" -> {
          return data.recordIdAt((int) index);
        }
        default -> {
          // generic family below
        }
      }
    }
    long salt = salt(family);
    return String.valueOf(data.snowflake(base(salt), STEP, index, salt));
  }

  /**
   * The index behind {@code id} in the family: below {@link #size} for a generated entity, from
   * {@link #CREATED} on for one created through the API (whether it still exists is the store's
   * business); -1 for an id this family never had.
   */
  long indexOf(String family, String id) {
    long generated = switch (family) {
      case "application" -> data.applicationNumber(id);
      case "interview" -> data.indexOfInterview(id).orElse(-1);
      case "interview_record" -> data.recordOrdinal(id).orElse(-1);
      default -> -2;
    };
    long salt = salt(family);
    long index = data.unSnowflake(id, base(salt), STEP, salt,
        2 * CREATED);
    if (generated != -2) {
      return generated >= 0 ? generated : index >= CREATED ? index : -1;
    }
    return index >= CREATED || (index >= 0 && index < familySize) ? index : -1;
  }

  /** A number drawn from the seed, the family and {@code parts}: the same for the same input. */
  long draw(String family, long... parts) {
    long h = salt(family);
    for (long p : parts) {
      h = SandboxDataset.mix(data.seed(), h, p);
    }
    return h >>> 1;
  }

  /** Start of the family's id range: 500 slots of 10^9 ms, all below 2^41 so the shift fits. */
  private static long base(long salt) {
    return BASE + (salt % 500) * 1_000_000_000L;
  }

  private long salt(String family) {
    return salts.computeIfAbsent(family,
        f -> (SandboxDataset.mix(data.seed(), 4242, f.hashCode()) >>> 1) | 1);
  }
}
