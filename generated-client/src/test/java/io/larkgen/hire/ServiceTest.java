package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.larkgen.hire.api.GetInterviewRecordRequest;
import io.larkgen.hire.api.InterviewsApi;
import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.UserIdType;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generated services hand the right descriptor, request and options to the client; the
 * descriptors, which no public type exposes, are checked as the client receives them.
 */
class ServiceTest {

  private final FakeLarkClient client = new FakeLarkClient();
  private final Hire hire = Hire.of(client);

  @Test
  void theDescriptorsSentDescribeTheRoutes() {
    client.answer("{}").answer("{}");
    hire.v1().interviews().list(ListInterviewsRequest.builder().applicationId("app").build());
    hire.v1().interviewRecords().list(ListInterviewRecordsRequest.builder().ids(List.of("a")).build());

    Operation<?, ?> interviews = client.calls.get(0).operation();
    assertEquals("hire.v1.interviews.list", interviews.id());
    assertEquals(HttpMethod.GET, interviews.method());
    assertEquals("/open-apis/hire/v1/interviews", interviews.pathTemplate());
    assertEquals(Optional.of(new RateLimit("listInterviews", 50)), interviews.rateLimit());
    Operation<?, ?> records = client.calls.get(1).operation();
    assertEquals("/open-apis/hire/v1/interview_records", records.pathTemplate());
    assertEquals(10, records.rateLimit().orElseThrow().permitsPerSecond());
  }

  @Test
  void everyOverloadSendsTheSameDescriptor() throws Exception {
    client.answer("{}").answer("{}").answer("{}").answer("{\"items\":[]}");
    ListInterviewsRequest request = ListInterviewsRequest.builder().applicationId("app").build();
    InterviewsApi interviews = hire.v1().interviews();
    interviews.list(request);
    interviews.list(request, RequestOptions.forTenant("t-1"));
    interviews.listAsync(request).get();
    interviews.listAll(request).stream().forEach(i -> { });

    assertEquals(4, client.calls.size());
    Operation<?, ?> first = client.calls.get(0).operation();
    for (FakeLarkClient.Call call : client.calls) {
      assertSame(first, call.operation());
    }
  }

  @Test
  void listSendsTheOperationRequestAndEncodedParameters() {
    client.answer("{\"items\":[{\"id\":\"i1\"}],\"has_more\":false}");
    ListInterviewsRequest request =
        ListInterviewsRequest.builder()
            .startTime(Instant.ofEpochMilli(1609489908000L))
            .pageSize(20)
            .userIdType(UserIdType.UNION_ID)
            .build();
    Page<Interview> page = hire.v1().interviews().list(request, RequestOptions.forTenant("t-1"));

    assertEquals("i1", page.items().get(0).id());
    FakeLarkClient.Call call = client.calls.get(0);
    assertEquals("hire.v1.interviews.list", call.operation().id());
    assertSame(request, call.request());
    assertEquals("t-1", call.options().tenantKey());
    assertEquals(
        List.of(
            Map.entry("page_size", "20"),
            Map.entry("start_time", "1609489908000"),
            Map.entry("user_id_type", "union_id")),
        call.params().queryParams());
  }

  @Test
  void listWithoutOptionsUsesTheDefaults() throws Exception {
    client.answer("{}").answer("{}");
    ListInterviewRecordsRequest request =
        ListInterviewRecordsRequest.builder().ids(List.of("a", "b")).build();
    hire.v1().interviewRecords().list(request);
    hire.v1().interviewRecords().listAsync(request).get();

    assertEquals(2, client.calls.size());
    assertSame(RequestOptions.DEFAULT, client.calls.get(0).options());
    assertSame(client.calls.get(0).operation(), client.calls.get(1).operation());
    assertEquals("hire.v1.interview_records.list", client.calls.get(1).operation().id());
    assertEquals(
        List.of(Map.entry("ids", "a"), Map.entry("ids", "b")), client.calls.get(0).params().queryParams());
  }

  @Test
  void getSendsThePathParameter() {
    client.answer("{\"interview_record\":{\"id\":\"r9\"}}");
    GetInterviewRecordRequest request =
        GetInterviewRecordRequest.builder().interviewRecordId("r9").userIdType(UserIdType.OPEN_ID).build();
    hire.v1().interviewRecords().get(request);

    FakeLarkClient.Call call = client.calls.get(0);
    assertEquals(HttpMethod.GET, call.operation().method());
    assertEquals(
        "/open-apis/hire/v1/interview_records/{interview_record_id}", call.operation().pathTemplate());
    assertEquals(Map.of("interview_record_id", "r9"), call.params().pathParams());
    assertEquals(List.of(Map.entry("user_id_type", "open_id")), call.params().queryParams());
  }

  @Test
  void getRequiresThePathParameter() {
    LarkRequestValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            LarkRequestValidationException.class, () -> GetInterviewRecordRequest.builder().build());
    assertEquals("interview_record_id: required path parameter is not set", e.getMessage());
  }

  @Test
  void listAllFollowsPageTokensThroughThePagingConstant() {
    client
        .answer("{\"items\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"has_more\":true,\"page_token\":\"p2\"}")
        .answer("{\"items\":[{\"id\":\"3\"}],\"has_more\":false}");
    ListInterviewsRequest request = ListInterviewsRequest.builder().applicationId("app").build();

    List<String> ids = hire.v1().interviews().listAll(request).stream().map(Interview::id).toList();

    assertEquals(List.of("1", "2", "3"), ids);
    assertEquals(1, client.pagings.size(), "one paging for the whole list");
    assertSame(client.calls.get(0).operation(), client.calls.get(1).operation());
    assertEquals(null, ((ListInterviewsRequest) client.calls.get(0).request()).pageToken());
    assertEquals("p2", ((ListInterviewsRequest) client.calls.get(1).request()).pageToken());
    assertEquals("app", ((ListInterviewsRequest) client.calls.get(1).request()).applicationId());
  }
}
