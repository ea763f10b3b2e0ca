package io.larkgen.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.sandbox.Catalog.Dimension;
import io.larkgen.sandbox.Catalog.Place;
import io.larkgen.sandbox.Catalog.ScoreLevel;
import io.larkgen.sandbox.Catalog.Text;
import io.larkgen.sandbox.Catalog.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The deterministic data set a sandbox serves: applications, interviews and interview records
 * (面试评价) of one Hire tenant, fully determined by a seed and a size.
 *
 * <p>Only a compact index is held in memory (per interview: begin minute, application and
 * round; per application: its interviews; per interview: where its records start), about 17
 * bytes per interview. Each interview and each record is generated from {@code (seed, index)}
 * when asked for, so a data set of 1,000,000 interviews fits in a few tens of MB.
 *
 * <p>Order: interview index order is the order Feishu documents for the list endpoint
 * ({@code begin_time}, then {@code id}); record ids grow with the interview index and the
 * record's position, so record id order is interview order too.
 *
 * <p>Expected data for tests: {@link #interview(int, String)} and
 * {@link #interviewRecord(String, String)} return a fresh Jackson {@link ObjectNode} equal
 * (by {@link ObjectNode#equals}) to the item the server sends for the same
 * {@code user_id_type}; {@link #interviewJson(int, String)} gives the exact bytes as a string.
 * Enum fields draw from the values the spec documents, so every documented value occurs.
 * An interview's {@code interview_record_list} holds the seven fields Feishu's current doc
 * lists for it ({@link #NESTED_RECORD_FIELDS}); full records come from the record endpoints.
 */
public final class SandboxDataset {

  /** Smallest and largest supported size. */
  public static final int MIN_INTERVIEWS = 10;

  /** Largest supported size. */
  public static final int MAX_INTERVIEWS = 1_000_000;

  /** The user id types of the spec, in documented order. */
  public static final List<String> USER_ID_TYPES = List.of("open_id", "union_id", "user_id");

  /** Default {@code job_level_id_type}. */
  public static final String DEFAULT_JOB_LEVEL_ID_TYPE = "people_admin_job_level_id";

  private static final long FIRST_BEGIN = Instant.parse("2025-03-03T01:00:00Z").toEpochMilli();
  private static final long MINUTE = 60_000L;
  private static final long YEAR_MINUTES = 365L * 24 * 60;
  private static final int USERS = 300;

  // Snowflake-like ids: (millis << 22) | 22 seed-dependent bits. The millis part grows with the
  // index, so id order is index order, and an id maps back to its index without a lookup.
  private static final long INTERVIEW_ID_BASE = 1_700_000_000_000L;
  private static final long INTERVIEW_ID_STEP = 41L;
  private static final long RECORD_ID_BASE = 1_710_000_000_000L;
  private static final long RECORD_ID_STEP = 13L;
  private static final long APPLICATION_ID_BASE = 1_690_000_000_000L;
  private static final long APPLICATION_ID_STEP = 61L;
  private static final long ARRANGEMENT_ID_BASE = 1_705_000_000_000L;
  private static final long DIMENSION_ID_BASE = 1_720_000_000_000L;
  private static final long IMAGE_ID_BASE = 1_730_000_000_000L;
  private static final long CATALOG_ID_BASE = 1_680_000_000_000L;
  private static final long LOW_MASK = (1L << 22) - 1;

  private static final long SALT_ID = 1;
  private static final long SALT_RECORD_COUNT = 2;
  private static final long SALT_INTERVIEW = 3;
  private static final long SALT_RECORD = 4;
  private static final long SALT_APPLICATION = 5;
  private static final long SALT_USERS = 6;
  private static final long SALT_LAYOUT = 7;
  private static final long SALT_RECORD_ID = 8;
  private static final long SALT_ARRANGEMENT = 9;
  private static final long SALT_DIMENSION = 10;
  private static final long SALT_IMAGE = 11;
  private static final long SALT_DURATION = 12;
  private static final long SALT_STAGE = 20;
  private static final long SALT_ROUND_TYPE = 21;
  private static final long SALT_ADDRESS = 22;
  private static final long SALT_ROOM = 23;
  private static final long SALT_SCORE = 24;
  private static final long SALT_QUESTION = 25;
  private static final long SALT_CODE_QUESTION = 26;
  private static final long SALT_ABILITY = 27;
  private static final long SALT_DIMENSION_DEF = 28;
  private static final long SALT_OPTION = 29;
  private static final long SALT_PEOPLE_ADMIN_LEVEL = 30;
  private static final long SALT_JOB_LEVEL = 31;

  private static final int CODING_ABILITY = Catalog.ABILITIES.indexOf(new Text("编码能力", "Coding"));
  private static final Set<Integer> PRESET_DIMENSIONS = Set.of(10, 11, 12);

  private final long seed;
  private final int size;
  private final int[] beginMinute;       // minutes after FIRST_BEGIN, non-decreasing
  private final int[] applicationOf;     // application number of each interview
  private final byte[] roundOf;          // 0-based round within its application
  private final int[] applicationStart;  // CSR offsets into applicationMembers
  private final int[] applicationMembers;
  private final int[] recordStart;       // ordinal of each interview's first record; [size] = total
  private final String[][] userIds;      // [type][user]
  private final Text[] userNames;
  private final EnumValues enums;
  private final List<Integer> presetDimensionTypes;  // dimension types every record has
  private final List<Integer> customDimensionTypes;  // the others, 1-3 drawn per record
  private final List<String> nestedRecordFields;

  private SandboxDataset(long seed, int size, SpecModel spec) {
    if (size < MIN_INTERVIEWS || size > MAX_INTERVIEWS) {
      throw new IllegalArgumentException(
          "interviews must be between " + MIN_INTERVIEWS + " and " + MAX_INTERVIEWS + ", was " + size);
    }
    this.seed = seed;
    this.size = size;
    this.enums = new EnumValues(spec);
    List<Integer> preset = new ArrayList<>();
    List<Integer> custom = new ArrayList<>();
    for (int t : enums.values("dimension_type")) {
      if (PRESET_DIMENSIONS.contains(t)) {
        preset.add(t);
      } else {
        custom.add(t);
      }
    }
    this.presetDimensionTypes = List.copyOf(preset);
    this.customDimensionTypes = List.copyOf(custom);
    this.nestedRecordFields = nestedRecordFields(spec);
    this.beginMinute = new int[size];
    this.applicationOf = new int[size];
    this.roundOf = new byte[size];
    this.recordStart = new int[size + 1];

    SplittableRandom layout = new SplittableRandom(mix(seed, SALT_LAYOUT, 0));
    long meanGap = Math.max(1, YEAR_MINUTES / size);
    long minute = 0;
    // Applications overlap in time: an interview goes to one of a few open applications,
    // each planned with 1-5 rounds; an exhausted one is replaced by a new application.
    int open = Math.max(1, Math.min(16, size / 4));
    int[] slotApplication = new int[open];
    int[] slotRemaining = new int[open];
    int[] slotRounds = new int[open];
    int applications = 0;
    for (int s = 0; s < open; s++) {
      slotApplication[s] = applications++;
      slotRemaining[s] = 1 + layout.nextInt(5);
    }
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        minute += layout.nextLong(2 * meanGap + 1);
      }
      beginMinute[i] = (int) minute;
      int s = layout.nextInt(open);
      applicationOf[i] = slotApplication[s];
      roundOf[i] = (byte) slotRounds[s]++;
      if (--slotRemaining[s] == 0) {
        slotApplication[s] = applications++;
        slotRemaining[s] = 1 + layout.nextInt(5);
        slotRounds[s] = 0;
      }
      recordStart[i + 1] = recordStart[i] + recordCountOf(i);
    }
    // Slots still open at the end may hold applications with no interview yet: compact them.
    int[] renumber = new int[applications];
    Arrays.fill(renumber, -1);
    int used = 0;
    for (int i = 0; i < size; i++) {
      int a = applicationOf[i];
      if (renumber[a] < 0) {
        renumber[a] = used++;
      }
      applicationOf[i] = renumber[a];
    }
    this.applicationStart = new int[used + 1];
    for (int i = 0; i < size; i++) {
      applicationStart[applicationOf[i] + 1]++;
    }
    for (int a = 0; a < used; a++) {
      applicationStart[a + 1] += applicationStart[a];
    }
    this.applicationMembers = new int[size];
    int[] fill = Arrays.copyOf(applicationStart, used);
    for (int i = 0; i < size; i++) {
      applicationMembers[fill[applicationOf[i]]++] = i;
    }

    SplittableRandom users = new SplittableRandom(mix(seed, SALT_USERS, 0));
    this.userIds = new String[3][USERS];
    this.userNames = new Text[USERS];
    for (int u = 0; u < USERS; u++) {
      userIds[0][u] = "ou_" + hex(users.nextLong()) + hex(users.nextLong());
      userIds[1][u] = "on_" + hex(users.nextLong()) + hex(users.nextLong());
      userIds[2][u] = hex(users.nextLong()).substring(0, 8);
      Text surname = pick(Catalog.SURNAMES, users);
      Text given = pick(Catalog.GIVEN_NAMES, users);
      userNames[u] = new Text(surname.zh() + given.zh(), given.en() + " " + surname.en());
    }
  }

  /** Builds the data set of {@code interviews} interviews for {@code seed}, from the default spec. */
  public static SandboxDataset generate(long seed, int interviews) {
    return new SandboxDataset(seed, interviews, SpecModel.load());
  }

  static SandboxDataset generate(long seed, int interviews, SpecModel spec) {
    return new SandboxDataset(seed, interviews, spec);
  }

  /** The seed this data set was generated from. */
  public long seed() {
    return seed;
  }

  /** Number of interviews. */
  public int interviewCount() {
    return size;
  }

  /** Number of applications (投递); each has one or more interviews. */
  public int applicationCount() {
    return applicationStart.length - 1;
  }

  /** Number of interview records over all interviews. */
  public int recordCount() {
    return recordStart[size];
  }

  /** Bytes held by the index arrays (what the data set keeps in memory besides a user table). */
  public long indexBytes() {
    return 4L * beginMinute.length + 4L * applicationOf.length + roundOf.length
        + 4L * applicationStart.length + 4L * applicationMembers.length + 4L * recordStart.length;
  }

  /** The earliest and latest begin_time. */
  public TimeRange timeRange() {
    return new TimeRange(beginTime(0), beginTime(size - 1));
  }

  /** Id of the interview at {@code index} (0-based, in list order). */
  public String interviewId(int index) {
    checkIndex(index);
    return String.valueOf(snowflake(INTERVIEW_ID_BASE, INTERVIEW_ID_STEP, index, SALT_ID));
  }

  /** Index of the interview with this id. */
  public OptionalInt indexOfInterview(String interviewId) {
    long index = unSnowflake(interviewId, INTERVIEW_ID_BASE, INTERVIEW_ID_STEP, SALT_ID, size);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of((int) index);
  }

  /** The application id of the interview at {@code index}. */
  public String applicationId(int index) {
    checkIndex(index);
    return applicationIdOfNumber(applicationOf[index]);
  }

  /** Indices of the interviews of an application, in list order; empty for an unknown id. */
  public int[] interviewsOfApplication(String applicationId) {
    long a = unSnowflake(applicationId, APPLICATION_ID_BASE, APPLICATION_ID_STEP, SALT_APPLICATION,
        applicationCount());
    if (a < 0) {
      return new int[0];
    }
    return Arrays.copyOfRange(
        applicationMembers, applicationStart[(int) a], applicationStart[(int) a + 1]);
  }

  /** begin_time (ms) of the interview at {@code index}. */
  public long beginTime(int index) {
    checkIndex(index);
    return FIRST_BEGIN + beginMinute[index] * MINUTE;
  }

  /** end_time (ms) of the interview at {@code index}: 30 to 90 minutes after its begin_time. */
  public long endTime(int index) {
    return beginTime(index) + (30 + 15 * ((mix(seed, SALT_DURATION, index) >>> 1) % 5)) * MINUTE;
  }

  /** Ids of the interview records of the interview at {@code index} (1-4), in id order. */
  public List<String> recordIdsOf(int index) {
    checkIndex(index);
    List<String> ids = new ArrayList<>();
    for (int ordinal = recordStart[index]; ordinal < recordStart[index + 1]; ordinal++) {
      ids.add(recordIdAt(ordinal));
    }
    return List.copyOf(ids);
  }

  /** Id of the record at {@code ordinal} in id order (0 ≤ ordinal &lt; {@link #recordCount()}). */
  public String recordIdAt(int ordinal) {
    if (ordinal < 0 || ordinal >= recordCount()) {
      throw new IndexOutOfBoundsException("record ordinal " + ordinal + " of " + recordCount());
    }
    return String.valueOf(snowflake(RECORD_ID_BASE, RECORD_ID_STEP, ordinal, SALT_RECORD_ID));
  }

  /** Position of the record in id order, or empty for an unknown id. */
  public OptionalInt recordOrdinal(String recordId) {
    long ordinal = unSnowflake(recordId, RECORD_ID_BASE, RECORD_ID_STEP, SALT_RECORD_ID, recordCount());
    return ordinal < 0 ? OptionalInt.empty() : OptionalInt.of((int) ordinal);
  }

  /** Index of the interview a record belongs to, or empty for an unknown id. */
  public OptionalInt interviewIndexOfRecord(String recordId) {
    OptionalInt ordinal = recordOrdinal(recordId);
    return ordinal.isPresent() ? OptionalInt.of(interviewOfOrdinal(ordinal.getAsInt())) : ordinal;
  }

  /** Indices of the interviews passing {@code filter}, in list order. */
  public IntStream interviewIndices(InterviewFilter filter) {
    return IntStream.iterate(nextMatch(filter, 0), i -> i >= 0, i -> nextMatch(filter, i + 1));
  }

  /** The interviews passing {@code filter}, in list order, as the server sends them. */
  public Stream<ObjectNode> interviews(InterviewFilter filter, String userIdType) {
    return interviewIndices(filter).mapToObj(i -> interview(i, userIdType));
  }

  /**
   * The interview at {@code index} exactly as {@code /interviews} sends it for
   * {@code user_id_type} (default {@code job_level_id_type}). A fresh node on every call.
   */
  public ObjectNode interview(int index, String userIdType) {
    return interview(index, userIdType, DEFAULT_JOB_LEVEL_ID_TYPE);
  }

  /** {@link #interview(int, String)} for {@code open_id}. */
  public ObjectNode interview(int index) {
    return interview(index, "open_id");
  }

  /** The compact JSON text of {@link #interview(int, String)}, byte for byte what is served. */
  public String interviewJson(int index, String userIdType) {
    return Json.string(interview(index, userIdType));
  }

  /**
   * The interview record with this id exactly as {@code /interview_records} sends it.
   *
   * @throws NoSuchElementException if the id is not in this data set
   */
  public ObjectNode interviewRecord(String recordId, String userIdType) {
    return findInterviewRecord(recordId, userIdType, DEFAULT_JOB_LEVEL_ID_TYPE)
        .orElseThrow(() -> new NoSuchElementException("no interview record " + recordId));
  }

  /** The interview record with this id, or empty. */
  public Optional<ObjectNode> findInterviewRecord(
      String recordId, String userIdType, String jobLevelIdType) {
    OptionalInt ordinal = recordOrdinal(recordId);
    if (ordinal.isEmpty()) {
      return Optional.empty();
    }
    int index = interviewOfOrdinal(ordinal.getAsInt());
    return Optional.of(record(index, ordinal.getAsInt(), userType(userIdType), jobLevelIdType));
  }

  /** The record at {@code ordinal} in id order, as {@code /interview_records} sends it. */
  ObjectNode recordAt(int ordinal, String userIdType, String jobLevelIdType) {
    return record(interviewOfOrdinal(ordinal), ordinal, userType(userIdType), jobLevelIdType);
  }

  /** First interview index ≥ {@code from} passing {@code filter}, or -1. */
  int nextMatch(InterviewFilter filter, int from) {
    if (from >= size) {
      return -1;
    }
    if (filter.interviewId() != null) {
      OptionalInt index = indexOfInterview(filter.interviewId());
      return index.isPresent() && index.getAsInt() >= from && matches(index.getAsInt(), filter)
          ? index.getAsInt() : -1;
    }
    if (filter.applicationId() != null) {
      long a = unSnowflake(filter.applicationId(), APPLICATION_ID_BASE, APPLICATION_ID_STEP,
          SALT_APPLICATION, applicationCount());
      if (a < 0) {
        return -1;
      }
      int lo = applicationStart[(int) a];
      int hi = applicationStart[(int) a + 1];
      int pos = Arrays.binarySearch(applicationMembers, lo, hi, from);
      for (int p = pos >= 0 ? pos : -pos - 1; p < hi; p++) {
        if (matches(applicationMembers[p], filter)) {
          return applicationMembers[p];
        }
      }
      return -1;
    }
    int start = from;
    if (filter.startTime() != null) {
      start = Math.max(start, firstAtOrAfter(filter.startTime()));
    }
    if (start >= size) {
      return -1;
    }
    return filter.endTime() == null || beginTime(start) <= filter.endTime() ? start : -1;
  }

  private boolean matches(int index, InterviewFilter filter) {
    return filter.test(interviewId(index), applicationId(index), beginTime(index));
  }

  private int firstAtOrAfter(long millis) {
    if (millis <= FIRST_BEGIN) {
      return 0;
    }
    long minutes = (millis - FIRST_BEGIN + MINUTE - 1) / MINUTE;
    if (minutes > Integer.MAX_VALUE) {
      return size;
    }
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (beginMinute[mid] < minutes) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int interviewOfOrdinal(int ordinal) {
    int pos = Arrays.binarySearch(recordStart, 0, size, ordinal);
    if (pos >= 0) {
      // Several entries can never be equal: every interview has at least one record.
      return pos;
    }
    return -pos - 2;
  }

  private int recordCountOf(int index) {
    return 1 + (int) (mix(seed, SALT_RECORD_COUNT, index) >>> 62);
  }

  // ---------------------------------------------------------------- interview JSON

  ObjectNode interview(int index, String userIdType, String jobLevelIdType) {
    checkIndex(index);
    int type = userType(userIdType);
    SplittableRandom r = new SplittableRandom(mix(seed, SALT_INTERVIEW, index));
    long begin = beginTime(index);
    long end = endTime(index);
    int round = roundOf[index];
    int interviewType = enums.pick("interview_type", r);
    int arrangementType = enums.pick("arrangement_type", r);
    int placeIndex = r.nextInt(Catalog.PLACES.size());
    Place place = Catalog.PLACES.get(placeIndex);

    ObjectNode n = Json.object();
    n.put("id", interviewId(index));
    n.put("begin_time", begin);
    n.put("end_time", end);
    n.put("round", round);
    ArrayNode records = n.putArray("interview_record_list");
    long lastSubmit = -1;
    for (int ordinal = recordStart[index]; ordinal < recordStart[index + 1]; ordinal++) {
      ObjectNode record = record(index, ordinal, type, jobLevelIdType, true);
      if (record.has("feedback_submit_time")) {
        lastSubmit = Math.max(lastSubmit, record.get("feedback_submit_time").longValue());
      }
      record.retain(nestedRecordFields);
      records.add(record);
    }
    if (lastSubmit > 0) {
      n.put("feedback_submit_time", lastSubmit);
    }
    int stage = Math.min(round + r.nextInt(2), Catalog.STAGES.size() - 1);
    n.put("stage_id", catalogId(SALT_STAGE, stage));
    n.put("application_id", applicationId(index));
    idName(n.putObject("stage"), catalogId(SALT_STAGE, stage), Catalog.STAGES.get(stage));
    user(n.putObject("creator"), r.nextInt(USERS), type);
    long created = begin - (1 + r.nextInt(14)) * 24 * 60 * MINUTE - r.nextInt(600) * MINUTE;
    n.put("biz_create_time", created);
    n.put("biz_modify_time", created + r.nextLong(end - created));
    n.put("interview_round_summary", enums.pick("interview_round_summary", r));
    n.put("interview_arrangement_id", String.valueOf(
        snowflake(ARRANGEMENT_ID_BASE, INTERVIEW_ID_STEP, index, SALT_ARRANGEMENT)));
    n.put("interview_type", interviewType);
    Zone zone = pick(Catalog.ZONES, r);
    ObjectNode tz = n.putObject("talent_time_zone");
    tz.put("code", zone.code());
    i18n(tz.putObject("name"), zone.name());
    user(n.putObject("contact_user"), r.nextInt(USERS), type);
    n.put("contact_mobile", place.phonePrefix() + String.valueOf(10_000_000 + r.nextInt(10_000_000)).substring(1));
    n.put("remark", pick(Catalog.REMARKS, r));
    ObjectNode address = n.putObject("address");
    address.put("id", catalogId(SALT_ADDRESS, placeIndex));
    i18n(address.putObject("name"), place.officeName());
    codeName(address.putObject("district"), place.districtCode(), place.district());
    codeName(address.putObject("city"), place.cityCode(), place.city());
    codeName(address.putObject("state"), place.stateCode(), place.state());
    codeName(address.putObject("country"), place.countryCode(), place.country());
    n.put("video_type", enums.pick("video_type", r));
    n.put("arrangement_status", enums.pick("arrangement_status", r));
    n.put("arrangement_type", arrangementType);
    n.put("arrangement_appointment_kind", enums.pick("arrangement_appointment_kind", r));
    ArrayNode rooms = n.putArray("meeting_room_list");
    int roomCount = interviewType == 1 ? 1 + r.nextInt(2) : r.nextInt(2);
    for (int k = 0; k < roomCount; k++) {
      int room = r.nextInt(Catalog.ROOM_NAMES.size());
      Text building = pick(Catalog.BUILDINGS, r);
      int floor = 2 + r.nextInt(20);
      ObjectNode m = rooms.addObject();
      m.put("room_id", catalogId(SALT_ROOM, placeIndex * 1000 + floor * 10 + room));
      m.put("room_name", "F" + floor + (room < 9 ? "-0" : "-") + (room + 1) + " " + Catalog.ROOM_NAMES.get(room));
      m.put("building_name", building.zh());
      m.put("reserved_status", enums.pick("reserved_status", r));
      m.put("floor_name", String.valueOf(floor));
    }
    int roundType = Math.min(round, Catalog.ROUND_TYPES.size() - 1);
    idName(n.putObject("interview_round_type"), catalogId(SALT_ROUND_TYPE, roundType),
        Catalog.ROUND_TYPES.get(roundType));
    return n;
  }

  // ---------------------------------------------------------------- record JSON

  private ObjectNode record(int index, int ordinal, int userType, String jobLevelIdType) {
    return record(index, ordinal, userType, jobLevelIdType, false);
  }

  /**
   * One record; {@code summary} stops after the fields of the nested list (the random draws
   * up to there are the same, so a summary agrees with the full record).
   */
  private ObjectNode record(int index, int ordinal, int userType, String jobLevelIdType,
      boolean summary) {
    SplittableRandom r = new SplittableRandom(mix(seed, SALT_RECORD, ordinal));
    long end = endTime(index);
    int interviewer = r.nextInt(USERS);
    int conclusion = enums.pick("conclusion", r);
    boolean pending = conclusion == 3 || conclusion == 4;
    int commitStatus = pending ? 2 : enums.pickOther("commit_status", 2, r);
    String content = pick(Catalog.RECORD_CONTENTS, r);

    ObjectNode n = Json.object();
    n.put("id", recordIdAt(ordinal));
    n.put("user_id", userIds[userType][interviewer]);
    n.put("content", content);
    int minLevel = r.nextInt(5);
    int maxLevel = minLevel + r.nextInt(6 - minLevel);
    long levelSalt = "job_level_id".equals(jobLevelIdType) ? SALT_JOB_LEVEL : SALT_PEOPLE_ADMIN_LEVEL;
    n.put("min_job_level_id", catalogId(levelSalt, minLevel));
    n.put("max_job_level_id", catalogId(levelSalt, maxLevel));
    n.put("commit_status", commitStatus);
    if (commitStatus == 1) {
      n.put("feedback_submit_time", end + r.nextLong(3 * 24 * 60 * MINUTE));
    }
    n.put("conclusion", conclusion);
    ScoreLevel level = pick(Catalog.SCORE_LEVELS, r);
    ObjectNode score = n.putObject("interview_score");
    score.put("id", catalogId(SALT_SCORE, level.level()));
    score.put("level", level.level());
    score.put("zh_name", level.name().zh());
    score.put("zh_description", level.description().zh());
    score.put("en_name", level.name().en());
    score.put("en_description", level.description().en());
    if (summary) {
      user(n.putObject("interviewer"), interviewer, userType);
      return n;
    }
    ObjectNode assessment = n.putObject("assessment_score");
    int calculateType = enums.pick("calculate_type", r);
    int fullScore = calculateType == 2 ? 10 : 100;
    assessment.put("calculate_type", calculateType);
    assessment.put("score", r.nextInt(fullScore * 100 + 1) / 100.0);
    assessment.put("full_score", fullScore);
    ArrayNode questions = n.putArray("question_list");
    for (int q : distinct(r, Catalog.QUESTIONS.size(), 1 + r.nextInt(3))) {
      question(questions.addObject(), SALT_QUESTION, q, Catalog.QUESTIONS.get(q), r, true);
    }
    ArrayNode codeQuestions = n.putArray("code_question_list");
    for (int q : distinct(r, Catalog.CODE_QUESTIONS.size(), r.nextInt(3))) {
      ObjectNode code = codeQuestions.addObject();
      question(code, SALT_CODE_QUESTION, q, Catalog.CODE_QUESTIONS.get(q), r, false);
      ability(code.putArray("ability_list").addObject(), CODING_ABILITY);
    }
    user(n.putObject("interviewer"), interviewer, userType);
    ArrayNode images = n.putArray("image_list");
    int imageCount = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
    for (int k = 0; k < imageCount; k++) {
      long imageId = snowflake(IMAGE_ID_BASE, 4, ordinal * 4L + k, SALT_IMAGE);
      Text name = pick(Catalog.IMAGE_NAMES, r);
      boolean png = r.nextBoolean();
      ObjectNode image = images.addObject();
      image.put("id", String.valueOf(imageId));
      image.put("url", "https://open.feishu.cn/hire/file/blob/" + imageId + "/");
      image.put("name", name.zh() + (png ? ".png" : ".jpg"));
      image.put("mime", png ? "image/png" : "image/jpeg");
      image.put("create_time", String.valueOf(end + r.nextLong(60 * MINUTE)));
    }
    ArrayNode dimensions = n.putArray("dimension_assessment_list");
    List<Integer> types = new ArrayList<>(presetDimensionTypes);
    List<Integer> custom = customDimensionTypes;
    for (int k : distinct(r, custom.size(), Math.min(custom.size(), 1 + r.nextInt(3)))) {
      types.add(custom.get(k));
    }
    for (int k = 0; k < types.size(); k++) {
      dimension(dimensions.addObject(), types.get(k), ordinal * 16L + k, content, conclusion, level, r);
    }
    return n;
  }

  private void dimension(ObjectNode d, int type, long serial, String recordContent, int conclusion,
      ScoreLevel level, SplittableRandom r) {
    Dimension template = Catalog.dimension(type);
    d.put("id", String.valueOf(snowflake(DIMENSION_ID_BASE, 1, serial, SALT_DIMENSION)));
    i18n(d.putObject("name"), template.name());
    if (type == 6 || type == 7) {
      d.put("full_score", type == 6 ? 10 : 100);
    }
    switch (type) {
      case 3 -> d.put("content", pick(Catalog.DESCRIPTIVE_ANSWERS, r).zh());
      case 4 -> d.put("content", pick(Catalog.SINGLE_LINE_ANSWERS, r));
      case 5 -> d.put("content", pick(Catalog.JOB_LEVEL_RANGES, r));
      case 12 -> d.put("content", recordContent);
      default -> { }
    }
    d.put("dimension_id", catalogId(SALT_DIMENSION_DEF, type));
    switch (type) {
      case 1, 6 -> {
        int option = r.nextInt(template.options().size());
        option(d.putObject("dimension_score"), type, option, template.options().get(option),
            type == 6 ? (template.options().size() - option) * 3 + 1 : null);
      }
      case 10 -> {
        int option = conclusion == 1 ? 0 : conclusion == 2 ? 1 : 2;
        option(d.putObject("dimension_score"), type, option, template.options().get(option), null);
      }
      case 11 -> option(d.putObject("dimension_score"), type, level.level() - 1,
          template.options().get(level.level() - 1), level.level());
      case 2 -> {
        ArrayNode list = d.putArray("dimension_score_list");
        for (int option : distinct(r, template.options().size(), 1 + r.nextInt(3))) {
          option(list.addObject(), type, option, template.options().get(option), option + 1);
        }
      }
      case 7 -> d.put("dimension_custom_score", r.nextInt(101));
      default -> { }
    }
    ArrayNode abilities = d.putArray("ability_list");
    for (int a : distinct(r, Catalog.ABILITIES.size(), r.nextInt(3))) {
      ability(abilities.addObject(), a);
    }
    ArrayNode questions = d.putArray("question_list");
    if (!PRESET_DIMENSIONS.contains(type) && r.nextInt(3) == 0) {
      int q = r.nextInt(Catalog.QUESTIONS.size());
      question(questions.addObject(), SALT_QUESTION, q, Catalog.QUESTIONS.get(q), r, true);
    }
    d.put("dimension_type", type);
  }

  private void option(ObjectNode o, int type, int option, Text name, Integer scoreVal) {
    o.put("id", catalogId(SALT_OPTION, type * 100L + option));
    i18n(o.putObject("name"), name);
    if (scoreVal != null) {
      o.put("score_val", scoreVal);
    }
  }

  private void question(ObjectNode q, long salt, int which, Text title, SplittableRandom r,
      boolean withAbilities) {
    q.put("id", catalogId(salt, which));
    i18n(q.putObject("title"), title);
    i18n(q.putObject("description"), pick(Catalog.QUESTION_DESCRIPTIONS, r));
    q.put("content", pick(Catalog.ANSWERS, r));
    if (withAbilities) {
      ArrayNode abilities = q.putArray("ability_list");
      for (int a : distinct(r, Catalog.ABILITIES.size(), 1 + r.nextInt(2))) {
        ability(abilities.addObject(), a);
      }
    }
  }

  private void ability(ObjectNode a, int which) {
    Text name = Catalog.ABILITIES.get(which);
    a.put("id", catalogId(SALT_ABILITY, which));
    i18n(a.putObject("name"), name);
    i18n(a.putObject("description"), name);
  }

  private void user(ObjectNode n, int user, int type) {
    n.put("id", userIds[type][user]);
    i18n(n.putObject("name"), userNames[user]);
  }

  private static void idName(ObjectNode n, String id, Text name) {
    n.put("id", id);
    i18n(n.putObject("name"), name);
  }

  private static void codeName(ObjectNode n, String code, Text name) {
    n.put("code", code);
    i18n(n.putObject("name"), name);
  }

  private static void i18n(ObjectNode n, Text text) {
    n.put("zh_cn", text.zh());
    n.put("en_us", text.en());
  }

  // ---------------------------------------------------------------- ids and randomness

  /** Id of the application with this number (0 ≤ number &lt; {@link #applicationCount()}). */
  String applicationIdOfNumber(int application) {
    return String.valueOf(
        snowflake(APPLICATION_ID_BASE, APPLICATION_ID_STEP, application, SALT_APPLICATION));
  }

  private String catalogId(long salt, long which) {
    return String.valueOf(snowflake(CATALOG_ID_BASE + salt * 1_000_000L, 1, which, salt));
  }

  /** Number of the application with this id (its position in id order), or -1. */
  long applicationNumber(String applicationId) {
    return unSnowflake(applicationId, APPLICATION_ID_BASE, APPLICATION_ID_STEP, SALT_APPLICATION,
        applicationCount());
  }

  /**
   * A snowflake-like id, {@code (base + index * step) << 22} plus 22 bits drawn from
   * {@code (seed, salt, index)}: ids grow with the index and map back to it without a table.
   */
  long snowflake(long base, long step, long index, long salt) {
    return ((base + index * step) << 22) | (mix(seed, salt, index) & LOW_MASK);
  }

  /** The index {@link #snowflake} made {@code id} from, below {@code count}; -1 otherwise. */
  long unSnowflake(String id, long base, long step, long salt, long count) {
    if (id == null || id.isEmpty() || id.length() > 19 || !id.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    long value;
    try {
      value = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
    long offset = (value >>> 22) - base;
    if (offset < 0 || offset % step != 0 || offset / step >= count) {
      return -1;
    }
    long index = offset / step;
    return snowflake(base, step, index, salt) == value ? index : -1;
  }

  private int userType(String userIdType) {
    int type = USER_ID_TYPES.indexOf(userIdType == null ? "open_id" : userIdType);
    if (type < 0) {
      throw new IllegalArgumentException("unknown user_id_type " + userIdType);
    }
    return type;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("interview index " + index + " of " + size);
    }
  }

  /** SplitMix64 finaliser over seed, salt and index: independent streams per (salt, index). */
  static long mix(long seed, long salt, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Sixteen lower-case hex digits. */
  static String hex(long value) {
    return String.format("%016x", value);
  }

  private static <T> T pick(List<T> values, SplittableRandom r) {
    return values.get(r.nextInt(values.size()));
  }

  /** {@code count} distinct indices below {@code bound}, ascending. */
  private static int[] distinct(SplittableRandom r, int bound, int count) {
    Set<Integer> picked = new HashSet<>();
    int wanted = Math.min(count, bound);
    while (picked.size() < wanted) {
      picked.add(r.nextInt(bound));
    }
    return picked.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /**
   * Fields of the records nested in an interview: the seven Feishu's current doc lists for
   * {@code interview_record_list} (facts D2), as far as the spec's item schema has them. The
   * full record comes from {@code /interview_records}.
   */
  static final List<String> NESTED_RECORD_FIELDS = List.of(
      "id", "user_id", "content", "commit_status", "conclusion", "interview_score", "interviewer");

  private static List<String> nestedRecordFields(SpecModel spec) {
    List<String> inSpec;
    try {
      inSpec = spec.responseProperties(
          "listInterviews", "data", "items", "[]", "interview_record_list", "[]");
    } catch (RuntimeException e) {
      inSpec = NESTED_RECORD_FIELDS;
    }
    return NESTED_RECORD_FIELDS.stream().filter(inSpec::contains).toList();
  }

  /** Values of each coded response field, from the spec, with Feishu's documented fallback. */
  static final class EnumValues {
    private static final Map<String, int[]> DOCUMENTED = Map.ofEntries(
        Map.entry("interview_round_summary", IntStream.rangeClosed(2, 18).toArray()),
        Map.entry("interview_type", new int[] {1, 2, 3}),
        Map.entry("video_type", new int[] {1, 2, 3, 4, 5, 8, 9, 100}),
        Map.entry("arrangement_status", new int[] {1, 2, 3}),
        Map.entry("arrangement_type", new int[] {1, 2}),
        Map.entry("arrangement_appointment_kind", new int[] {1, 2}),
        Map.entry("reserved_status", new int[] {1, 2, 3}),
        Map.entry("commit_status", new int[] {1, 2}),
        Map.entry("conclusion", new int[] {1, 2, 3, 4, 5, 6}),
        Map.entry("calculate_type", new int[] {1, 2}),
        Map.entry("dimension_type", new int[] {1, 2, 3, 4, 5, 6, 7, 10, 11, 12}));

    private final Map<String, int[]> values = new LinkedHashMap<>();

    EnumValues(SpecModel spec) {
      Map<String, List<Integer>> declared =
          spec.integerEnumProperties("listInterviews", "listInterviewRecords");
      for (Map.Entry<String, int[]> e : DOCUMENTED.entrySet()) {
        List<Integer> fromSpec = declared.getOrDefault(e.getKey(), List.of());
        values.put(e.getKey(), fromSpec.isEmpty()
            ? e.getValue() : fromSpec.stream().mapToInt(Integer::intValue).toArray());
      }
    }

    int[] values(String field) {
      return values.get(field);
    }

    int pick(String field, SplittableRandom r) {
      int[] v = values.get(field);
      return v[r.nextInt(v.length)];
    }

    /** A value other than {@code excluded} (when there is one). */
    int pickOther(String field, int excluded, SplittableRandom r) {
      int[] v = Arrays.stream(values.get(field)).filter(x -> x != excluded).toArray();
      return v.length == 0 ? excluded : v[r.nextInt(v.length)];
    }
  }
}
