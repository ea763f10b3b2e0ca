package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.model.AssessmentScoreInfo;
import io.larkgen.hire.model.Attachment;
import io.larkgen.hire.model.CalculateType;
import io.larkgen.hire.model.CommitStatus;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.IdNameObject;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.hire.model.InterviewScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random values survive encode then decode unchanged: every component, absent or set,
 * known and unknown enum codes, non-ASCII text and unknown fields of every plain type.
 */
class CodecRoundTripTest {
  private final Random random = new Random(20260101L);

  @Test
  void randomInterviewRecordsRoundTrip() {
    for (int i = 0; i < 500; i++) {
      InterviewRecord record = randomRecord();
      String json = Json.encode(InterviewRecordCodec.INSTANCE, record);
      assertEquals(record, Json.decode(InterviewRecordCodec.INSTANCE, json), json);
      assertEquals(json, Json.encode(InterviewRecordCodec.INSTANCE, Json.decode(InterviewRecordCodec.INSTANCE, json)));
    }
  }

  private InterviewRecord randomRecord() {
    return InterviewRecord.builder()
        .id(maybe(this::text))
        .userId(maybe(this::text))
        .content(maybe(this::text))
        .commitStatus(random.nextBoolean() ? null : CommitStatus.of(random.nextInt(4)))
        .conclusion(random.nextBoolean() ? null : Conclusion.of(random.nextInt(9) - 1))
        .feedbackSubmitTime(random.nextBoolean() ? null : random.nextLong())
        .interviewScore(
            random.nextBoolean()
                ? null
                : InterviewScore.builder().id(text()).level(random.nextInt()).zhName(maybe(this::text)).build())
        .assessmentScore(
            random.nextBoolean()
                ? null
                : new AssessmentScoreInfo(
                    CalculateType.of(random.nextInt(3)), random.nextDouble() * 100, random.nextLong(), Map.of()))
        .interviewer(random.nextBoolean() ? null : new IdNameObject(text(), new I18n(text(), text(), Map.of()), Map.of()))
        .imageList(attachments())
        .extraProperties(extras())
        .build();
  }

  private List<Attachment> attachments() {
    List<Attachment> list = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      list.add(Attachment.builder().id(text()).url("https://example.com/" + i).createTime(String.valueOf(random.nextLong())).build());
    }
    return list;
  }

  private Map<String, Object> extras() {
    Map<String, Object> extra = new LinkedHashMap<>();
    if (random.nextInt(3) == 0) {
      extra.put("future_text", text());
      extra.put("future_number", random.nextLong());
      extra.put("future_double", 0.5);
      extra.put("future_flag", random.nextBoolean());
      extra.put("future_null", null);
      extra.put("future_list", List.of(1L, "二", Map.of("k", false)));
    }
    return extra;
  }

  private String text() {
    String[] words = {"通过", "Tony Ma", "a\"quote", "tab\there", "😀", "", "line\nbreak", "\\back"};
    return words[random.nextInt(words.length)] + random.nextInt(100);
  }

  private <T> T maybe(java.util.function.Supplier<T> value) {
    return random.nextBoolean() ? value.get() : null;
  }
}
