package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.InterviewMeetingRoom;
import io.larkgen.hire.model.ReservedStatus;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link InterviewMeetingRoom}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewMeetingRoom#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class InterviewMeetingRoomCodec implements JsonCodec<InterviewMeetingRoom> {
  private static final SerializedString FIELD_ROOM_ID = new SerializedString("room_id");

  private static final SerializedString FIELD_ROOM_NAME = new SerializedString("room_name");

  private static final SerializedString FIELD_BUILDING_NAME = new SerializedString("building_name");

  private static final SerializedString FIELD_RESERVED_STATUS = new SerializedString("reserved_status");

  private static final SerializedString FIELD_FLOOR_NAME = new SerializedString("floor_name");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewMeetingRoomCodec INSTANCE = new InterviewMeetingRoomCodec();

  private InterviewMeetingRoomCodec() {
  }

  @Override
  public InterviewMeetingRoom read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewMeetingRoom")) {
      return null;
    }
    String roomId = null;
    String roomName = null;
    String buildingName = null;
    ReservedStatus reservedStatus = null;
    String floorName = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "room_id" -> roomId = JsonValues.readString(parser);
        case "room_name" -> roomName = JsonValues.readString(parser);
        case "building_name" -> buildingName = JsonValues.readString(parser);
        case "reserved_status" -> reservedStatus = JsonValues.readIntEnum(parser, ReservedStatus::of);
        case "floor_name" -> floorName = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new InterviewMeetingRoom(roomId, roomName, buildingName, reservedStatus, floorName,
        extraProperties);
  }

  @Override
  public void write(InterviewMeetingRoom value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String roomId = value.roomId();
    if (roomId != null) {
      generator.writeFieldName(FIELD_ROOM_ID);
      generator.writeString(roomId);
    }
    String roomName = value.roomName();
    if (roomName != null) {
      generator.writeFieldName(FIELD_ROOM_NAME);
      generator.writeString(roomName);
    }
    String buildingName = value.buildingName();
    if (buildingName != null) {
      generator.writeFieldName(FIELD_BUILDING_NAME);
      generator.writeString(buildingName);
    }
    ReservedStatus reservedStatus = value.reservedStatus();
    if (reservedStatus != null) {
      generator.writeFieldName(FIELD_RESERVED_STATUS);
      generator.writeNumber(reservedStatus.code());
    }
    String floorName = value.floorName();
    if (floorName != null) {
      generator.writeFieldName(FIELD_FLOOR_NAME);
      generator.writeString(floorName);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
