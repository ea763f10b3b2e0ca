package io.larkgen.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;

/**
 * Hand-written readers for two Hire event bodies, shaped as the processor's generated readers
 * are: they start on the object's {@code START_OBJECT} and end on its {@code END_OBJECT}.
 */
final class HireEvents {
  static final String STAGE_CHANGED = "hire.application.stage_changed_v1";
  static final String OFFER_STATUS_CHANGED = "hire.offer.status_changed_v1";

  private HireEvents() {}

  /** {@code hire.application.stage_changed_v1}. */
  record StageChanged(
      String applicationId, String originStageId, String targetStageId, Long updateTime) {
    static StageChanged read(JsonParser p) throws IOException {
      if (!JsonValues.startObject(p, "StageChanged")) {
        return null;
      }
      String applicationId = null;
      String origin = null;
      String target = null;
      Long updateTime = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        switch (name) {
          case "application_id" -> applicationId = JsonValues.readString(p);
          case "origin_stage_id" -> origin = JsonValues.readString(p);
          case "target_stage_id" -> target = JsonValues.readString(p);
          case "update_time" -> updateTime = JsonValues.readLong(p);
          default -> p.skipChildren();
        }
      }
      return new StageChanged(applicationId, origin, target, updateTime);
    }
  }

  /** {@code hire.offer.status_changed_v1}. */
  record OfferStatusChanged(String offerId) {
    static OfferStatusChanged read(JsonParser p) throws IOException {
      if (!JsonValues.startObject(p, "OfferStatusChanged")) {
        return null;
      }
      String offerId = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        if (name.equals("offer_id")) {
          offerId = JsonValues.readString(p);
        } else {
          p.skipChildren();
        }
      }
      return new OfferStatusChanged(offerId);
    }
  }
}
