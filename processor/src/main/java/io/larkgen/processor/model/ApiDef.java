package io.larkgen.processor.model;

import java.util.List;
import java.util.Map;

/**
 * One loaded and validated spec: everything the writers need, nothing of the YAML tree.
 *
 * @param specPath the spec's resource name as the trigger gave it, e.g. {@code hire-v1.yaml}
 * @param title {@code info.title}
 * @param description {@code info.description}, may be empty
 * @param service {@code x-lark-service}
 * @param envelope {@code x-lark-envelope}
 * @param appTypes root {@code x-lark-app-types}, e.g. {@code [custom, isv]}
 * @param commonErrorCodes root {@code x-lark-common-error-codes}
 * @param operations every operation, in spec order (paths, then methods, as written)
 * @param schemas every named schema under {@code components/schemas}, by name, in spec order
 * @param events root {@code x-lark-events}, in spec order
 */
public record ApiDef(
    String specPath,
    String title,
    String description,
    ServiceDef service,
    EnvelopeDef envelope,
    List<String> appTypes,
    List<ErrorCodeDef> commonErrorCodes,
    List<OperationDef> operations,
    Map<String, SchemaDef> schemas,
    List<EventDef> events) {

  public ApiDef {
    appTypes = List.copyOf(appTypes);
    events = List.copyOf(events);
    commonErrorCodes = List.copyOf(commonErrorCodes);
    operations = List.copyOf(operations);
    schemas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(schemas));
  }
}
