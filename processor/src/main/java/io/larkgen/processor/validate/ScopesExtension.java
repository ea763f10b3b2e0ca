package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.ScopesDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code x-lark-scopes: {any-of, field-scopes}}: the permission scopes of which a caller
 * needs one, and the scopes that unlock fields, optionally {@code when} a parameter has a value.
 */
final class ScopesExtension implements OperationExtension<ScopesDef> {
  private static final Pattern WHEN = Pattern.compile("([A-Za-z0-9_.\\-]+)=(.+)");

  private final Checker check;

  ScopesExtension(ReadContext context) {
    this.check = context.check();
  }

  @Override
  public String key() {
    return "x-lark-scopes";
  }

  @Override
  public ScopesDef read(SpecNode.Mapping op, OperationScope scope) {
    OperationParameters params = scope.params();
    Optional<SpecNode.Mapping> m = check.mapping(op, key(), false, ProblemCode.BAD_EXTENSION);
    if (m.isEmpty()) {
      return ScopesDef.NONE;
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-scopes", List.of("any-of", "field-scopes"));
    List<String> anyOf = check.stringList(m.get(), "any-of", true, ProblemCode.BAD_EXTENSION).orElse(List.of());
    List<ScopesDef.FieldScope> fieldScopes = new ArrayList<>();
    Optional<SpecNode.Sequence> seq = check.sequence(m.get(), "field-scopes", false, ProblemCode.BAD_EXTENSION);
    for (SpecNode item : seq.map(SpecNode.Sequence::items).orElse(List.of())) {
      Optional<SpecNode.Mapping> fs = check.asMapping(item, ProblemCode.BAD_EXTENSION, "field scope");
      if (fs.isEmpty()) {
        continue;
      }
      check.onlyKeys(fs.get(), ProblemCode.BAD_EXTENSION, "field scope", List.of("scope", "when", "description"));
      Optional<String> name = check.string(fs.get(), "scope", true, ProblemCode.BAD_EXTENSION);
      Optional<String> when = check.string(fs.get(), "when", false, ProblemCode.BAD_EXTENSION);
      Optional<String> description = check.string(fs.get(), "description", false, ProblemCode.BAD_EXTENSION);
      if (when.isPresent()) {
        Matcher matcher = WHEN.matcher(when.get());
        SpecNode at = fs.get().get("when").orElseThrow();
        if (!matcher.matches()) {
          check.report(ProblemCode.BAD_EXTENSION, at, "when '" + when.get() + "' must be parameter=value");
          continue;
        }
        String param = matcher.group(1);
        if (!params.declares(ParameterDef.Location.QUERY, param) && !params.declares(ParameterDef.Location.PATH, param)) {
          check.report(ProblemCode.BAD_EXTENSION, at, "when names '" + param + "', which is not a parameter of the operation");
          continue;
        }
      }
      if (name.isPresent()) {
        fieldScopes.add(new ScopesDef.FieldScope(name.get(), when.orElse(""), description.orElse("")));
      }
    }
    return new ScopesDef(anyOf, fieldScopes);
  }
}
