package io.larkgen.sandbox;

/**
 * The filters of {@code GET /open-apis/hire/v1/interviews}, as the sandbox applies them:
 * exact {@code application_id}, exact {@code interview_id}, and {@code start_time} /
 * {@code end_time} bounds on the interview's {@code begin_time} (milliseconds, inclusive).
 * A {@code null} component does not filter.
 *
 * @param applicationId only interviews of this application
 * @param interviewId only this interview
 * @param startTime earliest begin_time, inclusive
 * @param endTime latest begin_time, inclusive
 */
public record InterviewFilter(String applicationId, String interviewId, Long startTime, Long endTime) {

  /** No filter: every interview. */
  public static InterviewFilter all() {
    return new InterviewFilter(null, null, null, null);
  }

  /** Interviews whose begin_time lies in {@code [startTime, endTime]}. */
  public static InterviewFilter timeRange(long startTime, long endTime) {
    return new InterviewFilter(null, null, startTime, endTime);
  }

  /** Interviews of one application. */
  public static InterviewFilter application(String applicationId) {
    return new InterviewFilter(applicationId, null, null, null);
  }

  /** One interview by id. */
  public static InterviewFilter interview(String interviewId) {
    return new InterviewFilter(null, interviewId, null, null);
  }

  /** Whether an interview with these properties passes the filter. */
  public boolean test(String interviewIdOf, String applicationIdOf, long beginTime) {
    return (applicationId == null || applicationId.equals(applicationIdOf))
        && (interviewId == null || interviewId.equals(interviewIdOf))
        && (startTime == null || beginTime >= startTime)
        && (endTime == null || beginTime <= endTime);
  }
}
