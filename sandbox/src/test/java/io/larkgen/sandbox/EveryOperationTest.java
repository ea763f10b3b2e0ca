package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.sandbox.Http.Answer;
import io.larkgen.sandbox.SpecModel.OperationDef;
import io.larkgen.sandbox.SpecModel.ParamDef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every spec the sandbox serves answers a plain request (valid ids in the
 * path, required query parameters at their default, a body drawn from the body schema) with a
 * success that conforms to its response schema, or, for a drawn body that breaks a rule such as
 * a {@code pattern}, Feishu's 1002002 naming the field; never a server error.
 */
class EveryOperationTest {

  static void answersEveryOperation(String... resources) {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().seed(17L).interviews(100)
        .rateLimits(false).specs(resources).start()) {
      Http http = new Http(sandbox);
      String tenant = http.tenantToken();
      String user = sandbox.issueUserAccessToken();
      IdSpace ids = new IdSpace(sandbox.dataset(), 50);
      SchemaData values = new SchemaData(ids);
      // Deletes go last, each on an entity of its own: the specs share entity families, and a
      // delete in one spec would otherwise remove the entity a later spec's operations use.
      List<OperationDef> ops = new ArrayList<>();
      for (String resource : resources) {
        ops.addAll(SpecModel.load(resource).operations());
      }
      ops.sort(Comparator.comparing(op -> "DELETE".equals(op.httpMethod())));
      int served = 0;
      int deletes = 0;
      for (OperationDef op : ops) {
        SpecModel spec = op.spec();
        if (HireEndpoints.serves(op)) {
          continue;
        }
        int entity = "DELETE".equals(op.httpMethod()) ? 2 + deletes++ : 1;
        Answer a = call(http, op, op.accepts("tenant_access_token") ? tenant : user, ids, values,
            entity);
        assertNotEquals(500, a.status(), () -> op + ": " + a.json());
        if (a.code() == 0) {
          SchemaAssert.conforms(spec, spec.responseSchema(op.operationId()), a.json(), "$");
          assertEquals(op.hasData(), a.json().has(op.envelope().data()), op::toString);
        } else {
          assertEquals(SandboxHandler.CODE_PARAM, a.code(), () -> op + ": " + a.json());
          assertTrue(op.body() != null, () -> op + " refused a plain request: " + a.json());
          assertFalse(a.json().path("error").path("field_violations").path(0).path("field")
              .asText().isEmpty(), () -> op + ": " + a.json());
        }
        served++;
      }
      assertTrue(served > 0, "no operation was tried");
    }
  }

  private static Answer call(Http http, OperationDef op, String token, IdSpace ids,
      SchemaData values, int entity) {
    String path = op.pathTemplate();
    List<String> query = new ArrayList<>();
    for (ParamDef p : op.parameters()) {
      if ("path".equals(p.in())) {
        String family = IdSpace.familyOf(p.name());
        String value = IdSpace.isIdName(p.name()) ? ids.idAt(family, entity)
            : !p.enumValues().isEmpty() ? p.enumValues().get(0) : "1";
        path = path.replace("{" + p.name() + "}", value);
      } else if (p.required()) {
        query.add(p.name());
        query.add(p.defaultValue() != null ? p.defaultValue()
            : !p.enumValues().isEmpty() ? p.enumValues().get(0) : "1");
      }
    }
    path += Http.query(query.toArray(String[]::new));
    if (op.body() == null) {
      return http.call(op.httpMethod(), token, path, null, null);
    }
    JsonNode body = values.value(op.spec(), op.body().schema(), "body", 0);
    if (!op.body().multipart()) {
      return http.call(op.httpMethod(), token, path, "application/json",
          body.toString().getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      form.append("--b0undary\r\nContent-Disposition: form-data; name=\"").append(field.getKey())
          .append('"');
      if (field.getValue().asText().isEmpty()) {
        form.append("; filename=\"resume.pdf\"\r\n\r\n%PDF-1.4\r\n");
      } else {
        form.append("\r\n\r\n").append(field.getValue().asText()).append("\r\n");
      }
    }
    form.append("--b0undary--\r\n");
    return http.call(op.httpMethod(), token, path, "multipart/form-data; boundary=b0undary",
        form.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyOperationOfTheConventionsSpecsAndHireV1IsServed() {
    answersEveryOperation(SpecModel.DEFAULT_RESOURCE, SpecDrivenTest.V1, SpecDrivenTest.V2);
  }
}
