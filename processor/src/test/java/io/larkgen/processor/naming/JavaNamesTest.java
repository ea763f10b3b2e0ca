package io.larkgen.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

  @ParameterizedTest
  @CsvSource({
    "listInterviews, ListInterviewsRequest",
    "list_pets, ListPetsRequest",
    "getHTTPConfig, GetHttpConfigRequest",
    "get_v2, GetV2Request",
    "面试列表, 面试列表Request",
  })
  void requestType(String operationId, String expected) {
    assertEquals(expected, JavaNames.requestType(operationId));
  }

  @ParameterizedTest
  @CsvSource({
    "interview, InterviewApi, interview",
    "interview_record, InterviewRecordApi, interviewRecord",
    "talent-pool, TalentPoolApi, talentPool",
    "class, ClassApi, class_",
    "面试, 面试Api, 面试",
  })
  void serviceTypeAndField(String resource, String type, String field) {
    assertEquals(type, JavaNames.serviceType(resource));
    assertEquals(field, JavaNames.serviceField(resource));
  }

  @ParameterizedTest
  @CsvSource({
    "I18n, I18n",
    "InterviewRecord, InterviewRecord",
    "interview_extend, interview_extend",
    "interview-extend, InterviewExtend",
    "job.info, JobInfo",
    "面试, 面试",
    "1st, 1st",
  })
  void modelType(String schemaName, String expected) {
    assertEquals(expected, JavaNames.modelType(schemaName));
  }

  @Test
  void codecOfAModel() {
    assertEquals("InterviewCodec", JavaNames.codecType("Interview"));
  }

  @ParameterizedTest
  @CsvSource({
    "begin_time, beginTime",
    "user_id_type, userIdType",
    "class, class_",
    "new, new_",
    "hash_code, hashCode_",
    "builder, builder_",
    "extra_properties, extraProperties_",
    "开始_时间, 开始时间",
    "开始（时间）, 开始时间",
  })
  void member(String wire, String expected) {
    assertEquals(expected, JavaNames.member(wire));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1st_place", "", "__"})
  void aMemberThatCannotBeANameIsRejected(String wire) {
    assertThrows(IllegalArgumentException.class, () -> JavaNames.member(wire));
  }

  @Test
  void wireNamesThatClash() {
    // Each pair is two spec names that give one Java name: the loader reports these.
    assertEquals(JavaNames.member("hash_code"), JavaNames.member("hash_code_"));
    assertEquals(JavaNames.instantView(JavaNames.member("begin_time")), JavaNames.member("begin_time_instant"));
    assertEquals(JavaNames.requestType("getPet"), JavaNames.requestType("get_pet"));
    assertEquals(JavaNames.serviceType("pets"), JavaNames.serviceType("Pets"));
    assertEquals(JavaNames.method("getById"), JavaNames.method("getByID"));
    assertEquals(JavaNames.serviceMethods("list", true).get(2), JavaNames.method("listAll"));
    assertNotEquals(JavaNames.modelType("interview_extend"), JavaNames.modelType("Interview_Extend"));
  }

  @Test
  void serviceMethodsOfAnOperation() {
    assertEquals(List.of("list", "listAsync"), JavaNames.serviceMethods("list", false));
    assertEquals(List.of("list", "listAsync", "listAll"), JavaNames.serviceMethods("list", true));
    assertEquals(List.of("getById", "getByIdAsync"), JavaNames.serviceMethods("getByID", false));
    assertEquals("searchAsync", JavaNames.asyncMethod("search"));
    assertEquals("searchAll", JavaNames.allMethod("search"));
  }

  @ParameterizedTest
  @CsvSource({
    "listInterviews, LIST_INTERVIEWS, LIST_INTERVIEWS_PAGING",
    "get_v2, GET_V2, GET_V2_PAGING",
    "getHTTPConfig, GET_HTTP_CONFIG, GET_HTTP_CONFIG_PAGING",
  })
  void operationConstants(String operationId, String constant, String paging) {
    assertEquals(constant, JavaNames.operationConstant(operationId));
    assertEquals(paging, JavaNames.pagingConstant(operationId));
  }

  @ParameterizedTest
  @CsvSource({
    "NOT_STARTED, NOT_STARTED",
    "notStarted, NOT_STARTED",
    "V1, V1",
    "已完成, 已完成",
  })
  void enumConstant(String varName, String expected) {
    assertEquals(expected, JavaNames.enumConstant(varName));
  }

  @Test
  void anEnumConstantWithALeadingDigitIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> JavaNames.enumConstant("2nd"));
  }

  @Test
  void entryPointAndVersions() {
    assertEquals("Hire", JavaNames.entryType("hire"));
    assertEquals("HireV1", JavaNames.versionedServiceType("hire", "v1"));
    assertEquals("v1", JavaNames.versionMember("v1"));
    assertEquals("v2Beta", JavaNames.versionMember("v2_beta"));
  }

  @Test
  void instantViewAndConstantsOfWriters() {
    assertEquals("createTimeInstant", JavaNames.instantView("createTime"));
    assertEquals("USER_ID_PATTERN", JavaNames.requestPatternConstant("user_id"));
    assertEquals("PATTERN_USER_ID", JavaNames.codecPatternConstant("user_id"));
  }
}
