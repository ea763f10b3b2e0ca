package io.larkgen.benchmarks.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticSpecTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 50})
  void parsesWithoutMessagesAndHasTheAskedNumberOfOperations(int operations) {
    SwaggerParseResult result = parse(SyntheticSpec.generate(operations));

    assertEquals(List.of(), result.getMessages());
    OpenAPI api = result.getOpenAPI();
    long count = api.getPaths().values().stream()
        .mapToLong(p -> p.readOperations().size()).sum();
    assertEquals(operations, count);
    assertEquals(SyntheticSpec.resources(operations), api.getTags().size());
  }

  @Test
  void followsTheSpecConventions() {
    OpenAPI api = parse(SyntheticSpec.generate(4)).getOpenAPI();

    PathItem list = api.getPaths().get("/open-apis/hire/v1/referrals_1");
    assertEquals("listReferrals1", list.getGet().getOperationId());
    assertEquals("list", list.getGet().getExtensions().get("x-lark-method"));
    assertEquals(List.of("referrals_1"), list.getGet().getTags());
    assertEquals("#/components/schemas/ListReferrals1Envelope",
        list.getGet().getResponses().get("200").getContent().get("application/json")
            .getSchema().get$ref());
    PathItem get = api.getPaths().get("/open-apis/hire/v1/referrals_1/{referral_1_id}");
    assertEquals("getReferral1", get.getGet().getOperationId());
    assertEquals(List.of(1, 2, 3, 4),
        api.getComponents().getSchemas().get("Referral1Status").getEnum());
    Schema<?> item = api.getComponents().getSchemas().get("Referral1");
    Schema<?> createTime = item.getProperties().get("create_time");
    assertEquals("epoch-millis", createTime.getFormat());
  }

  @Test
  void isDeterministic() {
    assertEquals(SyntheticSpec.generate(30), SyntheticSpec.generate(30));
  }

  @Test
  void rejectsZeroOperations() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticSpec.generate(0));
  }

  private static SwaggerParseResult parse(String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(yaml, null, options);
  }
}
