package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.RequireAnyDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code x-lark-require-any: [{parameters, description}]}: groups of query parameters of
 * which a request must set at least one.
 */
final class RequireAnyExtension implements OperationExtension<List<RequireAnyDef>> {
  private final Checker check;

  RequireAnyExtension(ReadContext context) {
    this.check = context.check();
  }

  @Override
  public String key() {
    return "x-lark-require-any";
  }

  @Override
  public List<RequireAnyDef> read(SpecNode.Mapping op, OperationScope scope) {
    OperationParameters params = scope.params();
    Optional<SpecNode.Sequence> seq = check.sequence(op, key(), false, ProblemCode.BAD_EXTENSION);
    if (seq.isEmpty()) {
      return List.of();
    }
    List<String> query = params.names(ParameterDef.Location.QUERY);
    List<RequireAnyDef> result = new ArrayList<>();
    for (SpecNode item : seq.get().items()) {
      Optional<SpecNode.Mapping> rule = check.asMapping(item, ProblemCode.BAD_EXTENSION, "x-lark-require-any rule");
      if (rule.isEmpty()) {
        continue;
      }
      check.onlyKeys(rule.get(), ProblemCode.BAD_EXTENSION, "x-lark-require-any rule", List.of("parameters", "description"));
      Optional<List<String>> names = check.stringList(rule.get(), "parameters", true, ProblemCode.BAD_EXTENSION);
      Optional<String> description = check.string(rule.get(), "description", false, ProblemCode.BAD_EXTENSION);
      if (names.isEmpty()) {
        continue;
      }
      SpecNode.Sequence namesNode = (SpecNode.Sequence) rule.get().get("parameters").orElseThrow();
      boolean ok = true;
      if (names.get().size() < 2) {
        check.report(ProblemCode.BAD_EXTENSION, namesNode, "a require-any rule needs at least two parameters");
        ok = false;
      }
      for (int i = 0; i < names.get().size(); i++) {
        if (!query.contains(names.get().get(i)) && !(params.declaresAnywhere(names.get().get(i)) && !params.ok())) {
          check.report(ProblemCode.BAD_EXTENSION, namesNode.items().get(i),
              "'" + names.get().get(i) + "' is not a query parameter of the operation (parameters: " + query + ")"
                  + Suggestions.closest(names.get().get(i), query));
          ok = false;
        }
      }
      if (ok) {
        result.add(new RequireAnyDef(names.get(), description.orElse("")));
      }
    }
    return result;
  }
}
