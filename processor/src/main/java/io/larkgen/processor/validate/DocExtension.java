package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code x-lark-doc: {file, full-path, update-time, url}}, the page of the Feishu docs an
 * operation or schema comes from, giving its {@code url}; events carry the same mapping under
 * {@code doc}.
 */
final class DocExtension implements OperationExtension<Optional<String>> {
  private final Checker check;

  DocExtension(ReadContext context) {
    this.check = context.check();
  }

  /** Checks {@code x-lark-doc: {file, full-path, update-time, url}} on an operation or schema. */
  Optional<String> doc(SpecNode.Mapping owner) {
    return doc(owner, key());
  }

  /** Checks a {@code {file, full-path, update-time, url}} mapping under {@code key} of {@code owner}. */
  Optional<String> doc(SpecNode.Mapping owner, String key) {
    Optional<SpecNode.Mapping> m = owner.get(key)
        .flatMap(n -> check.asMapping(n, ProblemCode.BAD_EXTENSION, "x-lark-doc"));
    if (m.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-doc", List.of("file", "full-path", "update-time", "url"));
    check.string(m.get(), "file", true, ProblemCode.BAD_EXTENSION);
    check.string(m.get(), "full-path", true, ProblemCode.BAD_EXTENSION);
    check.integer(m.get(), "update-time", false, ProblemCode.BAD_EXTENSION);
    Optional<String> url = check.string(m.get(), "url", true, ProblemCode.BAD_EXTENSION);
    if (url.isPresent() && !url.get().startsWith("https://")) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("url").orElseThrow(),
          "x-lark-doc url '" + url.get() + "' is not an https:// address");
      return Optional.empty();
    }
    return url;
  }

  @Override
  public String key() {
    return "x-lark-doc";
  }

  @Override
  public Optional<String> read(SpecNode.Mapping op, OperationScope scope) {
    return doc(op);
  }
}
