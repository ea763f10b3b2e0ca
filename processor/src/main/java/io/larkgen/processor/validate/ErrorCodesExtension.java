package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ErrorCodeDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads error code lists: {@code x-lark-error-codes} of an operation and {@code
 * x-lark-common-error-codes} at the root, items {@code {code, http-status, msg, description,
 * retry}}.
 */
final class ErrorCodesExtension implements OperationExtension<List<ErrorCodeDef>> {
  private static final List<String> RETRY_VALUES = List.of("never", "backoff", "refresh-token");

  private final Checker check;

  ErrorCodesExtension(ReadContext context) {
    this.check = context.check();
  }

  private List<ErrorCodeDef> errorCodes(SpecNode.Mapping owner, String key) {
    Optional<SpecNode.Sequence> sequence = check.sequence(owner, key, false, ProblemCode.BAD_EXTENSION);
    if (sequence.isEmpty()) {
      return List.of();
    }
    List<ErrorCodeDef> result = new ArrayList<>();
    Map<Long, SpecNode> seen = new HashMap<>();
    for (SpecNode item : sequence.get().items()) {
      Optional<SpecNode.Mapping> m = check.asMapping(item, ProblemCode.BAD_EXTENSION, key + " item");
      if (m.isEmpty()) {
        continue;
      }
      check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, key + " item",
          List.of("code", "http-status", "msg", "description", "retry"));
      Optional<Integer> code = check.int32(m.get(), "code", true, ProblemCode.BAD_EXTENSION);
      Optional<Integer> status = check.int32(m.get(), "http-status", true, ProblemCode.BAD_EXTENSION);
      Optional<String> msg = check.string(m.get(), "msg", false, ProblemCode.BAD_EXTENSION);
      Optional<String> description = check.string(m.get(), "description", false, ProblemCode.BAD_EXTENSION);
      Optional<String> retry = check.string(m.get(), "retry", true, ProblemCode.BAD_EXTENSION);
      if (status.isPresent() && (status.get() < 100 || status.get() > 599)) {
        check.report(ProblemCode.BAD_EXTENSION, m.get().get("http-status").orElseThrow(),
            "http-status " + status.get() + " is not an HTTP status (100-599)");
        status = Optional.empty();
      }
      if (retry.isPresent() && !RETRY_VALUES.contains(retry.get())) {
        check.report(ProblemCode.BAD_EXTENSION, m.get().get("retry").orElseThrow(),
            "unknown retry '" + retry.get() + "' (expected one of " + RETRY_VALUES + ")");
        retry = Optional.empty();
      }
      if (code.isPresent()) {
        SpecNode first = seen.putIfAbsent((long) code.get(), item);
        if (first != null) {
          check.report(ProblemCode.BAD_EXTENSION, m.get().get("code").orElseThrow(),
              "error code " + code.get() + " is listed twice (first at " + first.pointer() + ")");
        }
      }
      if (code.isPresent() && status.isPresent() && retry.isPresent()) {
        result.add(new ErrorCodeDef(code.get(), status.get(), msg.orElse(""), description.orElse(""), retry.get()));
      }
    }
    return result;
  }

  /** The root's {@code x-lark-common-error-codes}, which every operation may answer. */
  List<ErrorCodeDef> common(SpecNode.Mapping root) {
    return errorCodes(root, "x-lark-common-error-codes");
  }

  @Override
  public String key() {
    return "x-lark-error-codes";
  }

  @Override
  public List<ErrorCodeDef> read(SpecNode.Mapping op, OperationScope scope) {
    return errorCodes(op, key());
  }
}
