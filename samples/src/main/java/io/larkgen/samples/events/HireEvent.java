package io.larkgen.samples.events;

import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.json.JsonReader;
import io.larkgen.runtime.json.JsonValues;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code hire-events} prints of a Hire event: the kind of object it names (application,
 * offer, talent) and that object's ids.
 *
 * @param noun the kind of object, e.g. {@code application}
 * @param ids the ids the event names, in the order of the body; empty when the body has none
 */
public record HireEvent(String noun, List<String> ids) {
  public HireEvent {
    ids = List.copyOf(ids);
  }

  /** {@code hire.application.stage_changed_v1}: {@code {"application_id": …, "origin_stage_id": …}}. */
  static final JsonReader<HireEvent> APPLICATION_STAGE_CHANGED = naming("application", "application_id");

  /** {@code hire.application.deleted_v1}: {@code {"application_ids": […]}}. */
  static final JsonReader<HireEvent> APPLICATION_DELETED = naming("application", "application_ids");

  /** {@code hire.offer.status_changed_v1}: {@code {"offer_id": …}}. */
  static final JsonReader<HireEvent> OFFER_STATUS_CHANGED = naming("offer", "offer_id");

  /** {@code hire.talent.deleted_v1}: {@code {"talent_id": …}}. */
  static final JsonReader<HireEvent> TALENT_DELETED = naming("talent", "talent_id");

  /**
   * A streaming reader of an event object that keeps {@code field} (a string, or an array of
   * strings) and skips every other member, so that fields Feishu adds later do no harm.
   */
  static JsonReader<HireEvent> naming(String noun, String field) {
    return p -> {
      if (!JsonValues.startObject(p, noun + " event")) {
        return null;
      }
      List<String> ids = new ArrayList<>();
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken value = p.nextToken();
        if (!name.equals(field)) {
          p.skipChildren();
        } else if (value == JsonToken.START_ARRAY) {
          ids.addAll(JsonValues.readList(p, JsonValues::readString));
        } else {
          String id = JsonValues.readString(p);
          if (id != null) {
            ids.add(id);
          }
        }
      }
      return new HireEvent(noun, ids);
    };
  }

  /** {@code application 6891470273284114702}, or {@code application (none)} for no ids. */
  @Override
  public String toString() {
    return noun + " " + (ids.isEmpty() ? "(none)" : String.join(",", ids));
  }
}
