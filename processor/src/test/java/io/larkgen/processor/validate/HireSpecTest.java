package io.larkgen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The real Hire spec, from the {@code larkgen-spec} jar, loads cleanly into the expected model. */
class HireSpecTest {

  static String hireSpec() {
    try (InputStream in = HireSpecTest.class.getClassLoader().getResourceAsStream("hire-interviews-v1.yaml")) {
      if (in == null) {
        throw new IllegalStateException("hire-interviews-v1.yaml is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ApiDef hire() {
    LoadResult result = ModelBuilder.build("hire-interviews-v1.yaml", hireSpec());
    assertEquals(List.of(), result.problems());
    return result.api().orElseThrow();
  }

  @Test
  void aSpecLargerThanYamlParsersDefaultLimitLoads() {
    // SnakeYAML and swagger-parser refuse documents over 3 MiB by default; a spec with a few
    // thousand operations is that large, and must not be reported as a YAML syntax error.
    StringBuilder big = new StringBuilder(hireSpec());
    String line = "# " + "x".repeat(1021) + "\n";
    while (big.length() <= 3 * 1024 * 1024) {
      big.append(line);
    }
    LoadResult result = ModelBuilder.build("hire-interviews-v1.yaml", big.toString());
    assertEquals(List.of(), result.problems());
    assertEquals(3, result.api().orElseThrow().operations().size());
  }

  @Test
  void loadsWithoutProblems() {
    ApiDef api = hire();
    assertEquals("hire", api.service().name());
    assertEquals("v1", api.service().version());
    assertEquals("code", api.envelope().codeField());
    assertEquals("data", api.envelope().dataField());
    assertEquals(0, api.envelope().successCode());
    assertEquals(List.of("custom", "isv"), api.appTypes());
    assertEquals(12, api.commonErrorCodes().size());
    assertEquals("refresh-token", api.commonErrorCodes().get(5).retry());
    assertEquals(
        List.of("listInterviews", "listInterviewRecords", "getInterviewRecord"),
        api.operations().stream().map(OperationDef::operationId).toList());
    assertEquals(34, api.schemas().size());
    assertEquals(13, api.schemas().values().stream().filter(s -> s instanceof EnumDef).count());
    assertEquals("ListInterviewsEnvelope", api.schemas().keySet().iterator().next());
  }

  @Test
  void listInterviews() {
    OperationDef op = hire().operations().get(0);
    assertEquals("listInterviews", op.operationId());
    assertEquals("interviews", op.resource());
    assertEquals("list", op.methodName());
    assertEquals("GET", op.httpMethod());
    assertEquals("/open-apis/hire/v1/interviews", op.path());
    assertEquals(Optional.of("ListInterviewsResponse"), op.dataSchema());
    assertEquals(50, op.rateLimit().orElseThrow().requestsPerSecond());
    assertEquals("listInterviews", op.rateLimit().orElseThrow().key());
    assertEquals("page_token", op.pagination().orElseThrow().pageTokenParam());
    assertEquals("has_more", op.pagination().orElseThrow().hasMore());
    assertEquals(
        List.of("application_id", "interview_id", "start_time", "end_time"),
        op.requireAny().get(0).parameters());
    assertEquals(List.of("hire:interview:readonly", "hire:interview"), op.scopes().anyOf());
    assertEquals("user_id_type=user_id", op.scopes().fieldScopes().get(0).when());
    assertEquals(List.of("tenant_access_token"), op.tokenTypes());
    assertEquals(2, op.errorCodes().size());
    assertEquals(
        List.of("page_size", "page_token", "application_id", "interview_id", "start_time", "end_time",
            "job_level_id_type", "user_id_type"),
        op.parameters().stream().map(ParameterDef::name).toList());

    ParameterDef pageSize = op.parameters().get(0);
    assertEquals(new TypeRef.Scalar(TypeRef.ScalarKind.INT32), pageSize.type());
    assertEquals(Optional.of("10"), pageSize.defaultValue());
    assertEquals(Optional.of(new BigDecimal("100")), pageSize.constraints().maximum());
    assertEquals(ParameterDef.Location.QUERY, pageSize.in());

    ParameterDef startTime = op.parameters().get(4);
    assertEquals(new TypeRef.Scalar(TypeRef.ScalarKind.EPOCH_MILLIS_STRING), startTime.type());
    assertEquals(Optional.of(BigDecimal.ZERO), startTime.constraints().minimum());
    assertTrue(startTime.constraints().exclusiveMinimum());

    ParameterDef userIdType = op.parameters().get(7);
    assertEquals(new TypeRef.Named("UserIdType"), userIdType.type());
    assertEquals(Optional.of("open_id"), userIdType.defaultValue(), "inherited from the enum schema");
  }

  @Test
  void listInterviewRecords() {
    OperationDef op = hire().operations().get(1);
    assertEquals("listInterviewRecords", op.operationId());
    assertEquals("interview_records", op.resource());
    assertEquals(10, op.rateLimit().orElseThrow().requestsPerSecond());
    ParameterDef ids = op.parameters().stream().filter(p -> p.name().equals("ids")).findFirst().orElseThrow();
    assertEquals(new TypeRef.ListOf(new TypeRef.Scalar(TypeRef.ScalarKind.STRING)), ids.type());
    assertEquals(OptionalInt.of(100), ids.constraints().maxItems());
    assertEquals(List.of(), op.requireAny());
  }

  @Test
  void getInterviewRecord() {
    OperationDef op = hire().operations().get(2);
    assertEquals("interview_records", op.resource());
    assertEquals("get", op.methodName());
    assertEquals("/open-apis/hire/v1/interview_records/{interview_record_id}", op.path());
    assertEquals(Optional.empty(), op.pagination());
    assertEquals(20, op.rateLimit().orElseThrow().requestsPerSecond());
    ParameterDef id = op.parameters().get(0);
    assertEquals("interview_record_id", id.name());
    assertEquals(ParameterDef.Location.PATH, id.in());
    assertTrue(id.required());
    assertEquals(List.of("interview_record_id", "user_id_type"), op.parameters().stream().map(ParameterDef::name).toList());
  }

  @Test
  void objectAndEnumSchemas() {
    ApiDef api = hire();
    ObjectDef interview = assertInstanceOf(ObjectDef.class, api.schemas().get("Interview"));
    PropertyDef beginTime = interview.properties().get(1);
    assertEquals("begin_time", beginTime.jsonName());
    assertEquals(new TypeRef.Scalar(TypeRef.ScalarKind.EPOCH_MILLIS), beginTime.type());
    PropertyDef records = interview.properties().get(4);
    assertEquals(new TypeRef.ListOf(new TypeRef.Named("InterviewRecord")), records.type());

    EnumDef conclusion = assertInstanceOf(EnumDef.class, api.schemas().get("Conclusion"));
    assertEquals(EnumDef.Kind.INT, conclusion.kind());
    assertEquals(6, conclusion.values().size());
    assertEquals("1", conclusion.values().get(0).wireValue());
    assertEquals("PASS", conclusion.values().get(0).varName());
    assertEquals("通过", conclusion.values().get(0).description());
    assertEquals("Pass", conclusion.values().get(0).descriptionEn());

    EnumDef userIdType = assertInstanceOf(EnumDef.class, api.schemas().get("UserIdType"));
    assertEquals(EnumDef.Kind.STRING, userIdType.kind());
    assertEquals("open_id", userIdType.values().get(0).wireValue());

    ObjectDef envelope = assertInstanceOf(ObjectDef.class, api.schemas().get("ListInterviewsEnvelope"));
    assertTrue(envelope.properties().get(0).required());
  }
}
