package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.InterviewMeetingRoom;
import io.larkgen.hire.model.ReservedStatus;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
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
  private static final SerializedString FIELD_ROOM_ID = new SerializedString("room_id");

  private static final SerializedString FIELD_ROOM_NAME = new SerializedString("room_name");

  private static final SerializedString FIELD_BUILDING_NAME = new SerializedString("building_name");

  private static final SerializedString FIELD_RESERVED_STATUS =
      new SerializedString("reserved_status");

  private static final SerializedString FIELD_FLOOR_NAME = new SerializedString("floor_name");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ROOM_ID, FIELD_ROOM_NAME,
      FIELD_BUILDING_NAME, FIELD_RESERVED_STATUS, FIELD_FLOOR_NAME};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewMeetingRoomCodec INSTANCE = new InterviewMeetingRoomCodec();

  private InterviewMeetingRoomCodec() {
  }

  @Override
  public @Nullable InterviewMeetingRoom read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewMeetingRoom")) {
      return null;
    }
    String roomId = null;
    String roomName = null;
    String buildingName = null;
    ReservedStatus reservedStatus = null;
    String floorName = null;
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
        case 0 -> roomId = JsonValues.readString(parser);
        case 1 -> roomName = JsonValues.readString(parser);
        case 2 -> buildingName = JsonValues.readString(parser);
        case 3 -> reservedStatus = JsonValues.readIntEnum(parser, ReservedStatus::of);
        case 4 -> floorName = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new InterviewMeetingRoom(roomId, roomName, buildingName, reservedStatus, floorName,
        extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "room_id" -> 0;
      case "room_name" -> 1;
      case "building_name" -> 2;
      case "reserved_status" -> 3;
      case "floor_name" -> 4;
      default -> -1;
    };
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
