package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.hire.model.ArrangementAppointmentKind;
import io.larkgen.hire.model.ArrangementStatus;
import io.larkgen.hire.model.ArrangementType;
import io.larkgen.hire.model.CodeNameObject;
import io.larkgen.hire.model.IdNameObject;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewAddress;
import io.larkgen.hire.model.InterviewMeetingRoom;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.hire.model.InterviewRoundSummary;
import io.larkgen.hire.model.InterviewType;
import io.larkgen.hire.model.VideoType;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link Interview}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Interview#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class InterviewCodec implements JsonCodec<Interview> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewCodec INSTANCE = new InterviewCodec();

  private InterviewCodec() {
  }

  @Override
  public Interview read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Interview")) {
      return null;
    }
    String id = null;
    Long beginTime = null;
    Long endTime = null;
    Integer round = null;
    List<InterviewRecord> interviewRecordList = null;
    Long feedbackSubmitTime = null;
    String stageId = null;
    String applicationId = null;
    IdNameObject stage = null;
    IdNameObject creator = null;
    Long bizCreateTime = null;
    Long bizModifyTime = null;
    InterviewRoundSummary interviewRoundSummary = null;
    String interviewArrangementId = null;
    InterviewType interviewType = null;
    CodeNameObject talentTimeZone = null;
    IdNameObject contactUser = null;
    String contactMobile = null;
    String remark = null;
    InterviewAddress address = null;
    VideoType videoType = null;
    ArrangementStatus arrangementStatus = null;
    ArrangementType arrangementType = null;
    ArrangementAppointmentKind arrangementAppointmentKind = null;
    List<InterviewMeetingRoom> meetingRoomList = null;
    IdNameObject interviewRoundType = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.readString(parser);
        case "begin_time" -> beginTime = JsonValues.readLong(parser);
        case "end_time" -> endTime = JsonValues.readLong(parser);
        case "round" -> round = JsonValues.readInteger(parser);
        case "interview_record_list" -> interviewRecordList = JsonValues.readList(parser, InterviewRecordCodec.INSTANCE);
        case "feedback_submit_time" -> feedbackSubmitTime = JsonValues.readLong(parser);
        case "stage_id" -> stageId = JsonValues.readString(parser);
        case "application_id" -> applicationId = JsonValues.readString(parser);
        case "stage" -> stage = IdNameObjectCodec.INSTANCE.read(parser);
        case "creator" -> creator = IdNameObjectCodec.INSTANCE.read(parser);
        case "biz_create_time" -> bizCreateTime = JsonValues.readLong(parser);
        case "biz_modify_time" -> bizModifyTime = JsonValues.readLong(parser);
        case "interview_round_summary" -> interviewRoundSummary = parser.currentToken() == JsonToken.VALUE_NULL ? null : InterviewRoundSummary.of(parser.getIntValue());
        case "interview_arrangement_id" -> interviewArrangementId = JsonValues.readString(parser);
        case "interview_type" -> interviewType = parser.currentToken() == JsonToken.VALUE_NULL ? null : InterviewType.of(parser.getIntValue());
        case "talent_time_zone" -> talentTimeZone = CodeNameObjectCodec.INSTANCE.read(parser);
        case "contact_user" -> contactUser = IdNameObjectCodec.INSTANCE.read(parser);
        case "contact_mobile" -> contactMobile = JsonValues.readString(parser);
        case "remark" -> remark = JsonValues.readString(parser);
        case "address" -> address = InterviewAddressCodec.INSTANCE.read(parser);
        case "video_type" -> videoType = parser.currentToken() == JsonToken.VALUE_NULL ? null : VideoType.of(parser.getIntValue());
        case "arrangement_status" -> arrangementStatus = parser.currentToken() == JsonToken.VALUE_NULL ? null : ArrangementStatus.of(parser.getIntValue());
        case "arrangement_type" -> arrangementType = parser.currentToken() == JsonToken.VALUE_NULL ? null : ArrangementType.of(parser.getIntValue());
        case "arrangement_appointment_kind" -> arrangementAppointmentKind = parser.currentToken() == JsonToken.VALUE_NULL ? null : ArrangementAppointmentKind.of(parser.getIntValue());
        case "meeting_room_list" -> meetingRoomList = JsonValues.readList(parser, InterviewMeetingRoomCodec.INSTANCE);
        case "interview_round_type" -> interviewRoundType = IdNameObjectCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new Interview(id, beginTime, endTime, round, interviewRecordList, feedbackSubmitTime, stageId, applicationId, stage, creator, bizCreateTime, bizModifyTime, interviewRoundSummary, interviewArrangementId, interviewType, talentTimeZone, contactUser, contactMobile, remark, address, videoType, arrangementStatus, arrangementType, arrangementAppointmentKind, meetingRoomList, interviewRoundType, extraProperties);
  }

  @Override
  public void write(Interview value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String id = value.id();
    if (id != null) {
      generator.writeStringField("id", id);
    }
    Long beginTime = value.beginTime();
    if (beginTime != null) {
      generator.writeNumberField("begin_time", beginTime.longValue());
    }
    Long endTime = value.endTime();
    if (endTime != null) {
      generator.writeNumberField("end_time", endTime.longValue());
    }
    Integer round = value.round();
    if (round != null) {
      generator.writeNumberField("round", round.intValue());
    }
    List<InterviewRecord> interviewRecordList = value.interviewRecordList();
    if (!interviewRecordList.isEmpty()) {
      generator.writeFieldName("interview_record_list");
      JsonValues.writeList(interviewRecordList, InterviewRecordCodec.INSTANCE, generator);
    }
    Long feedbackSubmitTime = value.feedbackSubmitTime();
    if (feedbackSubmitTime != null) {
      generator.writeNumberField("feedback_submit_time", feedbackSubmitTime.longValue());
    }
    String stageId = value.stageId();
    if (stageId != null) {
      generator.writeStringField("stage_id", stageId);
    }
    String applicationId = value.applicationId();
    if (applicationId != null) {
      generator.writeStringField("application_id", applicationId);
    }
    IdNameObject stage = value.stage();
    if (stage != null) {
      generator.writeFieldName("stage");
      IdNameObjectCodec.INSTANCE.write(stage, generator);
    }
    IdNameObject creator = value.creator();
    if (creator != null) {
      generator.writeFieldName("creator");
      IdNameObjectCodec.INSTANCE.write(creator, generator);
    }
    Long bizCreateTime = value.bizCreateTime();
    if (bizCreateTime != null) {
      generator.writeNumberField("biz_create_time", bizCreateTime.longValue());
    }
    Long bizModifyTime = value.bizModifyTime();
    if (bizModifyTime != null) {
      generator.writeNumberField("biz_modify_time", bizModifyTime.longValue());
    }
    InterviewRoundSummary interviewRoundSummary = value.interviewRoundSummary();
    if (interviewRoundSummary != null) {
      generator.writeNumberField("interview_round_summary", interviewRoundSummary.code());
    }
    String interviewArrangementId = value.interviewArrangementId();
    if (interviewArrangementId != null) {
      generator.writeStringField("interview_arrangement_id", interviewArrangementId);
    }
    InterviewType interviewType = value.interviewType();
    if (interviewType != null) {
      generator.writeNumberField("interview_type", interviewType.code());
    }
    CodeNameObject talentTimeZone = value.talentTimeZone();
    if (talentTimeZone != null) {
      generator.writeFieldName("talent_time_zone");
      CodeNameObjectCodec.INSTANCE.write(talentTimeZone, generator);
    }
    IdNameObject contactUser = value.contactUser();
    if (contactUser != null) {
      generator.writeFieldName("contact_user");
      IdNameObjectCodec.INSTANCE.write(contactUser, generator);
    }
    String contactMobile = value.contactMobile();
    if (contactMobile != null) {
      generator.writeStringField("contact_mobile", contactMobile);
    }
    String remark = value.remark();
    if (remark != null) {
      generator.writeStringField("remark", remark);
    }
    InterviewAddress address = value.address();
    if (address != null) {
      generator.writeFieldName("address");
      InterviewAddressCodec.INSTANCE.write(address, generator);
    }
    VideoType videoType = value.videoType();
    if (videoType != null) {
      generator.writeNumberField("video_type", videoType.code());
    }
    ArrangementStatus arrangementStatus = value.arrangementStatus();
    if (arrangementStatus != null) {
      generator.writeNumberField("arrangement_status", arrangementStatus.code());
    }
    ArrangementType arrangementType = value.arrangementType();
    if (arrangementType != null) {
      generator.writeNumberField("arrangement_type", arrangementType.code());
    }
    ArrangementAppointmentKind arrangementAppointmentKind = value.arrangementAppointmentKind();
    if (arrangementAppointmentKind != null) {
      generator.writeNumberField("arrangement_appointment_kind", arrangementAppointmentKind.code());
    }
    List<InterviewMeetingRoom> meetingRoomList = value.meetingRoomList();
    if (!meetingRoomList.isEmpty()) {
      generator.writeFieldName("meeting_room_list");
      JsonValues.writeList(meetingRoomList, InterviewMeetingRoomCodec.INSTANCE, generator);
    }
    IdNameObject interviewRoundType = value.interviewRoundType();
    if (interviewRoundType != null) {
      generator.writeFieldName("interview_round_type");
      IdNameObjectCodec.INSTANCE.write(interviewRoundType, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
