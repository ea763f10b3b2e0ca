package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ServiceDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the root of a spec: its {@code openapi} version (only 3.0.x is read further), and {@code
 * x-lark-service}, the service name and version that name the generated entry point.
 */
final class RootReader {
  private static final Pattern OPENAPI_30 = Pattern.compile("3\\.0\\.\\d+");

  private final Checker check;
  private final NameChecks names;

  RootReader(ReadContext context, NameChecks names) {
    this.check = context.check();
    this.names = names;
  }

  boolean checkVersion(SpecNode.Mapping root) {
    Optional<SpecNode> version = root.get("openapi");
    if (version.isEmpty()) {
      String what = root.has("swagger") ? "a Swagger 2.0 document" : "missing 'openapi'";
      check.report(ProblemCode.NOT_OPENAPI_3, root.pointer().child("openapi"), what);
      return false;
    }
    if (!(version.get() instanceof SpecNode.Scalar scalar)
        || !OPENAPI_30.matcher(scalar.text()).matches()) {
      String written = version.get() instanceof SpecNode.Scalar scalar ? "'" + scalar.text() + "'" : "a " + version.get().describe();
      check.report(ProblemCode.NOT_OPENAPI_3, version.get(),
          "openapi is " + written + ", expected a 3.0.x version such as 3.0.3");
      return false;
    }
    return true;
  }

  static SpecNode.Mapping emptyMapping(SpecNode.Mapping parent, String key) {
    return new SpecNode.Mapping(
        parent.pointer().child(key), Optional.empty(), parent.location(), Map.of());
  }

  Optional<ServiceDef> service(SpecNode.Mapping root) {
    Optional<SpecNode> node = root.get("x-lark-service");
    if (node.isEmpty()) {
      check.report(ProblemCode.MISSING_SERVICE, root.pointer().child("x-lark-service"),
          "missing 'x-lark-service' (the service name and version)");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> mapping = check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-service");
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(mapping.get(), ProblemCode.BAD_EXTENSION, "x-lark-service", List.of("name", "version"));
    Optional<String> name = check.string(mapping.get(), "name", true, ProblemCode.BAD_EXTENSION);
    Optional<String> version = check.string(mapping.get(), "version", true, ProblemCode.BAD_EXTENSION);
    name.ifPresent(n -> names.identifierPart(mapping.get().get("name").orElseThrow(), n, "x-lark-service name"));
    version.ifPresent(v -> names.identifierPart(mapping.get().get("version").orElseThrow(), v, "x-lark-service version"));
    if (name.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ServiceDef(name.get(), version.get()));
  }
}
