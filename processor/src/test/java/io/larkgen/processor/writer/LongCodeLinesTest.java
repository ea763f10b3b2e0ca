package io.larkgen.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LongCodeLinesTest {

  @Test
  void aLongDeclarationBreaksAfterItsEqualsSign() {
    String type = "Operation<ListInterviewRecordsRequest, Page<InterviewRecord>>";
    String line = "  public static final " + type + " LIST_INTERVIEW_RECORDS = Operation.<ListInterviewRecordsRequest, "
        + "Page<InterviewRecord>>builder(";
    assertEquals(
        "  public static final " + type + " LIST_INTERVIEW_RECORDS =\n"
            + "      Operation.<ListInterviewRecordsRequest, Page<InterviewRecord>>builder(",
        LongCodeLines.wrap(line));
  }

  @Test
  void argumentsBreakAfterCommasAndALongLiteralKeepsALineOfItsOwn() {
    String literal = "\"" + "请求频率超限, 请按 x-ogw-ratelimit-reset 等待后重试 / ".repeat(4) + "\"";
    String line = "      new ErrorCode(99991400, 429, \"request trigger frequency limit\", " + literal
        + ", ErrorCode.Retry.BACKOFF),";
    assertEquals(
        "      new ErrorCode(99991400, 429, \"request trigger frequency limit\",\n"
            + "          " + literal + ",\n"
            + "          ErrorCode.Retry.BACKOFF),",
        LongCodeLines.wrap(line));
  }

  @Test
  void concatenationBreaksBeforeTheLastPlusThatFitsOutsideLiterals() {
    String line = "      throw new IllegalArgumentException(\"at least one of owner_id, start_time, end_time must be set\" + "
        + "detail + \" (不允许 owner_id、start_time、end_time 同时为空)\");";
    assertEquals(
        "      throw new IllegalArgumentException(\"at least one of owner_id, start_time, end_time must be set\" + detail\n"
            + "          + \" (不允许 owner_id、start_time、end_time 同时为空)\");",
        LongCodeLines.wrap(line));
  }

  @Test
  void aLongLiteralArgumentMovesToALineOfItsOwn() {
    String literal = "\"at least one of owner_id, born_after, ids must be set (不允许 owner_id、born_after、ids 同时为空 / "
        + "owner_id, born_after and ids may not all be empty)\"";
    assertEquals(
        "      throw new IllegalArgumentException(\n          " + literal + ");",
        LongCodeLines.wrap("      throw new IllegalArgumentException(" + literal + ");"));
  }

  @Test
  void typeDeclarationsBreakBeforeTheirClausesAndCasesAfterTheArrow() {
    String type = "CreateExternalReferralRewardResponse";
    assertEquals(
        "public final class " + type + "Codec\n    implements JsonCodec<" + type + "> {",
        LongCodeLines.wrap("public final class " + type + "Codec implements JsonCodec<" + type + "> {"));
    String sealed = "PatchExternalInterviewAssessmentRequestBodyConclusion";
    assertEquals(
        "public sealed interface " + sealed + "\n    permits " + sealed + ".Known,\n    " + sealed + ".Unknown {",
        LongCodeLines.wrap("public sealed interface " + sealed + " permits " + sealed + ".Known, " + sealed
            + ".Unknown {"));
    String value = "\"hire.ehr_import_task_for_internship_offer.imported_v1\"";
    assertEquals(
        "      case " + value + " ->\n          Known.EHR_IMPORT_TASK_FOR_INTERNSHIP_OFFER_IMPORTED_V1;",
        LongCodeLines.wrap("      case " + value + " -> Known.EHR_IMPORT_TASK_FOR_INTERNSHIP_OFFER_IMPORTED_V1;"));
  }

  @Test
  void commentsAndShortLinesStay() {
    String comment = "    // " + "a, b = c + d ".repeat(12);
    String trailing = "    call(a, b); // " + "a, b = c + d ".repeat(12);
    String javadoc = "   * " + "a, b = c + d ".repeat(12);
    String source = "class A {\n" + comment + "\n" + trailing + "\n" + javadoc + "\n  int x = 1, y = 2;\n}\n";
    assertEquals(source, LongCodeLines.wrap(source));
  }
}
