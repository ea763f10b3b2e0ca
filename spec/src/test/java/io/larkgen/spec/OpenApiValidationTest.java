package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/**
 * The spec passes OpenAPI Generator's own {@code validate} check: the swagger parser reports no
 * message and {@link OpenApiEvaluator}, with every recommendation enabled, reports no error and no
 * warning.
 */
class OpenApiValidationTest {

  private static SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readLocation(SpecFile.path().toString(), null, options);
  }

  @Test
  void parserReportsNoMessages() {
    SwaggerParseResult result = parse();
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    assertEquals(List.of(), messages, "swagger-parser messages");
    assertNotNull(result.getOpenAPI(), "parsed document");
    assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
  }

  @Test
  void generatorValidatorReportsNoErrorsAndNoWarnings() {
    OpenAPI openApi = parse().getOpenAPI();
    assertNotNull(openApi, "parsed document");
    RuleConfiguration rules = new RuleConfiguration();
    rules.setEnableRecommendations(true);
    ValidationResult result = new OpenApiEvaluator(rules).validate(openApi);
    assertEquals(List.of(), describe(result.getErrors()), "validator errors");
    assertEquals(List.of(), describe(result.getWarnings()), "validator warnings");
  }

  private static List<String> describe(List<Invalid> invalids) {
    return invalids.stream()
        .map(invalid -> invalid.getMessage() + " (" + invalid.getDetails() + ")")
        .collect(Collectors.toList());
  }
}
