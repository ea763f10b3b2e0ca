package io.larkgen.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One event of the root {@code x-lark-events}.
 *
 * @param eventType the event type string, e.g. {@code hire.application.stage_changed_v1}
 * @param schema the object schema of the pushed JSON ({@code schema}, {@code header}, {@code
 *     event}), e.g. {@code ApplicationStageChangedV1Event}
 * @param bodySchema the object schema of its {@code event} property: the event body
 * @param description the description of {@link #schema()}, may be empty
 * @param appTypes the app types that receive it, e.g. {@code [custom, isv]}; may be empty
 * @param scopes the scopes of which one is needed to receive it; may be empty
 * @param docUrl {@code doc.url}: the event's Feishu doc page, if imported
 */
public record EventDef(
    String eventType,
    String schema,
    String bodySchema,
    String description,
    List<String> appTypes,
    List<String> scopes,
    Optional<String> docUrl) {

  public EventDef {
    appTypes = List.copyOf(appTypes);
    scopes = List.copyOf(scopes);
  }
}
