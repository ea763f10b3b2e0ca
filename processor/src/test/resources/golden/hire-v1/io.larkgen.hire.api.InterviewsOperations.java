package io.larkgen.hire.api;

import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.annotations.GeneratedClient;
import javax.annotation.processing.Generated;

/**
 * The descriptors of the operations of {@link InterviewsApi} (route, codecs, rate limit, error codes),
 * which {@link DefaultInterviewsApi} hands to the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
final class InterviewsOperations {
  /**
   * 获取面试信息 / List interviews:
   * {@code GET} {@code /open-apis/hire/v1/interviews}.
   */
  static final Operation<ListInterviewsRequest, Page<Interview>> LIST_INTERVIEWS = listInterviews();

  /**
   * How {@link #LIST_INTERVIEWS} pages.
   */
  static final Paging<ListInterviewsRequest, Page<Interview>, Interview> LIST_INTERVIEWS_PAGING = Page.paging(
      ListInterviewsRequest::withPageToken);

  private InterviewsOperations() {
  }

  private static Operation<ListInterviewsRequest, Page<Interview>> listInterviews() {
    return Operation.<ListInterviewsRequest, Page<Interview>>builder(
            "hire.v1.interviews.list", HttpMethod.GET, "/open-apis/hire/v1/interviews")
        .encoder(ListInterviewsRequest.ENCODER)
        .dataReader(Page.codec(InterviewCodec.INSTANCE))
        .errorCodes(ErrorCodes.withCommon(
            new ErrorCode(1002001, 500, "系统错误",
                "系统错误，根据实际报错信息定位或咨询技术支持 / system error; check the message or contact support",
                ErrorCode.Retry.BACKOFF),
            new ErrorCode(1002002, 400, "参数错误",
                "参数错误，检查参数是否正确，例如类型，大小 / invalid parameter; check types and sizes",
                ErrorCode.Retry.NEVER)))
        .rateLimit(new RateLimit("listInterviews", 50))
        .build();
  }
}
