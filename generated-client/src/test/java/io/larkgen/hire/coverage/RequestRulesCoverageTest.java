package io.larkgen.hire.coverage;

import static io.larkgen.hire.coverage.SpecOperations.list;
import static io.larkgen.hire.coverage.SpecOperations.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.hire.coverage.SpecOperations.SpecOperation;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.sandbox.FeishuSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule the specs state on a parameter or body field, broken once: {@code build()} of the
 * generated request rejects it with a {@link LarkRequestValidationException} whose path is the
 * parameter (or body JSON path), whose rule is the spec's keyword and whose message names both,
 * and nothing reaches the sandbox.
 */
class RequestRulesCoverageTest {

  /** Below this depth body fields are walked for rules (the fixtures set deeper ones only when required). */
  private static final int MAX_DEPTH = 3;

  private static FeishuSandbox sandbox;
  private static RequestFixtures fixtures;

  @TempDir static Path uploads;

  /** One broken rule: the override that breaks it and what the message must say. */
  record RuleCase(SpecOperation op, String path, String rule, Object value, String expected) {
    @Override
    public String toString() {
      return op.operationId() + " " + path + " " + rule;
    }
  }

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(7L).interviews(50).specs(
        SpecOperations.present().toArray(String[]::new)).start();
    fixtures = new RequestFixtures(OperationCoverageTest.BASE_PACKAGE, sandbox::idOf, uploads);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Stream<RuleCase> rules() {
    RequestFixtures types = new RequestFixtures(OperationCoverageTest.BASE_PACKAGE, name -> "0", Path.of("."));
    List<RuleCase> cases = new ArrayList<>();
    for (SpecOperation op : SpecOperations.all()) {
      for (Map<String, Object> p : op.parameters()) {
        String in = String.valueOf(p.get("in"));
        if (!in.equals("path") && !in.equals("query")) {
          continue;
        }
        String name = String.valueOf(p.get("name"));
        if (Boolean.TRUE.equals(p.get("required"))) {
          cases.add(new RuleCase(op, name, "required", RequestFixtures.UNSET, "required"));
        }
        rulesOf(op, name, op.refs().resolve(map(p.get("schema"))), cases);
      }
      if (op.body() != null) {
        // A multipart form is no object of its own: its required fields are the rule.
        if (op.bodyRequired() && !op.isForm()) {
          cases.add(new RuleCase(op, "body", "required", RequestFixtures.UNSET, "required"));
        }
        bodyRules(op, "body", op.body(), cases, 0);
      }
    }
    // An enum the generated type seals keeps a raw value as its Unknown case by design (a value
    // Feishu adds tomorrow); only an enum typed as a plain String can be checked at build().
    return cases.stream().filter(c -> !c.rule().equals("enum")
        || RequestFixtures.raw(types.typeAt(c.op(), c.path())) == String.class);
  }

  private static void bodyRules(SpecOperation op, String path, Map<String, Object> schema, List<RuleCase> cases,
      int depth) {
    if (depth >= MAX_DEPTH) {
      return;
    }
    List<String> required = op.refs().required(schema);
    for (Map.Entry<String, Map<String, Object>> prop : op.refs().properties(schema).entrySet()) {
      String at = path + "." + prop.getKey();
      Map<String, Object> ps = prop.getValue();
      if (required.contains(prop.getKey())) {
        cases.add(new RuleCase(op, at, "required", RequestFixtures.UNSET, "required"));
      }
      rulesOf(op, at, ps, cases);
      if ("array".equals(ps.get("type"))) {
        Map<String, Object> items = op.refs().resolve(map(ps.get("items")));
        if (!op.refs().properties(items).isEmpty()) {
          bodyRules(op, at + "[0]", items, cases, depth + 1);
        }
      } else if (!op.refs().properties(ps).isEmpty()) {
        bodyRules(op, at, ps, cases, depth + 1);
      }
    }
  }

  /** The cases of one schema's own rules (bounds, sizes, lengths, pattern, enum). */
  private static void rulesOf(SpecOperation op, String path, Map<String, Object> schema, List<RuleCase> cases) {
    String type = String.valueOf(schema.get("type"));
    boolean integer = "integer".equals(type) || ("string".equals(type) && schema.get("maximum") != null);
    if (schema.get("maximum") instanceof Number max) {
      Object over = integer ? (Object) (max.longValue() + 1) : (Object) (max.doubleValue() + 1);
      cases.add(new RuleCase(op, path, "maximum", over, "greater than the maximum"));
    }
    if (schema.get("minimum") instanceof Number min) {
      boolean exclusive = Boolean.TRUE.equals(schema.get("exclusiveMinimum"));
      Object under = exclusive ? (Object) min.longValue() : (Object) (min.longValue() - 1);
      cases.add(new RuleCase(op, path, exclusive ? "exclusiveMinimum" : "minimum", under,
          exclusive ? "exclusive minimum" : "less than the minimum"));
    }
    if (schema.get("maxItems") instanceof Number max) {
      cases.add(new RuleCase(op, path, "maxItems", new RequestFixtures.Repeat(max.intValue() + 1),
          "more than the maximum of"));
    }
    if ("string".equals(type)) {
      if (schema.get("maxLength") instanceof Number max) {
        cases.add(new RuleCase(op, path, "maxLength", "a".repeat(max.intValue() + 1), "longer than the maximum length"));
      }
      if (schema.get("minLength") instanceof Number min && min.intValue() > 1) {
        cases.add(new RuleCase(op, path, "minLength", "a".repeat(min.intValue() - 1), "shorter than the minimum length"));
      }
      if (schema.get("pattern") instanceof String pattern) {
        String broken = brokenFor(pattern);
        cases.add(new RuleCase(op, path, "pattern", broken, "does not match the pattern"));
      }
      if (!list(schema.get("enum")).isEmpty()) {
        cases.add(new RuleCase(op, path, "enum", "not-one-of-the-values", "one of"));
      }
    }
  }

  /** A value that {@code pattern} does not find, checked here so the case is a real one. */
  private static String brokenFor(String pattern) {
    Pattern p = Pattern.compile(pattern);
    for (String candidate : List.of("!", "~~", " ", "\u00e9", "0")) {
      if (!p.matcher(candidate).find()) {
        return candidate;
      }
    }
    throw new AssertionError("no value breaks the pattern " + pattern);
  }

  @Test
  void theSpecsStateRules() {
    assertFalse(rules().toList().isEmpty(), "no rules read from " + SpecOperations.present());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void buildRejectsTheBrokenRuleBeforeAnyRequest(RuleCase rule) throws Throwable {
    long before = sandbox.stats().totalRequests();
    Object builder;
    try {
      builder = fixtures.builder(rule.op(), Map.of(rule.path(), rule.value()));
    } catch (AssertionError e) {
      if (e.getCause() instanceof IllegalArgumentException rejected) {
        // A setter that checks at once (an enum's raw value) rejects before build().
        assertMessage(rule, rejected.getMessage());
        return;
      }
      throw e;
    }
    LarkRequestValidationException e =
        assertThrows(LarkRequestValidationException.class, () -> RequestFixtures.build(builder),
            rule + ": build() accepted " + rule.value());
    assertMessage(rule, e.getMessage());
    assertEquals(field(rule), e.path(), rule + ": the path of the rejection");
    assertEquals(rule.rule(), e.rule().keyword(), rule + ": the rule of the rejection");
    assertEquals(before, sandbox.stats().totalRequests(), rule + ": a request reached the sandbox");
  }

  /** What a rejection names: a form field is a component of the request itself, so by its name alone. */
  private static String field(RuleCase rule) {
    return rule.op().isForm() ? rule.path().replaceFirst("^body\\.", "") : rule.path();
  }

  private static void assertMessage(RuleCase rule, String message) {
    String field = field(rule);
    assertTrue(message != null && message.contains(field) && message.contains(rule.expected()),
        rule + ": the message should name " + field + " and say \"" + rule.expected() + "\", was: " + message);
  }
}
