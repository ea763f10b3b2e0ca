package io.larkgen.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource({
    "begin_time, beginTime",
    "interview_records, interviewRecords",
    "listInterviews, listInterviews",
    "ListInterviews, listInterviews",
    "page_token, pageToken",
    "user_id_type, userIdType",
    "i18n_name, i18nName",
    "id, id",
    "ID, id",
    "userIDType, userIdType",
    "x-lark-method, xLarkMethod",
    "class, class",
  })
  void lowerCamel(String wire, String expected) {
    assertEquals(expected, Names.lowerCamel(wire));
  }

  @ParameterizedTest
  @CsvSource({
    "interview_records, InterviewRecords",
    "listInterviews, ListInterviews",
    "interviews, Interviews",
    "hire, Hire",
    "HTTPServer, HttpServer",
    "I18n, I18n",
  })
  void upperCamel(String wire, String expected) {
    assertEquals(expected, Names.upperCamel(wire));
  }

  @ParameterizedTest
  @CsvSource({
    "listInterviews, LIST_INTERVIEWS",
    "interview_records, INTERVIEW_RECORDS",
    "getInterviewRecord, GET_INTERVIEW_RECORD",
    "open_id, OPEN_ID",
    "HTTPServer, HTTP_SERVER",
    "v1, V1",
  })
  void upperSnake(String wire, String expected) {
    assertEquals(expected, Names.upperSnake(wire));
  }

  @Test
  void wordsSplitAtSeparatorsAndCaseChanges() {
    assertEquals(List.of("list", "Interview", "Records"), Names.words("listInterview_Records"));
    assertEquals(List.of("a", "b"), Names.words("__a--b__"));
    assertEquals(List.of(), Names.words("___"));
  }

  @ParameterizedTest
  @CsvSource({
    "class, class_",
    "new, new_",
    "true, true_",
    "null, null_",
    "enum, enum_",
    "_, __",
    "beginTime, beginTime",
    "String, String",
  })
  void javaIdentifierEscapesKeywords(String name, String expected) {
    assertEquals(expected, Names.javaIdentifier(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1abc", "foo-bar", "a b", "a.b"})
  void javaIdentifierRejectsNonIdentifiers(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Names.javaIdentifier(name));
    assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
  }

  @Test
  void reservedMemberNamesAreMovedAside() {
    assertEquals("builder_", Names.memberName("builder"));
    assertEquals("hashCode_", Names.memberName("hash_code"));
    assertEquals("beginTime", Names.memberName("begin_time"));
  }

  @Test
  void isValidIdentifier() {
    assertTrue(Names.isValidIdentifier("beginTime"));
    assertTrue(Names.isValidIdentifier("class_"));
    assertFalse(Names.isValidIdentifier("class"));
    assertFalse(Names.isValidIdentifier("9lives"));
    assertFalse(Names.isValidIdentifier(""));
  }

  @Test
  void isKeyword() {
    assertTrue(Names.isKeyword("int"));
    assertTrue(Names.isKeyword("false"));
    assertFalse(Names.isKeyword("Int"));
  }
}
