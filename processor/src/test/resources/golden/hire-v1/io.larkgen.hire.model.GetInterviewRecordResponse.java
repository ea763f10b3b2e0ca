package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 获取面试评价详细信息的数据 / data of get interview record
 *
 * @param interviewRecord 面试评价详细信息 / the interview record ({@code interview_record})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record GetInterviewRecordResponse(@Nullable InterviewRecord interviewRecord,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("interview_record");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param interviewRecord {@code interview_record}
   * @param extraProperties unknown fields
   */
  public GetInterviewRecordResponse {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES,
        "GetInterviewRecordResponse");
  }

  /**
   * A builder with every component unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's components.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builder of {@link GetInterviewRecordResponse}.
   */
  public static final class Builder {
    private @Nullable InterviewRecord interviewRecord;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(GetInterviewRecordResponse source) {
      this.interviewRecord = source.interviewRecord();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link GetInterviewRecordResponse#interviewRecord()}.
     *
     * @param interviewRecord the value, or null to unset
     * @return this builder
     */
    public Builder interviewRecord(@Nullable InterviewRecord interviewRecord) {
      this.interviewRecord = interviewRecord;
      return this;
    }

    /**
     * Sets {@link GetInterviewRecordResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link GetInterviewRecordResponse} of the components set so far.
     *
     * @return the value
     */
    public GetInterviewRecordResponse build() {
      return new GetInterviewRecordResponse(interviewRecord, extraProperties);
    }
  }
}
