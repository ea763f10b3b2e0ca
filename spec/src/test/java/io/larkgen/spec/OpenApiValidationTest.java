package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/**
 * Each spec file passes OpenAPI Generator's own {@code validate} check: the swagger parser reports
 * no message and {@link OpenApiEvaluator}, with every recommendation enabled, reports no error and
 * no warning except one: "Unused model" for exactly the schemas that only {@code x-lark-events}
 * uses (event bodies and the types below them), which OpenAPI 3.0 has no place for.
 */
class OpenApiValidationTest {

  /** The evaluator's message for a schema no operation references. */
  private static final String UNUSED_MODEL = "Unused model: ";

  private static SwaggerParseResult parse(String spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readLocation(SpecFile.path(spec).toString(), null, options);
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void parserReportsNoMessages(String spec) {
    SwaggerParseResult result = parse(spec);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    assertEquals(List.of(), messages, spec + ": swagger-parser messages");
    assertNotNull(result.getOpenAPI(), spec + ": parsed document");
    assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void generatorValidatorReportsNoErrorsAndOnlyEventModelsAsUnused(String spec) {
    OpenAPI openApi = parse(spec).getOpenAPI();
    assertNotNull(openApi, spec + ": parsed document");
    RuleConfiguration rules = new RuleConfiguration();
    rules.setEnableRecommendations(true);
    ValidationResult result = new OpenApiEvaluator(rules).validate(openApi);
    assertEquals(List.of(), describe(result.getErrors()), spec + ": validator errors");

    Set<String> eventOnly = eventOnlySchemas(SpecFile.tree(spec));
    List<String> unexpected = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    for (Invalid warning : result.getWarnings()) {
      String message = warning.getMessage();
      if (message.startsWith(UNUSED_MODEL) && eventOnly.contains(message.substring(UNUSED_MODEL.length()))) {
        unused.add(message.substring(UNUSED_MODEL.length()));
      } else {
        unexpected.add(message + " (" + warning.getDetails() + ")");
      }
    }
    assertEquals(List.of(), unexpected, spec + ": validator warnings");
    // Every event-only schema is reported: the filter hides exactly those and nothing else.
    assertEquals(eventOnly, Set.copyOf(unused), spec + ": schemas only x-lark-events uses");
  }

  /** Schemas reachable from the event schemas but not from any path. */
  private static Set<String> eventOnlySchemas(JsonNode root) {
    List<JsonNode> events = new ArrayList<>();
    JsonNode schemas = root.path("components").path("schemas");
    for (String name : SpecFile.eventSchemas(root)) {
      events.add(schemas.path(name));
    }
    Set<String> fromEvents = new TreeSet<>(SpecFile.eventSchemas(root));
    fromEvents.addAll(SpecFile.reachableSchemas(root, events));
    fromEvents.removeAll(SpecFile.reachableSchemas(root, List.of(root.path("paths"))));
    return fromEvents;
  }

  private static List<String> describe(List<Invalid> invalids) {
    return invalids.stream()
        .map(invalid -> invalid.getMessage() + " (" + invalid.getDetails() + ")")
        .collect(Collectors.toList());
  }
}
