package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
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
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link Interview}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Interview#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewCodec implements JsonCodec<Interview> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_BEGIN_TIME = new SerializedString("begin_time");

  private static final SerializedString FIELD_END_TIME = new SerializedString("end_time");

  private static final SerializedString FIELD_ROUND = new SerializedString("round");

  private static final SerializedString FIELD_INTERVIEW_RECORD_LIST =
      new SerializedString("interview_record_list");

  private static final SerializedString FIELD_FEEDBACK_SUBMIT_TIME =
      new SerializedString("feedback_submit_time");

  private static final SerializedString FIELD_STAGE_ID = new SerializedString("stage_id");

  private static final SerializedString FIELD_APPLICATION_ID =
      new SerializedString("application_id");

  private static final SerializedString FIELD_STAGE = new SerializedString("stage");

  private static final SerializedString FIELD_CREATOR = new SerializedString("creator");

  private static final SerializedString FIELD_BIZ_CREATE_TIME =
      new SerializedString("biz_create_time");

  private static final SerializedString FIELD_BIZ_MODIFY_TIME =
      new SerializedString("biz_modify_time");

  private static final SerializedString FIELD_INTERVIEW_ROUND_SUMMARY =
      new SerializedString("interview_round_summary");

  private static final SerializedString FIELD_INTERVIEW_ARRANGEMENT_ID =
      new SerializedString("interview_arrangement_id");

  private static final SerializedString FIELD_INTERVIEW_TYPE =
      new SerializedString("interview_type");

  private static final SerializedString FIELD_TALENT_TIME_ZONE =
      new SerializedString("talent_time_zone");

  private static final SerializedString FIELD_CONTACT_USER = new SerializedString("contact_user");

  private static final SerializedString FIELD_CONTACT_MOBILE =
      new SerializedString("contact_mobile");

  private static final SerializedString FIELD_REMARK = new SerializedString("remark");

  private static final SerializedString FIELD_ADDRESS = new SerializedString("address");

  private static final SerializedString FIELD_VIDEO_TYPE = new SerializedString("video_type");

  private static final SerializedString FIELD_ARRANGEMENT_STATUS =
      new SerializedString("arrangement_status");

  private static final SerializedString FIELD_ARRANGEMENT_TYPE =
      new SerializedString("arrangement_type");

  private static final SerializedString FIELD_ARRANGEMENT_APPOINTMENT_KIND =
      new SerializedString("arrangement_appointment_kind");

  private static final SerializedString FIELD_MEETING_ROOM_LIST =
      new SerializedString("meeting_room_list");

  private static final SerializedString FIELD_INTERVIEW_ROUND_TYPE =
      new SerializedString("interview_round_type");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_BEGIN_TIME, FIELD_END_TIME,
      FIELD_ROUND, FIELD_INTERVIEW_RECORD_LIST, FIELD_FEEDBACK_SUBMIT_TIME, FIELD_STAGE_ID,
      FIELD_APPLICATION_ID, FIELD_STAGE, FIELD_CREATOR, FIELD_BIZ_CREATE_TIME,
      FIELD_BIZ_MODIFY_TIME, FIELD_INTERVIEW_ROUND_SUMMARY, FIELD_INTERVIEW_ARRANGEMENT_ID,
      FIELD_INTERVIEW_TYPE, FIELD_TALENT_TIME_ZONE, FIELD_CONTACT_USER, FIELD_CONTACT_MOBILE,
      FIELD_REMARK, FIELD_ADDRESS, FIELD_VIDEO_TYPE, FIELD_ARRANGEMENT_STATUS,
      FIELD_ARRANGEMENT_TYPE, FIELD_ARRANGEMENT_APPOINTMENT_KIND, FIELD_MEETING_ROOM_LIST,
      FIELD_INTERVIEW_ROUND_TYPE};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewCodec INSTANCE = new InterviewCodec();

  private InterviewCodec() {
  }

  @Override
  public @Nullable Interview read(JsonParser parser) throws IOException {
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
    // Each name is first compared, as bytes, with the field expected next in spec order;
    // only a name out of that order is decoded and looked up.
    int next = 0;
    while (true) {
      int field;
      if (next < FIELDS.length && parser.nextFieldName(FIELDS[next])) {
        field = next;
      } else {
        if (next == FIELDS.length) {
          parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        field = fieldIndex(parser.currentName());
      }
      parser.nextToken();
      switch (field) {
        case 0 -> id = JsonValues.readString(parser);
        case 1 -> beginTime = JsonValues.readLong(parser);
        case 2 -> endTime = JsonValues.readLong(parser);
        case 3 -> round = JsonValues.readInteger(parser);
        case 4 -> interviewRecordList = JsonValues.readList(parser, InterviewRecordCodec.INSTANCE);
        case 5 -> feedbackSubmitTime = JsonValues.readLong(parser);
        case 6 -> stageId = JsonValues.readString(parser);
        case 7 -> applicationId = JsonValues.readString(parser);
        case 8 -> stage = IdNameObjectCodec.INSTANCE.read(parser);
        case 9 -> creator = IdNameObjectCodec.INSTANCE.read(parser);
        case 10 -> bizCreateTime = JsonValues.readLong(parser);
        case 11 -> bizModifyTime = JsonValues.readLong(parser);
        case 12 -> interviewRoundSummary =
            JsonValues.readIntEnum(parser, InterviewRoundSummary::of);
        case 13 -> interviewArrangementId = JsonValues.readString(parser);
        case 14 -> interviewType = JsonValues.readIntEnum(parser, InterviewType::of);
        case 15 -> talentTimeZone = CodeNameObjectCodec.INSTANCE.read(parser);
        case 16 -> contactUser = IdNameObjectCodec.INSTANCE.read(parser);
        case 17 -> contactMobile = JsonValues.readString(parser);
        case 18 -> remark = JsonValues.readString(parser);
        case 19 -> address = InterviewAddressCodec.INSTANCE.read(parser);
        case 20 -> videoType = JsonValues.readIntEnum(parser, VideoType::of);
        case 21 -> arrangementStatus = JsonValues.readIntEnum(parser, ArrangementStatus::of);
        case 22 -> arrangementType = JsonValues.readIntEnum(parser, ArrangementType::of);
        case 23 -> arrangementAppointmentKind =
            JsonValues.readIntEnum(parser, ArrangementAppointmentKind::of);
        case 24 -> meetingRoomList =
            JsonValues.readList(parser, InterviewMeetingRoomCodec.INSTANCE);
        case 25 -> interviewRoundType = IdNameObjectCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new Interview(id, beginTime, endTime, round, interviewRecordList, feedbackSubmitTime,
        stageId, applicationId, stage, creator, bizCreateTime, bizModifyTime, interviewRoundSummary,
        interviewArrangementId, interviewType, talentTimeZone, contactUser, contactMobile, remark,
        address, videoType, arrangementStatus, arrangementType, arrangementAppointmentKind,
        meetingRoomList, interviewRoundType, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "begin_time" -> 1;
      case "end_time" -> 2;
      case "round" -> 3;
      case "interview_record_list" -> 4;
      case "feedback_submit_time" -> 5;
      case "stage_id" -> 6;
      case "application_id" -> 7;
      case "stage" -> 8;
      case "creator" -> 9;
      case "biz_create_time" -> 10;
      case "biz_modify_time" -> 11;
      case "interview_round_summary" -> 12;
      case "interview_arrangement_id" -> 13;
      case "interview_type" -> 14;
      case "talent_time_zone" -> 15;
      case "contact_user" -> 16;
      case "contact_mobile" -> 17;
      case "remark" -> 18;
      case "address" -> 19;
      case "video_type" -> 20;
      case "arrangement_status" -> 21;
      case "arrangement_type" -> 22;
      case "arrangement_appointment_kind" -> 23;
      case "meeting_room_list" -> 24;
      case "interview_round_type" -> 25;
      default -> -1;
    };
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
      generator.writeFieldName(FIELD_ID);
      generator.writeString(id);
    }
    Long beginTime = value.beginTime();
    if (beginTime != null) {
      generator.writeFieldName(FIELD_BEGIN_TIME);
      generator.writeNumber(beginTime.longValue());
    }
    Long endTime = value.endTime();
    if (endTime != null) {
      generator.writeFieldName(FIELD_END_TIME);
      generator.writeNumber(endTime.longValue());
    }
    Integer round = value.round();
    if (round != null) {
      generator.writeFieldName(FIELD_ROUND);
      generator.writeNumber(round.intValue());
    }
    List<InterviewRecord> interviewRecordList = value.interviewRecordList();
    if (!interviewRecordList.isEmpty()) {
      generator.writeFieldName(FIELD_INTERVIEW_RECORD_LIST);
      JsonValues.writeList(interviewRecordList, InterviewRecordCodec.INSTANCE, generator);
    }
    Long feedbackSubmitTime = value.feedbackSubmitTime();
    if (feedbackSubmitTime != null) {
      generator.writeFieldName(FIELD_FEEDBACK_SUBMIT_TIME);
      generator.writeNumber(feedbackSubmitTime.longValue());
    }
    String stageId = value.stageId();
    if (stageId != null) {
      generator.writeFieldName(FIELD_STAGE_ID);
      generator.writeString(stageId);
    }
    String applicationId = value.applicationId();
    if (applicationId != null) {
      generator.writeFieldName(FIELD_APPLICATION_ID);
      generator.writeString(applicationId);
    }
    IdNameObject stage = value.stage();
    if (stage != null) {
      generator.writeFieldName(FIELD_STAGE);
      IdNameObjectCodec.INSTANCE.write(stage, generator);
    }
    IdNameObject creator = value.creator();
    if (creator != null) {
      generator.writeFieldName(FIELD_CREATOR);
      IdNameObjectCodec.INSTANCE.write(creator, generator);
    }
    Long bizCreateTime = value.bizCreateTime();
    if (bizCreateTime != null) {
      generator.writeFieldName(FIELD_BIZ_CREATE_TIME);
      generator.writeNumber(bizCreateTime.longValue());
    }
    Long bizModifyTime = value.bizModifyTime();
    if (bizModifyTime != null) {
      generator.writeFieldName(FIELD_BIZ_MODIFY_TIME);
      generator.writeNumber(bizModifyTime.longValue());
    }
    InterviewRoundSummary interviewRoundSummary = value.interviewRoundSummary();
    if (interviewRoundSummary != null) {
      generator.writeFieldName(FIELD_INTERVIEW_ROUND_SUMMARY);
      generator.writeNumber(interviewRoundSummary.code());
    }
    String interviewArrangementId = value.interviewArrangementId();
    if (interviewArrangementId != null) {
      generator.writeFieldName(FIELD_INTERVIEW_ARRANGEMENT_ID);
      generator.writeString(interviewArrangementId);
    }
    InterviewType interviewType = value.interviewType();
    if (interviewType != null) {
      generator.writeFieldName(FIELD_INTERVIEW_TYPE);
      generator.writeNumber(interviewType.code());
    }
    CodeNameObject talentTimeZone = value.talentTimeZone();
    if (talentTimeZone != null) {
      generator.writeFieldName(FIELD_TALENT_TIME_ZONE);
      CodeNameObjectCodec.INSTANCE.write(talentTimeZone, generator);
    }
    IdNameObject contactUser = value.contactUser();
    if (contactUser != null) {
      generator.writeFieldName(FIELD_CONTACT_USER);
      IdNameObjectCodec.INSTANCE.write(contactUser, generator);
    }
    String contactMobile = value.contactMobile();
    if (contactMobile != null) {
      generator.writeFieldName(FIELD_CONTACT_MOBILE);
      generator.writeString(contactMobile);
    }
    String remark = value.remark();
    if (remark != null) {
      generator.writeFieldName(FIELD_REMARK);
      generator.writeString(remark);
    }
    InterviewAddress address = value.address();
    if (address != null) {
      generator.writeFieldName(FIELD_ADDRESS);
      InterviewAddressCodec.INSTANCE.write(address, generator);
    }
    VideoType videoType = value.videoType();
    if (videoType != null) {
      generator.writeFieldName(FIELD_VIDEO_TYPE);
      generator.writeNumber(videoType.code());
    }
    ArrangementStatus arrangementStatus = value.arrangementStatus();
    if (arrangementStatus != null) {
      generator.writeFieldName(FIELD_ARRANGEMENT_STATUS);
      generator.writeNumber(arrangementStatus.code());
    }
    ArrangementType arrangementType = value.arrangementType();
    if (arrangementType != null) {
      generator.writeFieldName(FIELD_ARRANGEMENT_TYPE);
      generator.writeNumber(arrangementType.code());
    }
    ArrangementAppointmentKind arrangementAppointmentKind = value.arrangementAppointmentKind();
    if (arrangementAppointmentKind != null) {
      generator.writeFieldName(FIELD_ARRANGEMENT_APPOINTMENT_KIND);
      generator.writeNumber(arrangementAppointmentKind.code());
    }
    List<InterviewMeetingRoom> meetingRoomList = value.meetingRoomList();
    if (!meetingRoomList.isEmpty()) {
      generator.writeFieldName(FIELD_MEETING_ROOM_LIST);
      JsonValues.writeList(meetingRoomList, InterviewMeetingRoomCodec.INSTANCE, generator);
    }
    IdNameObject interviewRoundType = value.interviewRoundType();
    if (interviewRoundType != null) {
      generator.writeFieldName(FIELD_INTERVIEW_ROUND_TYPE);
      IdNameObjectCodec.INSTANCE.write(interviewRoundType, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
