package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.larkgen.hire.api.GetInterviewRecordRequest;
import io.larkgen.hire.api.InterviewRecordsApi;
import io.larkgen.hire.api.InterviewsApi;
import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.UserIdType;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Generated services hand the right descriptor, request and options to the client. */
class ServiceTest {

  private final FakeLarkClient client = new FakeLarkClient();
  private final Hire hire = Hire.of(client);

  @Test
  void operationConstantsDescribeTheRoutes() {
    assertEquals("hire.v1.interviews.list", InterviewsApi.LIST_INTERVIEWS.id());
    assertEquals(HttpMethod.GET, InterviewsApi.LIST_INTERVIEWS.method());
    assertEquals("/open-apis/hire/v1/interviews", InterviewsApi.LIST_INTERVIEWS.pathTemplate());
    assertEquals(Optional.of(new RateLimit("listInterviews", 50)), InterviewsApi.LIST_INTERVIEWS.rateLimit());
    assertEquals("/open-apis/hire/v1/interview_records", InterviewRecordsApi.LIST_INTERVIEW_RECORDS.pathTemplate());
    assertEquals(10, InterviewRecordsApi.LIST_INTERVIEW_RECORDS.rateLimit().orElseThrow().permitsPerSecond());
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
    assertSame(InterviewsApi.LIST_INTERVIEWS, call.operation());
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
    assertSame(InterviewRecordsApi.LIST_INTERVIEW_RECORDS, client.calls.get(1).operation());
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
    assertSame(InterviewRecordsApi.GET_INTERVIEW_RECORD, call.operation());
    assertEquals(
        "/open-apis/hire/v1/interview_records/{interview_record_id}",
        InterviewRecordsApi.GET_INTERVIEW_RECORD.pathTemplate());
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
    assertSame(InterviewsApi.LIST_INTERVIEWS_PAGING, client.pagings.get(0));
    assertEquals(null, ((ListInterviewsRequest) client.calls.get(0).request()).pageToken());
    assertEquals("p2", ((ListInterviewsRequest) client.calls.get(1).request()).pageToken());
    assertEquals("app", ((ListInterviewsRequest) client.calls.get(1).request()).applicationId());
  }
}
