package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.Http.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A spec that gains operations is served with no sandbox change: today's {@code hire-v1.yaml}
 * plus a paged list and a get of a resource the sandbox has never heard of.
 */
class EditedSpecTest {

  private static final String REFERRALS = "/open-apis/hire/v1/referrals";

  @SuppressWarnings("unchecked")
  private static String editedSpec() throws IOException {
    Map<String, Object> root;
    try (InputStream in = EditedSpecTest.class.getClassLoader()
        .getResourceAsStream(SpecModel.DEFAULT_RESOURCE)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Map<String, Object> added = new Yaml(new SafeConstructor(new LoaderOptions())).load("""
        paths:
          /open-apis/hire/v1/referrals:
            get:
              tags: [referrals]
              operationId: listReferrals
              x-lark-method: list
              x-lark-rate-limit: {requests-per-second: 10}
              x-lark-pagination: {page-token-param: page_token, page-size-param: page_size,
                  items: items, has-more: has_more, next-page-token: page_token}
              parameters:
                - {name: page_token, in: query, schema: {type: string}}
                - {name: page_size, in: query, schema: {type: integer, format: int32, maximum: 30}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/ListReferralsEnvelope'}
          /open-apis/hire/v1/referrals/{referral_id}:
            get:
              tags: [referrals]
              operationId: getReferral
              x-lark-method: get
              x-lark-rate-limit: {requests-per-second: 10}
              parameters:
                - {name: referral_id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/GetReferralEnvelope'}
        schemas:
          Referral:
            type: object
            properties:
              id: {type: string}
              application_id: {type: string}
              referral_user: {$ref: '#/components/schemas/IdNameObject'}
              create_time: {type: integer, format: epoch-millis}
          ListReferralsResponse:
            type: object
            properties:
              items: {type: array, items: {$ref: '#/components/schemas/Referral'}}
              has_more: {type: boolean}
              page_token: {type: string}
          ListReferralsEnvelope:
            type: object
            properties:
              code: {type: integer, format: int32}
              msg: {type: string}
              data: {$ref: '#/components/schemas/ListReferralsResponse'}
          GetReferralResponse:
            type: object
            properties:
              referral: {$ref: '#/components/schemas/Referral'}
          GetReferralEnvelope:
            type: object
            properties:
              code: {type: integer, format: int32}
              msg: {type: string}
              data: {$ref: '#/components/schemas/GetReferralResponse'}
        """);
    ((Map<String, Object>) root.get("paths")).putAll((Map<String, Object>) added.get("paths"));
    ((Map<String, Object>) ((Map<String, Object>) root.get("components")).get("schemas"))
        .putAll((Map<String, Object>) added.get("schemas"));
    return new Yaml().dump(root);
  }

  @Test
  void newOperationsAreServedFromTheEditedSpec() throws IOException {
    SpecModel edited = SpecModel.register("edited-hire-v1.yaml", editedSpec());
    assertEquals(SpecModel.load().operations().size() + 2, edited.operations().size());
    try (FeishuSandbox sandbox = FeishuSandbox.builder().seed(21L).interviews(300)
        .rateLimits(false).spec("edited-hire-v1.yaml").start()) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      Answer list = http.get(token, REFERRALS, "page_size", "30");
      SchemaAssert.conforms(edited, edited.responseSchema("listReferrals"), list.json(), "$");
      assertEquals(30, list.data().path("items").size());
      assertTrue(list.data().path("has_more").asBoolean());
      for (var item : list.data().path("items")) {
        String id = item.path("id").asText();
        Answer one = http.get(token, REFERRALS + "/" + id);
        SchemaAssert.conforms(edited, edited.responseSchema("getReferral"), one.json(), "$");
        assertEquals(id, one.data().path("referral").path("id").asText());
        String application = item.path("application_id").asText();
        assertTrue(sandbox.dataset().interviewsOfApplication(application).length > 0,
            "an application id in a generated answer is one of the data set's: " + application);
      }
      Answer interviews = http.get(token, Http.INTERVIEWS, "start_time", "1", "page_size", "2");
      assertEquals(List.of(sandbox.dataset().interviewId(0), sandbox.dataset().interviewId(1)),
          List.of(interviews.data().path("items").path(0).path("id").asText(),
              interviews.data().path("items").path(1).path("id").asText()),
          "the hand-crafted operations are unchanged");
    }
  }
}
