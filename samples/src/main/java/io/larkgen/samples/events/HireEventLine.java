package io.larkgen.samples.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.larkgen.hire.events.HireApplicationDeletedV1;
import io.larkgen.hire.events.HireApplicationStageChangedV1;
import io.larkgen.hire.events.HireEcoAccountCreatedV1;
import io.larkgen.hire.events.HireEcoBackgroundCheckCanceledV1;
import io.larkgen.hire.events.HireEcoBackgroundCheckCreatedV1;
import io.larkgen.hire.events.HireEcoExamCreatedV1;
import io.larkgen.hire.events.HireEhrImportTaskForInternshipOfferImportedV1;
import io.larkgen.hire.events.HireEhrImportTaskImportedV1;
import io.larkgen.hire.events.HireEvent;
import io.larkgen.hire.events.HireOfferStatusChangedV1;
import io.larkgen.hire.events.HireReferralAccountAssetsUpdateV1;
import io.larkgen.hire.events.HireTalentDeletedV1;
import io.larkgen.hire.events.HireTalentTagSubscriptionV1;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * What {@code hire-events} prints of one event: a JSON line {@code {"type", "id", "summary"}},
 * the summary made from the event's typed fields (the application, offer, talent or task it
 * names). The {@code switch} over the event type constants is exhaustive: an event type added to
 * the spec fails this file's compilation until it has a summary.
 */
final class HireEventLine {
  private static final JsonFactory JSON = new JsonFactory();

  private HireEventLine() {}

  /** {@code {"type":"hire.offer.status_changed_v1","id":"…","summary":"offer 7132790542665222407"}}. */
  static String of(HireEvent event) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", event.header().eventType());
      g.writeStringField("id", event.eventId());
      g.writeStringField("summary", summary(event));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The objects the event names, from its typed body. */
  static String summary(HireEvent event) {
    return event.type().known().map(type -> switch (type) {
      case APPLICATION_DELETED_V1 ->
          "application " + ids(((HireApplicationDeletedV1) event).event().applicationIds());
      case APPLICATION_STAGE_CHANGED_V1 -> {
        var e = ((HireApplicationStageChangedV1) event).event();
        yield "application " + id(e.applicationId()) + ": stage " + id(e.originStageId())
            + " -> " + id(e.targetStageId());
      }
      case OFFER_STATUS_CHANGED_V1 -> "offer " + id(((HireOfferStatusChangedV1) event).event().offerId());
      case EHR_IMPORT_TASK_FOR_INTERNSHIP_OFFER_IMPORTED_V1 -> {
        var e = ((HireEhrImportTaskForInternshipOfferImportedV1) event).event();
        yield "e-HR import task " + id(e.taskId()) + " of application " + id(e.applicationId())
            + ", offer " + id(e.offerId());
      }
      case EHR_IMPORT_TASK_IMPORTED_V1 -> {
        var e = ((HireEhrImportTaskImportedV1) event).event();
        yield "e-HR import task " + id(e.taskId()) + " of application " + id(e.applicationId());
      }
      case TALENT_DELETED_V1 -> "talent " + id(((HireTalentDeletedV1) event).event().talentId());
      case TALENT_TAG_SUBSCRIPTION_V1 -> {
        var e = ((HireTalentTagSubscriptionV1) event).event();
        yield "talent " + id(e.talentId()) + ", application " + id(e.applicationId())
            + (e.type() == null ? "" : ": change " + e.type().code() + " " + e.type().description());
      }
      case ECO_ACCOUNT_CREATED_V1 ->
          "eco account " + id(((HireEcoAccountCreatedV1) event).event().accountId());
      case ECO_BACKGROUND_CHECK_CANCELED_V1 ->
          "background check " + id(((HireEcoBackgroundCheckCanceledV1) event).event().backgroundCheckId())
              + " canceled";
      case ECO_BACKGROUND_CHECK_CREATED_V1 ->
          "background check " + id(((HireEcoBackgroundCheckCreatedV1) event).event().backgroundCheckId());
      case ECO_EXAM_CREATED_V1 -> "exam " + id(((HireEcoExamCreatedV1) event).event().examId());
      case REFERRAL_ACCOUNT_ASSETS_UPDATE_V1 ->
          "referral account " + id(((HireReferralAccountAssetsUpdateV1) event).event().accountId());
    }).orElse("not known to this client");
  }

  private static String id(String id) {
    return Objects.requireNonNullElse(id, "(none)");
  }

  private static String ids(List<String> ids) {
    return ids.isEmpty() ? "(none)" : String.join(",", ids);
  }
}
