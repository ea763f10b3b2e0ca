package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.EnvelopeDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code x-lark-envelope: {code, msg, data, success-code}}, the field names of the JSON
 * envelope every response is wrapped in: required at the root, and overridden key by key on an
 * operation whose envelope differs ({@code {msg: message}}).
 *
 * <p>Unlike the {@link OperationExtension}s, an operation's envelope is read before its response,
 * which it shapes, so it is read on its own.
 */
final class EnvelopeExtension {
  private final Checker check;

  EnvelopeExtension(ReadContext context) {
    this.check = context.check();
  }

  /** The root envelope; its absence is reported. */
  Optional<EnvelopeDef> root(SpecNode.Mapping root) {
    Optional<SpecNode> node = root.get("x-lark-envelope");
    if (node.isEmpty()) {
      check.report(ProblemCode.BAD_ENVELOPE, root.pointer().child("x-lark-envelope"),
          "missing 'x-lark-envelope' (the code, msg and data field names)");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> mapping = check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-envelope");
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    SpecNode.Mapping m = mapping.get();
    check.onlyKeys(m, ProblemCode.BAD_EXTENSION, "x-lark-envelope", List.of("code", "msg", "data", "success-code"));
    Optional<String> code = check.string(m, "code", true, ProblemCode.BAD_EXTENSION);
    Optional<String> msg = check.string(m, "msg", true, ProblemCode.BAD_EXTENSION);
    Optional<String> data = check.string(m, "data", true, ProblemCode.BAD_EXTENSION);
    Optional<Integer> success = check.int32(m, "success-code", true, ProblemCode.BAD_EXTENSION);
    if (code.isEmpty() || msg.isEmpty() || data.isEmpty() || success.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EnvelopeDef(code.get(), msg.get(), data.get(), success.get()));
  }

  /**
   * The envelope of one operation: the root's, with the keys its own {@code x-lark-envelope}
   * overrides (e.g. {@code {msg: message}}).
   */
  EnvelopeDef operationEnvelope(SpecNode.Mapping op, EnvelopeDef root) {
    Optional<SpecNode.Mapping> m = op.get("x-lark-envelope")
        .flatMap(n -> check.asMapping(n, ProblemCode.BAD_EXTENSION, "x-lark-envelope"));
    if (m.isEmpty()) {
      return root;
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-envelope", List.of("code", "msg", "data", "success-code"));
    return new EnvelopeDef(
        check.string(m.get(), "code", false, ProblemCode.BAD_EXTENSION).orElse(root.codeField()),
        check.string(m.get(), "msg", false, ProblemCode.BAD_EXTENSION).orElse(root.msgField()),
        check.string(m.get(), "data", false, ProblemCode.BAD_EXTENSION).orElse(root.dataField()),
        check.int32(m.get(), "success-code", false, ProblemCode.BAD_EXTENSION).orElse(root.successCode()));
  }
}
