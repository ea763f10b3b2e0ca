package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
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
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewCodec INSTANCE = new InterviewCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Interview")
      .add("id", JsonCodecs.STRING)
      .add("begin_time", JsonCodecs.LONG)
      .add("end_time", JsonCodecs.LONG)
      .add("round", JsonCodecs.INTEGER)
      .add("interview_record_list", JsonCodecs.listOf(InterviewRecordCodec.INSTANCE))
      .add("feedback_submit_time", JsonCodecs.LONG)
      .add("stage_id", JsonCodecs.STRING)
      .add("application_id", JsonCodecs.STRING)
      .add("stage", IdNameObjectCodec.INSTANCE)
      .add("creator", IdNameObjectCodec.INSTANCE)
      .add("biz_create_time", JsonCodecs.LONG)
      .add("biz_modify_time", JsonCodecs.LONG)
      .add("interview_round_summary", JsonCodecs.intEnum(InterviewRoundSummary::of, InterviewRoundSummary::code))
      .add("interview_arrangement_id", JsonCodecs.STRING)
      .add("interview_type", JsonCodecs.intEnum(InterviewType::of, InterviewType::code))
      .add("talent_time_zone", CodeNameObjectCodec.INSTANCE)
      .add("contact_user", IdNameObjectCodec.INSTANCE)
      .add("contact_mobile", JsonCodecs.STRING)
      .add("remark", JsonCodecs.STRING)
      .add("address", InterviewAddressCodec.INSTANCE)
      .add("video_type", JsonCodecs.intEnum(VideoType::of, VideoType::code))
      .add("arrangement_status", JsonCodecs.intEnum(ArrangementStatus::of, ArrangementStatus::code))
      .add("arrangement_type", JsonCodecs.intEnum(ArrangementType::of, ArrangementType::code))
      .add("arrangement_appointment_kind",
          JsonCodecs.intEnum(ArrangementAppointmentKind::of, ArrangementAppointmentKind::code))
      .add("meeting_room_list", JsonCodecs.listOf(InterviewMeetingRoomCodec.INSTANCE))
      .add("interview_round_type", IdNameObjectCodec.INSTANCE)
      .build();

  private InterviewCodec() {
  }

  @Override
  public @Nullable Interview read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Interview construct(@Nullable Object[] values) {
    return new Interview((String) values[0], (Long) values[1], (Long) values[2],
        (Integer) values[3], (List<InterviewRecord>) values[4], (Long) values[5],
        (String) values[6], (String) values[7], (IdNameObject) values[8], (IdNameObject) values[9],
        (Long) values[10], (Long) values[11], (InterviewRoundSummary) values[12],
        (String) values[13], (InterviewType) values[14], (CodeNameObject) values[15],
        (IdNameObject) values[16], (String) values[17], (String) values[18],
        (InterviewAddress) values[19], (VideoType) values[20], (ArrangementStatus) values[21],
        (ArrangementType) values[22], (ArrangementAppointmentKind) values[23],
        (List<InterviewMeetingRoom>) values[24], (IdNameObject) values[25],
        (Map<String, Object>) values[26]);
  }

  @Override
  public void write(Interview value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.beginTime(), value.endTime(),
        value.round(), value.interviewRecordList(), value.feedbackSubmitTime(), value.stageId(),
        value.applicationId(), value.stage(), value.creator(), value.bizCreateTime(),
        value.bizModifyTime(), value.interviewRoundSummary(), value.interviewArrangementId(),
        value.interviewType(), value.talentTimeZone(), value.contactUser(), value.contactMobile(),
        value.remark(), value.address(), value.videoType(), value.arrangementStatus(),
        value.arrangementType(), value.arrangementAppointmentKind(), value.meetingRoomList(),
        value.interviewRoundType());
  }
}
