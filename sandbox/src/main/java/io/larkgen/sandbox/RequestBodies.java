package io.larkgen.sandbox;

import static io.larkgen.sandbox.SchemaData.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.larkgen.sandbox.QueryValidator.Violation;
import io.larkgen.sandbox.SpecModel.OperationDef;
import io.larkgen.sandbox.SpecModel.RequestBodyDef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks the request body an operation declares: JSON against its schema
 * ({@link BodyValidator}), or {@code multipart/form-data} streamed ({@link MultipartReader}),
 * each file part checked against {@code x-lark-max-bytes}. Operations without a body get theirs
 * drained unread.
 */
final class RequestBodies {

  /** Largest JSON body read (Feishu's gateway refuses far smaller ones). */
  static final int MAX_JSON_BYTES = 10 * 1024 * 1024;

  /** The body's fields (null when the operation takes none), or the first broken rule. */
  record Body(ObjectNode fields, Violation violation) {
    static Body invalid(String field, String value, String rule) {
      return new Body(null, new Violation(field, value, field + ": " + rule));
    }
  }

  private RequestBodies() {}

  static Body read(HttpExchange exchange, OperationDef op) throws IOException {
    RequestBodyDef def = op.body();
    if (def == null) {
      SandboxHandler.drain(exchange);
      return new Body(null, null);
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    return def.multipart() ? multipart(exchange, op, def, contentType) : json(exchange, op, def);
  }

  private static Body json(HttpExchange exchange, OperationDef op, RequestBodyDef def)
      throws IOException {
    byte[] raw;
    try (InputStream in = exchange.getRequestBody()) {
      raw = in.readNBytes(MAX_JSON_BYTES + 1);
    }
    if (raw.length > MAX_JSON_BYTES) {
      return Body.invalid("body", "", "longer than " + MAX_JSON_BYTES + " bytes");
    }
    if (raw.length == 0) {
      return def.required() ? Body.invalid("body", "", "is required") : new Body(Json.object(), null);
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      return Body.invalid("body", "", "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    Optional<Violation> v = BodyValidator.validate(op.spec(), def.schema(), node);
    if (v.isPresent()) {
      return new Body(null, v.get());
    }
    // A body schema is an object (convention); anything else is kept as no fields.
    return new Body(node instanceof ObjectNode o ? o : Json.object(), null);
  }

  private static Body multipart(HttpExchange exchange, OperationDef op, RequestBodyDef def,
      String contentType) throws IOException {
    String boundary = MultipartReader.boundary(contentType);
    if (boundary == null) {
      return Body.invalid("body", String.valueOf(contentType),
          "must be multipart/form-data with a boundary");
    }
    MultipartReader.Form form;
    try (InputStream in = exchange.getRequestBody()) {
      form = MultipartReader.read(in, boundary, def.maxFileBytes());
    } catch (MultipartReader.MalformedException e) {
      return Body.invalid("body", "", e.getMessage());
    }
    if (form.tooLarge() != null) {
      return Body.invalid(form.tooLarge(), "",
          "the file is larger than the maximum " + def.maxFileBytes() + " bytes");
    }
    // Text parts are typed by the schema (a number field arrives as its digits); a file part
    // stands for its name, so that required file properties are checked like any other.
    ObjectNode fields = Json.object();
    Map<String, Object> properties = map(def.schema().get("properties"));
    form.fields().forEach((name, value) -> {
      Object declared = properties.get(name);
      String type = declared == null ? "string"
          : String.valueOf(op.spec().resolve(map(declared)).get("type"));
      if (("integer".equals(type) || "number".equals(type)) && value.matches("-?[0-9]{1,18}")) {
        fields.put(name, Long.parseLong(value));
      } else if ("boolean".equals(type) && value.matches("true|false")) {
        fields.put(name, Boolean.parseBoolean(value));
      } else {
        fields.put(name, value);
      }
    });
    form.files().forEach((name, file) -> fields.put(name, file.filename()));
    Optional<Violation> v = BodyValidator.validate(op.spec(), def.schema(), fields);
    return v.map(violation -> new Body(null, violation)).orElseGet(() -> new Body(fields, null));
  }
}
