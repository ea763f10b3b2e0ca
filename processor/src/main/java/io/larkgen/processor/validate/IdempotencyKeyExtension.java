package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code x-lark-idempotency-key}, the string property of the JSON request body that makes a
 * retried request safe to send again.
 */
final class IdempotencyKeyExtension implements OperationExtension<Optional<String>> {
  private final Checker check;
  private final Map<String, SchemaDef> schemas;

  IdempotencyKeyExtension(ReadContext context) {
    this.check = context.check();
    this.schemas = context.schemas();
  }

  @Override
  public String key() {
    return "x-lark-idempotency-key";
  }

  /**
   * Checks {@code x-lark-idempotency-key}: a string naming a top-level property of the JSON
   * request body.
   */
  @Override
  public Optional<String> read(SpecNode.Mapping op, OperationScope scope) {
    List<ParameterDef> parameters = scope.parameters();
    Optional<SpecNode> node = op.get(key());
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> key = check.asString(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-idempotency-key");
    if (key.isEmpty() || !scope.unsupported().isEmpty()) {
      return Optional.empty();
    }
    Optional<ParameterDef> body = parameters.stream().filter(p -> p.in() == ParameterDef.Location.BODY).findFirst();
    if (body.isEmpty()) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-idempotency-key '" + key.get() + "' is written on an operation without a JSON request body");
      return Optional.empty();
    }
    if (!(body.get().type() instanceof TypeRef.Named named
        && schemas.get(named.schemaName()) instanceof ObjectDef object)) {
      return Optional.empty();
    }
    List<String> names = object.properties().stream().map(PropertyDef::jsonName).toList();
    Optional<PropertyDef> property =
        object.properties().stream().filter(p -> p.jsonName().equals(key.get())).findFirst();
    if (property.isEmpty()) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-idempotency-key '" + key.get() + "' is not a property of " + object.name()
              + " (properties: " + names + ")" + Suggestions.closest(key.get(), names));
      return Optional.empty();
    }
    if (!(property.get().type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING)) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-idempotency-key '" + key.get() + "' must name a string property of " + object.name());
      return Optional.empty();
    }
    return key;
  }
}
