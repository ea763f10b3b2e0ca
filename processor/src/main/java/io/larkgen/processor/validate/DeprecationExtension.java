package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code x-lark-deprecation: {note, replacement}} beside an operation's {@code deprecated:
 * true}.
 */
final class DeprecationExtension implements OperationExtension<Optional<OperationDef.Deprecation>> {
  private final Checker check;

  DeprecationExtension(ReadContext context) {
    this.check = context.check();
  }

  /** Checks {@code x-lark-deprecation: {note, replacement}}; present only beside {@code deprecated: true}. */
  private Optional<OperationDef.Deprecation> deprecation(SpecNode.Mapping op) {
    boolean deprecated = op.get("deprecated")
        .flatMap(d -> check.asBoolean(d, ProblemCode.OPENAPI_STRUCTURE, "deprecated")).orElse(false);
    Optional<SpecNode> node = op.get(key());
    if (node.isEmpty()) {
      return deprecated ? Optional.of(new OperationDef.Deprecation("", "")) : Optional.empty();
    }
    if (!deprecated) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-deprecation is written on an operation without deprecated: true");
      return Optional.empty();
    }
    return check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-deprecation").map(m -> {
      check.onlyKeys(m, ProblemCode.BAD_EXTENSION, "x-lark-deprecation", List.of("note", "replacement"));
      return new OperationDef.Deprecation(
          check.string(m, "note", true, ProblemCode.BAD_EXTENSION).orElse(""),
          check.string(m, "replacement", false, ProblemCode.BAD_EXTENSION).orElse(""));
    });
  }

  @Override
  public String key() {
    return "x-lark-deprecation";
  }

  @Override
  public Optional<OperationDef.Deprecation> read(SpecNode.Mapping op, OperationScope scope) {
    return deprecation(op);
  }
}
