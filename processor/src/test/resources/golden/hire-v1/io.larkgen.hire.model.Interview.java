package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面试信息 / interview
 *
 * @param id 面试 ID / interview ID ({@code id})
 * @param beginTime 面试开始时间，毫秒时间戳 / interview start time, epoch milliseconds ({@code begin_time};
 *     milliseconds since the epoch as sent, see {@link #beginTimeInstant()})
 * @param endTime 面试结束时间，毫秒时间戳 / interview end time, epoch milliseconds ({@code end_time};
 *     milliseconds since the epoch as sent, see {@link #endTimeInstant()})
 * @param round 面试轮次 / interview round ({@code round})
 * @param interviewRecordList 面试评价信息 / interview records of this interview
 *     ({@code interview_record_list}; never null, empty when absent)
 * @param feedbackSubmitTime 面试评价提交时间，毫秒时间戳 / feedback submission time, epoch milliseconds
 *     ({@code feedback_submit_time}; milliseconds since the epoch as sent, see
 *     {@link #feedbackSubmitTimeInstant()})
 * @param stageId 面试关联的投递阶段 ID / ID of the application stage of the interview ({@code stage_id})
 * @param applicationId 投递 ID / application ID ({@code application_id})
 * @param stage 阶段信息 / application stage ({@code stage})
 * @param creator 创建人，ID 与入参 user_id_type 类型一致 / creator; the ID follows user_id_type ({@code creator})
 * @param bizCreateTime 创建时间，毫秒时间戳 / creation time, epoch milliseconds ({@code biz_create_time};
 *     milliseconds since the epoch as sent, see {@link #bizCreateTimeInstant()})
 * @param bizModifyTime 最近更新时间，毫秒时间戳 / last update time, epoch milliseconds
 *     ({@code biz_modify_time}; milliseconds since the epoch as sent, see
 *     {@link #bizModifyTimeInstant()})
 * @param interviewRoundSummary 面试状态 / interview status ({@code interview_round_summary})
 * @param interviewArrangementId 面试安排 ID / interview arrangement ID ({@code interview_arrangement_id})
 * @param interviewType 面试类型 / interview type ({@code interview_type})
 * @param talentTimeZone 候选人时区 / candidate's time zone ({@code talent_time_zone})
 * @param contactUser 面试联系人 / interview contact person ({@code contact_user})
 * @param contactMobile 面试联系人电话 / phone number of the contact person ({@code contact_mobile})
 * @param remark 备注 / remark ({@code remark})
 * @param address 面试地点 / interview location ({@code address})
 * @param videoType 视频面试工具 / video interview tool ({@code video_type})
 * @param arrangementStatus 集中面试安排状态，非集中面试该字段无含义 / status of a centralized interview arrangement;
 *     meaningless otherwise ({@code arrangement_status})
 * @param arrangementType 面试安排类型 / arrangement type ({@code arrangement_type})
 * @param arrangementAppointmentKind 安排方式（是否自助约面） / arrangement kind (whether the candidate books
 *     the slot) ({@code arrangement_appointment_kind})
 * @param meetingRoomList 面试会议室 / meeting rooms of the interview ({@code meeting_room_list}; never
 *     null, empty when absent)
 * @param interviewRoundType 面试轮次类型 / interview round type ({@code interview_round_type})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record Interview(@Nullable String id, @Nullable Long beginTime, @Nullable Long endTime,
    @Nullable Integer round, List<InterviewRecord> interviewRecordList,
    @Nullable Long feedbackSubmitTime, @Nullable String stageId, @Nullable String applicationId,
    @Nullable IdNameObject stage, @Nullable IdNameObject creator, @Nullable Long bizCreateTime,
    @Nullable Long bizModifyTime, @Nullable InterviewRoundSummary interviewRoundSummary,
    @Nullable String interviewArrangementId, @Nullable InterviewType interviewType,
    @Nullable CodeNameObject talentTimeZone, @Nullable IdNameObject contactUser,
    @Nullable String contactMobile, @Nullable String remark, @Nullable InterviewAddress address,
    @Nullable VideoType videoType, @Nullable ArrangementStatus arrangementStatus,
    @Nullable ArrangementType arrangementType,
    @Nullable ArrangementAppointmentKind arrangementAppointmentKind,
    List<InterviewMeetingRoom> meetingRoomList, @Nullable IdNameObject interviewRoundType,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "begin_time", "end_time", "round",
      "interview_record_list", "feedback_submit_time", "stage_id", "application_id", "stage",
      "creator", "biz_create_time", "biz_modify_time", "interview_round_summary",
      "interview_arrangement_id", "interview_type", "talent_time_zone", "contact_user",
      "contact_mobile", "remark", "address", "video_type", "arrangement_status", "arrangement_type",
      "arrangement_appointment_kind", "meeting_room_list", "interview_round_type");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param beginTime {@code begin_time}
   * @param endTime {@code end_time}
   * @param round {@code round}
   * @param interviewRecordList {@code interview_record_list}
   * @param feedbackSubmitTime {@code feedback_submit_time}
   * @param stageId {@code stage_id}
   * @param applicationId {@code application_id}
   * @param stage {@code stage}
   * @param creator {@code creator}
   * @param bizCreateTime {@code biz_create_time}
   * @param bizModifyTime {@code biz_modify_time}
   * @param interviewRoundSummary {@code interview_round_summary}
   * @param interviewArrangementId {@code interview_arrangement_id}
   * @param interviewType {@code interview_type}
   * @param talentTimeZone {@code talent_time_zone}
   * @param contactUser {@code contact_user}
   * @param contactMobile {@code contact_mobile}
   * @param remark {@code remark}
   * @param address {@code address}
   * @param videoType {@code video_type}
   * @param arrangementStatus {@code arrangement_status}
   * @param arrangementType {@code arrangement_type}
   * @param arrangementAppointmentKind {@code arrangement_appointment_kind}
   * @param meetingRoomList {@code meeting_room_list}
   * @param interviewRoundType {@code interview_round_type}
   * @param extraProperties unknown fields
   */
  public Interview {
    interviewRecordList = interviewRecordList == null ? List.of() : List.copyOf(interviewRecordList);
    meetingRoomList = meetingRoomList == null ? List.of() : List.copyOf(meetingRoomList);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Interview");
  }

  /**
   * {@link #beginTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> beginTimeInstant() {
    return beginTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(beginTime));
  }

  /**
   * {@link #endTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> endTimeInstant() {
    return endTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(endTime));
  }

  /**
   * {@link #feedbackSubmitTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> feedbackSubmitTimeInstant() {
    return feedbackSubmitTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(feedbackSubmitTime));
  }

  /**
   * {@link #bizCreateTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> bizCreateTimeInstant() {
    return bizCreateTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(bizCreateTime));
  }

  /**
   * {@link #bizModifyTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> bizModifyTimeInstant() {
    return bizModifyTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(bizModifyTime));
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
   * Builder of {@link Interview}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable Long beginTime;

    private @Nullable Long endTime;

    private @Nullable Integer round;

    private @Nullable List<InterviewRecord> interviewRecordList;

    private @Nullable Long feedbackSubmitTime;

    private @Nullable String stageId;

    private @Nullable String applicationId;

    private @Nullable IdNameObject stage;

    private @Nullable IdNameObject creator;

    private @Nullable Long bizCreateTime;

    private @Nullable Long bizModifyTime;

    private @Nullable InterviewRoundSummary interviewRoundSummary;

    private @Nullable String interviewArrangementId;

    private @Nullable InterviewType interviewType;

    private @Nullable CodeNameObject talentTimeZone;

    private @Nullable IdNameObject contactUser;

    private @Nullable String contactMobile;

    private @Nullable String remark;

    private @Nullable InterviewAddress address;

    private @Nullable VideoType videoType;

    private @Nullable ArrangementStatus arrangementStatus;

    private @Nullable ArrangementType arrangementType;

    private @Nullable ArrangementAppointmentKind arrangementAppointmentKind;

    private @Nullable List<InterviewMeetingRoom> meetingRoomList;

    private @Nullable IdNameObject interviewRoundType;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Interview source) {
      this.id = source.id();
      this.beginTime = source.beginTime();
      this.endTime = source.endTime();
      this.round = source.round();
      this.interviewRecordList = source.interviewRecordList();
      this.feedbackSubmitTime = source.feedbackSubmitTime();
      this.stageId = source.stageId();
      this.applicationId = source.applicationId();
      this.stage = source.stage();
      this.creator = source.creator();
      this.bizCreateTime = source.bizCreateTime();
      this.bizModifyTime = source.bizModifyTime();
      this.interviewRoundSummary = source.interviewRoundSummary();
      this.interviewArrangementId = source.interviewArrangementId();
      this.interviewType = source.interviewType();
      this.talentTimeZone = source.talentTimeZone();
      this.contactUser = source.contactUser();
      this.contactMobile = source.contactMobile();
      this.remark = source.remark();
      this.address = source.address();
      this.videoType = source.videoType();
      this.arrangementStatus = source.arrangementStatus();
      this.arrangementType = source.arrangementType();
      this.arrangementAppointmentKind = source.arrangementAppointmentKind();
      this.meetingRoomList = source.meetingRoomList();
      this.interviewRoundType = source.interviewRoundType();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Interview#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Interview#beginTime()}.
     *
     * @param beginTime the value, or null to unset
     * @return this builder
     */
    public Builder beginTime(@Nullable Long beginTime) {
      this.beginTime = beginTime;
      return this;
    }

    /**
     * Sets {@link Interview#endTime()}.
     *
     * @param endTime the value, or null to unset
     * @return this builder
     */
    public Builder endTime(@Nullable Long endTime) {
      this.endTime = endTime;
      return this;
    }

    /**
     * Sets {@link Interview#round()}.
     *
     * @param round the value, or null to unset
     * @return this builder
     */
    public Builder round(@Nullable Integer round) {
      this.round = round;
      return this;
    }

    /**
     * Sets {@link Interview#interviewRecordList()}.
     *
     * @param interviewRecordList the value, or null to unset
     * @return this builder
     */
    public Builder interviewRecordList(@Nullable List<InterviewRecord> interviewRecordList) {
      this.interviewRecordList = interviewRecordList;
      return this;
    }

    /**
     * Sets {@link Interview#feedbackSubmitTime()}.
     *
     * @param feedbackSubmitTime the value, or null to unset
     * @return this builder
     */
    public Builder feedbackSubmitTime(@Nullable Long feedbackSubmitTime) {
      this.feedbackSubmitTime = feedbackSubmitTime;
      return this;
    }

    /**
     * Sets {@link Interview#stageId()}.
     *
     * @param stageId the value, or null to unset
     * @return this builder
     */
    public Builder stageId(@Nullable String stageId) {
      this.stageId = stageId;
      return this;
    }

    /**
     * Sets {@link Interview#applicationId()}.
     *
     * @param applicationId the value, or null to unset
     * @return this builder
     */
    public Builder applicationId(@Nullable String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    /**
     * Sets {@link Interview#stage()}.
     *
     * @param stage the value, or null to unset
     * @return this builder
     */
    public Builder stage(@Nullable IdNameObject stage) {
      this.stage = stage;
      return this;
    }

    /**
     * Sets {@link Interview#creator()}.
     *
     * @param creator the value, or null to unset
     * @return this builder
     */
    public Builder creator(@Nullable IdNameObject creator) {
      this.creator = creator;
      return this;
    }

    /**
     * Sets {@link Interview#bizCreateTime()}.
     *
     * @param bizCreateTime the value, or null to unset
     * @return this builder
     */
    public Builder bizCreateTime(@Nullable Long bizCreateTime) {
      this.bizCreateTime = bizCreateTime;
      return this;
    }

    /**
     * Sets {@link Interview#bizModifyTime()}.
     *
     * @param bizModifyTime the value, or null to unset
     * @return this builder
     */
    public Builder bizModifyTime(@Nullable Long bizModifyTime) {
      this.bizModifyTime = bizModifyTime;
      return this;
    }

    /**
     * Sets {@link Interview#interviewRoundSummary()}.
     *
     * @param interviewRoundSummary the value, or null to unset
     * @return this builder
     */
    public Builder interviewRoundSummary(@Nullable InterviewRoundSummary interviewRoundSummary) {
      this.interviewRoundSummary = interviewRoundSummary;
      return this;
    }

    /**
     * Sets {@link Interview#interviewArrangementId()}.
     *
     * @param interviewArrangementId the value, or null to unset
     * @return this builder
     */
    public Builder interviewArrangementId(@Nullable String interviewArrangementId) {
      this.interviewArrangementId = interviewArrangementId;
      return this;
    }

    /**
     * Sets {@link Interview#interviewType()}.
     *
     * @param interviewType the value, or null to unset
     * @return this builder
     */
    public Builder interviewType(@Nullable InterviewType interviewType) {
      this.interviewType = interviewType;
      return this;
    }

    /**
     * Sets {@link Interview#talentTimeZone()}.
     *
     * @param talentTimeZone the value, or null to unset
     * @return this builder
     */
    public Builder talentTimeZone(@Nullable CodeNameObject talentTimeZone) {
      this.talentTimeZone = talentTimeZone;
      return this;
    }

    /**
     * Sets {@link Interview#contactUser()}.
     *
     * @param contactUser the value, or null to unset
     * @return this builder
     */
    public Builder contactUser(@Nullable IdNameObject contactUser) {
      this.contactUser = contactUser;
      return this;
    }

    /**
     * Sets {@link Interview#contactMobile()}.
     *
     * @param contactMobile the value, or null to unset
     * @return this builder
     */
    public Builder contactMobile(@Nullable String contactMobile) {
      this.contactMobile = contactMobile;
      return this;
    }

    /**
     * Sets {@link Interview#remark()}.
     *
     * @param remark the value, or null to unset
     * @return this builder
     */
    public Builder remark(@Nullable String remark) {
      this.remark = remark;
      return this;
    }

    /**
     * Sets {@link Interview#address()}.
     *
     * @param address the value, or null to unset
     * @return this builder
     */
    public Builder address(@Nullable InterviewAddress address) {
      this.address = address;
      return this;
    }

    /**
     * Sets {@link Interview#videoType()}.
     *
     * @param videoType the value, or null to unset
     * @return this builder
     */
    public Builder videoType(@Nullable VideoType videoType) {
      this.videoType = videoType;
      return this;
    }

    /**
     * Sets {@link Interview#arrangementStatus()}.
     *
     * @param arrangementStatus the value, or null to unset
     * @return this builder
     */
    public Builder arrangementStatus(@Nullable ArrangementStatus arrangementStatus) {
      this.arrangementStatus = arrangementStatus;
      return this;
    }

    /**
     * Sets {@link Interview#arrangementType()}.
     *
     * @param arrangementType the value, or null to unset
     * @return this builder
     */
    public Builder arrangementType(@Nullable ArrangementType arrangementType) {
      this.arrangementType = arrangementType;
      return this;
    }

    /**
     * Sets {@link Interview#arrangementAppointmentKind()}.
     *
     * @param arrangementAppointmentKind the value, or null to unset
     * @return this builder
     */
    public Builder arrangementAppointmentKind(
        @Nullable ArrangementAppointmentKind arrangementAppointmentKind) {
      this.arrangementAppointmentKind = arrangementAppointmentKind;
      return this;
    }

    /**
     * Sets {@link Interview#meetingRoomList()}.
     *
     * @param meetingRoomList the value, or null to unset
     * @return this builder
     */
    public Builder meetingRoomList(@Nullable List<InterviewMeetingRoom> meetingRoomList) {
      this.meetingRoomList = meetingRoomList;
      return this;
    }

    /**
     * Sets {@link Interview#interviewRoundType()}.
     *
     * @param interviewRoundType the value, or null to unset
     * @return this builder
     */
    public Builder interviewRoundType(@Nullable IdNameObject interviewRoundType) {
      this.interviewRoundType = interviewRoundType;
      return this;
    }

    /**
     * Sets {@link Interview#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Interview} of the components set so far.
     *
     * @return the value
     */
    public Interview build() {
      return new Interview(id, beginTime, endTime, round, interviewRecordList, feedbackSubmitTime,
          stageId, applicationId, stage, creator, bizCreateTime, bizModifyTime,
          interviewRoundSummary, interviewArrangementId, interviewType, talentTimeZone, contactUser,
          contactMobile, remark, address, videoType, arrangementStatus, arrangementType,
          arrangementAppointmentKind, meetingRoomList, interviewRoundType, extraProperties);
    }
  }
}
