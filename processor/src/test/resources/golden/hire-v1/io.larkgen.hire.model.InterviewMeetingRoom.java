package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面试会议室 / interview meeting room
 *
 * @param roomId 会议室 ID / meeting room ID ({@code room_id})
 * @param roomName 会议室名称 / meeting room name ({@code room_name})
 * @param buildingName 建筑名称 / building name ({@code building_name})
 * @param reservedStatus 会议室预定状态 / reservation status of the room ({@code reserved_status})
 * @param floorName 楼层 / floor ({@code floor_name})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record InterviewMeetingRoom(@Nullable String roomId, @Nullable String roomName,
    @Nullable String buildingName, @Nullable ReservedStatus reservedStatus,
    @Nullable String floorName, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("room_id", "room_name", "building_name",
      "reserved_status", "floor_name");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param roomId {@code room_id}
   * @param roomName {@code room_name}
   * @param buildingName {@code building_name}
   * @param reservedStatus {@code reserved_status}
   * @param floorName {@code floor_name}
   * @param extraProperties unknown fields
   */
  public InterviewMeetingRoom {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "InterviewMeetingRoom");
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
   * Builder of {@link InterviewMeetingRoom}.
   */
  public static final class Builder {
    private @Nullable String roomId;

    private @Nullable String roomName;

    private @Nullable String buildingName;

    private @Nullable ReservedStatus reservedStatus;

    private @Nullable String floorName;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(InterviewMeetingRoom source) {
      this.roomId = source.roomId();
      this.roomName = source.roomName();
      this.buildingName = source.buildingName();
      this.reservedStatus = source.reservedStatus();
      this.floorName = source.floorName();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link InterviewMeetingRoom#roomId()}.
     *
     * @param roomId the value, or null to unset
     * @return this builder
     */
    public Builder roomId(@Nullable String roomId) {
      this.roomId = roomId;
      return this;
    }

    /**
     * Sets {@link InterviewMeetingRoom#roomName()}.
     *
     * @param roomName the value, or null to unset
     * @return this builder
     */
    public Builder roomName(@Nullable String roomName) {
      this.roomName = roomName;
      return this;
    }

    /**
     * Sets {@link InterviewMeetingRoom#buildingName()}.
     *
     * @param buildingName the value, or null to unset
     * @return this builder
     */
    public Builder buildingName(@Nullable String buildingName) {
      this.buildingName = buildingName;
      return this;
    }

    /**
     * Sets {@link InterviewMeetingRoom#reservedStatus()}.
     *
     * @param reservedStatus the value, or null to unset
     * @return this builder
     */
    public Builder reservedStatus(@Nullable ReservedStatus reservedStatus) {
      this.reservedStatus = reservedStatus;
      return this;
    }

    /**
     * Sets {@link InterviewMeetingRoom#floorName()}.
     *
     * @param floorName the value, or null to unset
     * @return this builder
     */
    public Builder floorName(@Nullable String floorName) {
      this.floorName = floorName;
      return this;
    }

    /**
     * Sets {@link InterviewMeetingRoom#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link InterviewMeetingRoom} of the components set so far.
     *
     * @return the value
     */
    public InterviewMeetingRoom build() {
      return new InterviewMeetingRoom(roomId, roomName, buildingName, reservedStatus, floorName,
          extraProperties);
    }
  }
}
