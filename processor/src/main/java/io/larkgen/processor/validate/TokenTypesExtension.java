package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads which access tokens an operation accepts: {@code x-lark-token-types} of each security
 * scheme under {@code components/securitySchemes}, the schemes an operation's {@code security}
 * (or the root's) names, and the operation's own {@code x-lark-token-types}, each of which must
 * come from one of its schemes.
 */
final class TokenTypesExtension implements OperationExtension<List<String>> {
  private static final List<String> TOKEN_TYPES =
      List.of("tenant_access_token", "app_access_token", "user_access_token");

  private final Checker check;
  private final Map<String, List<String>> tokenTypesByScheme = new HashMap<>();

  TokenTypesExtension(ReadContext context) {
    this.check = context.check();
  }

  /** Reads the token types of every security scheme; must come before the operations. */
  void securitySchemes(SpecNode.Mapping root) {
    Optional<SpecNode.Mapping> components = check.mapping(root, "components", false, ProblemCode.OPENAPI_STRUCTURE);
    Optional<SpecNode.Mapping> schemes = components.flatMap(
        c -> check.mapping(c, "securitySchemes", false, ProblemCode.OPENAPI_STRUCTURE));
    if (schemes.isEmpty()) {
      return;
    }
    for (Map.Entry<String, SpecNode> entry : schemes.get().entries().entrySet()) {
      Optional<SpecNode.Mapping> scheme =
          check.asMapping(entry.getValue(), ProblemCode.OPENAPI_STRUCTURE, "security scheme '" + entry.getKey() + "'");
      if (scheme.isEmpty()) {
        continue;
      }
      List<String> types = new ArrayList<>();
      Optional<SpecNode.Sequence> sequence =
          check.sequence(scheme.get(), "x-lark-token-types", false, ProblemCode.BAD_EXTENSION);
      if (sequence.isPresent()) {
        for (SpecNode item : sequence.get().items()) {
          check.asString(item, ProblemCode.BAD_EXTENSION, "x-lark-token-types item").ifPresent(type -> {
            if (TOKEN_TYPES.contains(type)) {
              types.add(type);
            } else {
              check.report(ProblemCode.BAD_EXTENSION, item,
                  "unknown token type '" + type + "' (expected one of " + TOKEN_TYPES + ")");
            }
          });
        }
        if (sequence.get().items().isEmpty()) {
          check.report(ProblemCode.BAD_EXTENSION, sequence.get(),
              "x-lark-token-types is empty (expected some of " + TOKEN_TYPES + ")");
        }
      }
      tokenTypesByScheme.put(entry.getKey(), types);
    }
  }

  private List<String> tokenTypes(SpecNode.Mapping op, Optional<SpecNode> rootSecurity) {
    List<String> fromSecurity = securityTokenTypes(op, rootSecurity);
    Optional<SpecNode> declared = op.get(key());
    if (declared.isEmpty()) {
      return fromSecurity;
    }
    // The accepted tokens, stated on the operation; each must come from one of its security schemes.
    Optional<List<String>> types = check.asSequence(declared.get(), ProblemCode.BAD_EXTENSION, "x-lark-token-types")
        .flatMap(s -> check.stringList(s, ProblemCode.BAD_EXTENSION, "token type"));
    if (types.isEmpty()) {
      return fromSecurity;
    }
    for (String type : types.get()) {
      if (!TOKEN_TYPES.contains(type)) {
        check.report(ProblemCode.BAD_EXTENSION, declared.get(),
            "unknown token type '" + type + "' (known: " + TOKEN_TYPES + ")" + Suggestions.closest(type, TOKEN_TYPES));
      } else if (!fromSecurity.contains(type)) {
        check.report(ProblemCode.BAD_EXTENSION, declared.get(),
            "token type '" + type + "' is accepted by none of the operation's security schemes " + fromSecurity);
      }
    }
    return List.copyOf(new LinkedHashSet<>(types.get()));
  }

  private List<String> securityTokenTypes(SpecNode.Mapping op, Optional<SpecNode> rootSecurity) {
    Optional<SpecNode> security = op.get("security").or(() -> rootSecurity);
    if (security.isEmpty()) {
      return List.of();
    }
    Optional<SpecNode.Sequence> seq = check.asSequence(security.get(), ProblemCode.OPENAPI_STRUCTURE, "security");
    if (seq.isEmpty()) {
      return List.of();
    }
    Set<String> result = new LinkedHashSet<>();
    for (SpecNode requirement : seq.get().items()) {
      Optional<SpecNode.Mapping> m = check.asMapping(requirement, ProblemCode.OPENAPI_STRUCTURE, "a security requirement");
      for (Map.Entry<String, SpecNode> entry : m.map(SpecNode.Mapping::entries).orElse(Map.of()).entrySet()) {
        List<String> types = tokenTypesByScheme.get(entry.getKey());
        if (types == null) {
          check.report(ProblemCode.UNRESOLVED_REF, entry.getValue(),
              "security scheme '" + entry.getKey() + "' is not defined in components/securitySchemes"
                  + Suggestions.closest(entry.getKey(), new ArrayList<>(tokenTypesByScheme.keySet())));
          continue;
        }
        if (types.isEmpty() && !schemeHasTokenTypes(entry.getKey())) {
          check.report(ProblemCode.BAD_EXTENSION,
              JsonPointer.ROOT.append("components", "securitySchemes", entry.getKey(), "x-lark-token-types"),
              "security scheme '" + entry.getKey() + "' has no x-lark-token-types");
        }
        result.addAll(types);
      }
    }
    return List.copyOf(result);
  }

  private boolean schemeHasTokenTypes(String scheme) {
    return check.document()
        .find(JsonPointer.ROOT.append("components", "securitySchemes", scheme, "x-lark-token-types"))
        .isPresent();
  }

  @Override
  public String key() {
    return "x-lark-token-types";
  }

  @Override
  public List<String> read(SpecNode.Mapping op, OperationScope scope) {
    return tokenTypes(op, scope.rootSecurity());
  }
}
