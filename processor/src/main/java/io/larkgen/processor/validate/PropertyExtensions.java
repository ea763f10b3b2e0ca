package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.SpecNode;

/**
 * Reads the extensions written on the properties of a schema: {@code x-lark-max-bytes}, {@code
 * x-lark-field-scopes} and {@code x-lark-pii}. Their values are read where the property is built
 * (a form file's size limit, a property's personal-data mark); this class reports the malformed
 * ones once.
 */
final class PropertyExtensions {
  private final Checker check;

  PropertyExtensions(ReadContext context) {
    this.check = context.check();
  }

  /**
   * Checks the property extensions of one schema: {@code x-lark-max-bytes} (a positive integer
   * on a {@code format: binary} string), {@code x-lark-field-scopes} (a list of scopes) and
   * {@code x-lark-pii} (a boolean, not beside a {@code $ref}).
   */
  void read(SpecNode.Mapping schema) {
    if (!(schema.get("properties").orElse(null) instanceof SpecNode.Mapping properties)) {
      return;
    }
    for (SpecNode property : properties.entries().values()) {
      if (!(property instanceof SpecNode.Mapping m)) {
        continue;
      }
      check.integer(m, "x-lark-max-bytes", false, ProblemCode.BAD_EXTENSION).ifPresent(max -> {
        if (max <= 0) {
          check.report(ProblemCode.BAD_EXTENSION, m.get("x-lark-max-bytes").orElseThrow(),
              "x-lark-max-bytes " + max + " is not a positive number of bytes");
        }
      });
      check.sequence(m, "x-lark-field-scopes", false, ProblemCode.BAD_EXTENSION)
          .ifPresent(s -> check.stringList(s, ProblemCode.BAD_EXTENSION, "x-lark-field-scopes item"));
      m.get("x-lark-pii").ifPresent(pii -> {
        check.asBoolean(pii, ProblemCode.BAD_EXTENSION, "x-lark-pii");
        if (m.get("$ref").isPresent()) {
          check.report(ProblemCode.BAD_EXTENSION, pii,
              "x-lark-pii beside a $ref is ignored by OpenAPI tools; mark the properties of the"
                  + " referenced schema instead");
        }
      });
    }
  }
}
