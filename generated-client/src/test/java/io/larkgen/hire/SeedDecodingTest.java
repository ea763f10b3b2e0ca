package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.hire.model.CalculateType;
import io.larkgen.hire.model.CommitStatus;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.DimensionType;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.hire.model.InterviewType;
import io.larkgen.hire.model.ReservedStatus;
import io.larkgen.hire.model.VideoType;
import io.larkgen.runtime.Page;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example responses of the two Feishu doc pages decode into the documented values. */
class SeedDecodingTest {

  @Test
  void listInterviewsExampleDecodes() {
    Page<Interview> page =
        Json.decode(Json.INTERVIEWS_PAGE, Json.seedData("list-interviews.json"));
    assertEquals(true, page.hasMore());
    assertEquals("1234452132", page.pageToken());
    assertEquals(1, page.items().size());

    Interview interview = page.items().get(0);
    assertEquals("6949805467799537964", interview.id());
    assertEquals(1618899376474L, interview.beginTime());
    assertEquals(Optional.of(Instant.ofEpochMilli(1618899376474L)), interview.beginTimeInstant());
    assertEquals(0, interview.round());
    assertEquals("笔试", interview.stage().name().zhCn());
    assertEquals("writing", interview.stage().name().enUs());
    assertEquals("UTC+08:00", interview.talentTimeZone().code());
    assertEquals("成都", interview.address().city().name().zhCn());
    assertSame(InterviewType.ONSITE, interview.interviewType());
    assertSame(VideoType.ZOOM, interview.videoType());
    // The page's own example uses 1, which the documented enum does not define (starts at 2).
    assertEquals(1, interview.interviewRoundSummary().code());
    assertTrue(interview.interviewRoundSummary().known().isEmpty());
    assertSame(ReservedStatus.RESERVING, interview.meetingRoomList().get(0).reservedStatus());
    assertEquals("第一轮", interview.interviewRoundType().name().zhCn());

    InterviewRecord record = interview.interviewRecordList().get(0);
    assertSame(CommitStatus.SUBMITTED, record.commitStatus());
    assertSame(Conclusion.PASS, record.conclusion());
    assertEquals(3, record.interviewScore().level());
    assertEquals("周小二", record.interviewer().name().zhCn());
    assertEquals(Optional.empty(), record.feedbackSubmitTimeInstant());
  }

  @Test
  void listInterviewRecordsExampleDecodes() {
    Page<InterviewRecord> page =
        Json.decode(
            Json.RECORDS_PAGE, Json.seedData("list-interview-records.json"));
    assertEquals(true, page.hasMore());
    InterviewRecord record = page.items().get(0);
    assertEquals("ou_d5a80ec46044e4454036308c8e19dc64", record.userId());
    assertEquals(1582084402092L, record.feedbackSubmitTime());
    assertSame(CalculateType.TOTAL, record.assessmentScore().calculateType());
    assertEquals(1.0, record.assessmentScore().score());
    assertEquals(100L, record.assessmentScore().fullScore());
    assertEquals("创新思维", record.questionList().get(0).abilityList().get(0).name().zhCn());
    assertEquals("1693884103327", record.imageList().get(0).createTime());
    assertEquals(
        Optional.of(Instant.ofEpochMilli(1693884103327L)), record.imageList().get(0).createTimeInstant());
    assertSame(DimensionType.SINGLE_CHOICE, record.dimensionAssessmentList().get(0).dimensionType());
    assertEquals(10, record.dimensionAssessmentList().get(0).dimensionScore().scoreVal());
    assertTrue(record.extraProperties().isEmpty());
  }

  @Test
  void reencodingGivesTheSameJson() {
    for (String seed : new String[] {"list-interviews.json", "list-interview-records.json"}) {
      String data = Json.seedData(seed);
      String encoded =
          seed.startsWith("list-interviews")
              ? Json.encode(Json.INTERVIEWS_PAGE, Json.decode(Json.INTERVIEWS_PAGE, data))
              : Json.encode(
                  Json.RECORDS_PAGE,
                  Json.decode(Json.RECORDS_PAGE, data));
      assertTrue(Json.tree(data).equals(NUMERIC, Json.tree(encoded)), seed + ": " + encoded);
    }
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() {
    String json =
        "{\"id\":\"r1\",\"new_field\":{\"a\":[1,2.5,\"x\",null,true]},\"big\":123456789012345678901234567890}";
    InterviewRecord record = Json.decode(io.larkgen.hire.codec.InterviewRecordCodec.INSTANCE, json);
    assertEquals("r1", record.id());
    assertEquals(2, record.extraProperties().size());
    assertEquals(json, Json.encode(io.larkgen.hire.codec.InterviewRecordCodec.INSTANCE, record));
  }

  @Test
  void nullFieldsReadAsAbsent() {
    InterviewRecord record =
        Json.decode(
            io.larkgen.hire.codec.InterviewRecordCodec.INSTANCE,
            "{\"id\":null,\"conclusion\":null,\"question_list\":null,\"interviewer\":null}");
    assertEquals(null, record.id());
    assertEquals(null, record.conclusion());
    assertEquals(0, record.questionList().size());
    assertEquals("{}", Json.encode(io.larkgen.hire.codec.InterviewRecordCodec.INSTANCE, record));
  }

  /** Numbers compare by value, so {@code 1} and {@code 1.0} are the same score. */
  private static final Comparator<JsonNode> NUMERIC =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };
}
