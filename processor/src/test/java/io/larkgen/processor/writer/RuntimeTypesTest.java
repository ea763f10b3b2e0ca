package io.larkgen.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.annotations.LarkProtectedApi;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runtime types {@link Types} names against the runtime the generated code compiles with:
 * each exists, lies in a package the runtime module exports, and is either public API that
 * users meet in generated signatures or marked {@link LarkProtectedApi}.
 */
class RuntimeTypesTest {
  /** Runtime types generated signatures show to users; every other one must be protected API. */
  private static final Set<String> PUBLIC_API = Set.of(
      "io.larkgen.runtime.LarkClient",
      "io.larkgen.runtime.RequestOptions",
      "io.larkgen.runtime.Paginator",
      "io.larkgen.runtime.NoData",
      "io.larkgen.runtime.Page",
      "io.larkgen.runtime.FilePart",
      "io.larkgen.runtime.UserAccessToken",
      "io.larkgen.runtime.ErrorCode",
      "io.larkgen.runtime.ErrorCode.Retry",
      "io.larkgen.runtime.TokenType",
      "io.larkgen.runtime.RateLimit",
      "io.larkgen.runtime.HttpMethod",
      "io.larkgen.runtime.json.JsonCodec",
      // what a request's build() throws for a broken rule
      "io.larkgen.runtime.error.LarkRequestValidationException",
      "io.larkgen.runtime.error.LarkRequestValidationException.Rule",
      // generated event types name what a user's receiver works with
      "io.larkgen.runtime.events.EventHeader",
      "io.larkgen.runtime.events.EventRegistry",
      "io.larkgen.runtime.events.EventDispatcher");

  @Test
  void everyRuntimeTypeIsExportedAndEitherPublicOrProtectedApi() throws Exception {
    ModuleDescriptor runtime = runtimeModule();
    Set<String> exported = runtime.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (ClassName name : runtimeNames()) {
      seen.add(name.canonicalName());
      Class<?> type = Class.forName(name.reflectionName());
      if (!exported.contains(name.packageName())) {
        problems.add(name + ": package " + name.packageName() + " is not exported");
      }
      boolean marked = type.isAnnotationPresent(LarkProtectedApi.class);
      boolean listed = PUBLIC_API.contains(name.canonicalName());
      if (marked == listed) {
        problems.add(name + (marked
            ? ": listed as public API but marked @LarkProtectedApi"
            : ": neither public API nor marked @LarkProtectedApi"));
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(seen.containsAll(PUBLIC_API), () -> "Types no longer names " + PUBLIC_API);
  }

  @Test
  void everyRuleGeneratedChecksNameIsARuleOfTheRuntime() {
    for (Rejection.Rule rule : Rejection.Rule.values()) {
      assertEquals(rule.name(), LarkRequestValidationException.Rule.valueOf(rule.name()).name());
    }
  }

  @Test
  void generatedCodeNamesNoInternalPackage() throws Exception {
    for (ClassName name : runtimeNames()) {
      assertFalse(name.packageName().startsWith("io.larkgen.runtime.internal"), name::toString);
    }
    assertFalse(runtimeModule().exports().stream()
        .anyMatch(e -> e.source().startsWith("io.larkgen.runtime.internal")));
  }

  private static List<ClassName> runtimeNames() throws IllegalAccessException {
    List<ClassName> names = new ArrayList<>();
    for (Field field : Types.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClassName.class) {
        ClassName name = (ClassName) field.get(null);
        if (name.packageName().startsWith("io.larkgen.runtime")) {
          names.add(name);
        }
      }
    }
    assertFalse(names.isEmpty(), "Types names no runtime type");
    return names;
  }

  /** The descriptor of the runtime on the test class path (its classes or its jar). */
  private static ModuleDescriptor runtimeModule() throws URISyntaxException {
    Path location = Path.of(
        Operation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference ref = ModuleFinder.of(location).findAll().iterator().next();
    ModuleDescriptor descriptor = ref.descriptor();
    assertFalse(descriptor.isAutomatic(), () -> location + " has no module-info");
    assertEquals("io.larkgen.runtime", descriptor.name());
    return descriptor;
  }
}
