package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.InterviewMeetingRoom;
import io.larkgen.hire.model.ReservedStatus;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewMeetingRoom}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewMeetingRoom#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewMeetingRoomCodec implements JsonCodec<InterviewMeetingRoom> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewMeetingRoomCodec INSTANCE = new InterviewMeetingRoomCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("InterviewMeetingRoom")
      .add("room_id", JsonCodecs.STRING)
      .add("room_name", JsonCodecs.STRING)
      .add("building_name", JsonCodecs.STRING)
      .add("reserved_status", JsonCodecs.intEnum(ReservedStatus::of, ReservedStatus::code))
      .add("floor_name", JsonCodecs.STRING)
      .build();

  private InterviewMeetingRoomCodec() {
  }

  @Override
  public @Nullable InterviewMeetingRoom read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewMeetingRoomCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static InterviewMeetingRoom construct(@Nullable Object[] values) {
    return new InterviewMeetingRoom((String) values[0], (String) values[1], (String) values[2],
        (ReservedStatus) values[3], (String) values[4], (Map<String, Object>) values[5]);
  }

  @Override
  public void write(InterviewMeetingRoom value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.roomId(), value.roomName(),
        value.buildingName(), value.reservedStatus(), value.floorName());
  }
}
