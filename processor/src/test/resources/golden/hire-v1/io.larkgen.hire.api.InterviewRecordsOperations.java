package io.larkgen.hire.api;

import io.larkgen.hire.codec.GetInterviewRecordResponseCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.annotations.GeneratedClient;
import javax.annotation.processing.Generated;

/**
 * The descriptors of the operations of {@link InterviewRecordsApi} (route, codecs, rate limit, error codes),
 * which {@link DefaultInterviewRecordsApi} hands to the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
final class InterviewRecordsOperations {
  /**
   * 批量获取面试评价详细信息 / List interview records:
   * {@code GET} {@code /open-apis/hire/v1/interview_records}.
   */
  static final Operation<ListInterviewRecordsRequest, Page<InterviewRecord>> LIST_INTERVIEW_RECORDS =
      listInterviewRecords();

  /**
   * How {@link #LIST_INTERVIEW_RECORDS} pages.
   */
  static final Paging<ListInterviewRecordsRequest, Page<InterviewRecord>,
      InterviewRecord> LIST_INTERVIEW_RECORDS_PAGING = Page.paging(
      ListInterviewRecordsRequest::withPageToken);

  /**
   * 获取面试评价详细信息 / Get an interview record:
   * {@code GET} {@code /open-apis/hire/v1/interview_records/{interview_record_id}}.
   */
  static final Operation<GetInterviewRecordRequest, GetInterviewRecordResponse> GET_INTERVIEW_RECORD =
      getInterviewRecord();

  private InterviewRecordsOperations() {
  }

  private static Operation<ListInterviewRecordsRequest, Page<InterviewRecord>> listInterviewRecords(
      ) {
    return Operation.<ListInterviewRecordsRequest, Page<InterviewRecord>>builder(
            "hire.v1.interview_records.list", HttpMethod.GET,
                "/open-apis/hire/v1/interview_records")
        .encoder(ListInterviewRecordsRequest.ENCODER)
        .dataReader(Page.codec(InterviewRecordCodec.INSTANCE))
        .errorCodes(ErrorCodes.withCommon(
            new ErrorCode(1002001, 500, "系统错误",
                "系统错误，根据实际报错信息定位或咨询技术支持 / system error; check the message or contact support",
                ErrorCode.Retry.BACKOFF),
            new ErrorCode(1002002, 400, "参数错误",
                "参数错误，检查参数是否正确，例如类型，大小 / invalid parameter; check types and sizes",
                ErrorCode.Retry.NEVER)))
        .rateLimit(new RateLimit("listInterviewRecords", 10))
        .build();
  }

  private static Operation<GetInterviewRecordRequest, GetInterviewRecordResponse> getInterviewRecord(
      ) {
    return Operation.<GetInterviewRecordRequest, GetInterviewRecordResponse>builder(
            "hire.v1.interview_records.get", HttpMethod.GET,
                "/open-apis/hire/v1/interview_records/{interview_record_id}")
        .encoder(GetInterviewRecordRequest.ENCODER)
        .dataReader(GetInterviewRecordResponseCodec.INSTANCE)
        .errorCodes(ErrorCodes.withCommon(
            new ErrorCode(1002001, 500, "系统错误",
                "系统错误，根据实际报错信息定位或咨询技术支持 / system error; check the message or contact support",
                ErrorCode.Retry.BACKOFF),
            new ErrorCode(1002002, 400, "参数错误",
                "参数错误，检查参数是否正确，例如类型，大小 / invalid parameter; check types and sizes",
                ErrorCode.Retry.NEVER)))
        .rateLimit(new RateLimit("getInterviewRecord", 20))
        .build();
  }
}
