package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The catalogue of {@code x-lark-*} extensions and where each may be written: an unknown key, or a
 * known one in a place where nothing reads it, is a {@link ProblemCode#UNKNOWN_EXTENSION}
 * warning.
 */
final class ExtensionPlaces {
  /** Where each {@code x-lark-*} extension may be written. */
  static final Map<String, Place> EXTENSIONS =
      Map.ofEntries(
          Map.entry("x-lark-service", Place.ROOT),
          Map.entry("x-lark-envelope", Place.ROOT_OR_OPERATION),
          Map.entry("x-lark-events", Place.ROOT),
          Map.entry("x-lark-doc", Place.SCHEMA_OR_OPERATION),
          Map.entry("x-lark-deprecation", Place.OPERATION),
          Map.entry("x-lark-idempotency-key", Place.OPERATION),
          Map.entry("x-lark-max-bytes", Place.PROPERTY),
          Map.entry("x-lark-field-scopes", Place.PROPERTY),
          Map.entry("x-lark-pii", Place.PROPERTY),
          Map.entry("x-lark-common-error-codes", Place.ROOT),
          Map.entry("x-lark-app-types", Place.ROOT_OR_OPERATION),
          Map.entry("x-lark-method", Place.OPERATION),
          Map.entry("x-lark-error-codes", Place.OPERATION),
          Map.entry("x-lark-pagination", Place.OPERATION),
          Map.entry("x-lark-rate-limit", Place.OPERATION),
          Map.entry("x-lark-require-any", Place.OPERATION),
          Map.entry("x-lark-scopes", Place.OPERATION),
          Map.entry("x-lark-token-types", Place.SECURITY_SCHEME_OR_OPERATION),
          Map.entry("x-lark-enum-descriptions-en", Place.SCHEMA));

  private final Checker check;

  ExtensionPlaces(Checker check) {
    this.check = check;
  }

  /** Warns about unknown {@code x-lark-*} keys and catalogued ones written in the wrong place. */
  void checkExtensionPlaces(SpecNode node, JsonPointer pointer) {
    if (node instanceof SpecNode.Sequence sequence) {
      sequence.items().forEach(item -> checkExtensionPlaces(item, item.pointer()));
      return;
    }
    if (!(node instanceof SpecNode.Mapping mapping)) {
      return;
    }
    for (Map.Entry<String, SpecNode> entry : mapping.entries().entrySet()) {
      String key = entry.getKey();
      if (key.startsWith("x-lark-")) {
        Place place = EXTENSIONS.get(key);
        Place here = Place.of(pointer);
        if (place == null) {
          check.report(ProblemCode.UNKNOWN_EXTENSION, entry.getValue().pointer(),
              entry.getValue().keyLocation().orElse(entry.getValue().location()),
              "unknown extension '" + key + "' (known: " + new TreeSet<>(EXTENSIONS.keySet()) + ")");
        } else if (!place.allows(here)) {
          check.report(ProblemCode.UNKNOWN_EXTENSION, entry.getValue().pointer(),
              entry.getValue().keyLocation().orElse(entry.getValue().location()),
              "'" + key + "' is not read here; it belongs " + place.description);
        }
      }
      if (!key.startsWith("x-")) {
        checkExtensionPlaces(entry.getValue(), entry.getValue().pointer());
      }
    }
  }

  /** Where an extension may be written. */
  enum Place {
    ROOT("at the root"),
    OPERATION("on an operation"),
    ROOT_OR_OPERATION("at the root or on an operation"),
    SECURITY_SCHEME("on a security scheme"),
    SECURITY_SCHEME_OR_OPERATION("on a security scheme or an operation"),
    SCHEMA("on an enum schema under components/schemas"),
    SCHEMA_OR_OPERATION("on an operation or a schema under components/schemas"),
    PROPERTY("on a property of a schema under components/schemas"),
    OTHER("elsewhere");

    final String description;

    Place(String description) {
      this.description = description;
    }

    static Place of(JsonPointer pointer) {
      List<String> t = pointer.tokens();
      if (t.isEmpty()) {
        return ROOT;
      }
      if (t.size() == 3 && t.get(0).equals("paths") && OperationReader.HTTP_METHODS.contains(t.get(2))) {
        return OPERATION;
      }
      if (t.size() == 3 && t.get(0).equals("components") && t.get(1).equals("securitySchemes")) {
        return SECURITY_SCHEME;
      }
      if (t.size() == 3 && t.get(0).equals("components") && t.get(1).equals("schemas")) {
        return SCHEMA;
      }
      if (t.size() == 5 && t.get(0).equals("components") && t.get(1).equals("schemas")
          && t.get(3).equals("properties")) {
        return PROPERTY;
      }
      return OTHER;
    }

    boolean allows(Place here) {
      return this == here
          || (this == ROOT_OR_OPERATION && (here == ROOT || here == OPERATION))
          || (this == SECURITY_SCHEME_OR_OPERATION && (here == SECURITY_SCHEME || here == OPERATION))
          || (this == SCHEMA_OR_OPERATION && (here == SCHEMA || here == OPERATION));
    }
  }
}
