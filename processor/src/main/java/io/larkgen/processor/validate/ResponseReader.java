package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.EnvelopeDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an operation's {@code 200} response: a {@code $ref} to an envelope schema whose fields
 * match the operation's {@code x-lark-envelope}, and whose {@code data} property, when it has
 * one, refers to the object schema the operation answers.
 */
final class ResponseReader {
  private final Checker check;
  private final Map<String, SpecNode.Mapping> schemaNodes;
  private final Map<String, SchemaDef> schemas;
  private final TypeReader types;
  /** Whether the envelope of the response being read has no {@code data}: a success carries none. */
  private boolean withoutData;

  ResponseReader(ReadContext context, TypeReader types) {
    this.check = context.check();
    this.schemaNodes = context.schemaNodes();
    this.schemas = context.schemas();
    this.types = types;
  }

  /**
   * The response of {@code op}.
   *
   * @param envelope the operation's envelope; empty when the root's is broken
   */
  Response read(SpecNode.Mapping op, Optional<EnvelopeDef> envelope) {
    withoutData = false;
    Optional<String> dataSchema = response(op, envelope);
    return new Response(dataSchema, withoutData);
  }

  private Optional<String> response(SpecNode.Mapping op, Optional<EnvelopeDef> envelope) {
    JsonPointer base = op.pointer();
    Optional<SpecNode.Mapping> responses = op.get("responses")
        .flatMap(r -> check.asMapping(r, ProblemCode.MISSING_RESPONSE, "responses"));
    if (responses.isEmpty()) {
      if (!op.has("responses")) {
        check.report(ProblemCode.MISSING_RESPONSE, base.child("responses"), "the operation has no responses");
      }
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> ok = responses.get().get("200")
        .flatMap(r -> check.asMapping(r, ProblemCode.MISSING_RESPONSE, "response 200"));
    if (ok.isEmpty()) {
      if (!responses.get().has("200")) {
        check.report(ProblemCode.MISSING_RESPONSE, responses.get().pointer().child("200"),
            "the operation has no '200' response");
      }
      return Optional.empty();
    }
    if (ok.get().has("$ref")) {
      check.report(ProblemCode.MISSING_RESPONSE, ok.get().get("$ref").orElseThrow(),
          "response $ref is not supported; write the 200 response in place");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> json = ok.get().get("content")
        .flatMap(c -> check.asMapping(c, ProblemCode.MISSING_RESPONSE, "content"))
        .flatMap(c -> c.get("application/json"))
        .flatMap(j -> check.asMapping(j, ProblemCode.MISSING_RESPONSE, "application/json"));
    if (json.isEmpty()) {
      check.report(ProblemCode.MISSING_RESPONSE, ok.get().pointer().append("content", "application/json"),
          "the 200 response has no application/json content");
      return Optional.empty();
    }
    Optional<SpecNode> schemaNode = json.get().get("schema");
    if (schemaNode.isEmpty()) {
      check.report(ProblemCode.MISSING_RESPONSE, json.get().pointer().child("schema"),
          "the 200 application/json content has no schema");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> schema = check.asMapping(schemaNode.get(), ProblemCode.BAD_ENVELOPE, "the 200 schema");
    if (schema.isEmpty()) {
      return Optional.empty();
    }
    Optional<SpecNode> ref = schema.get().get("$ref");
    if (ref.isEmpty()) {
      check.report(ProblemCode.BAD_ENVELOPE, schema.get(),
          "the 200 schema must be a $ref to an envelope schema, not an inline schema");
      return Optional.empty();
    }
    Optional<String> envelopeName = types.schemaRef(ref.get());
    if (envelopeName.isEmpty() || envelope.isEmpty()) {
      return Optional.empty();
    }
    return envelopeData(envelopeName.get(), ref.get(), envelope.get());
  }

  private Optional<String> envelopeData(String envelopeName, SpecNode refNode, EnvelopeDef envelope) {
    SchemaDef def = schemas.get(envelopeName);
    if (def == null) {
      return Optional.empty();
    }
    if (!(def instanceof ObjectDef object)) {
      check.report(ProblemCode.BAD_ENVELOPE, refNode, "envelope " + envelopeName + " must be an object schema");
      return Optional.empty();
    }
    SpecNode.Mapping envelopeNode = schemaNodes.get(envelopeName);
    JsonPointer properties = envelopeNode.pointer().child("properties");
    Map<String, PropertyDef> byName = new HashMap<>();
    object.properties().forEach(p -> byName.put(p.jsonName(), p));
    boolean ok = true;
    PropertyDef code = byName.get(envelope.codeField());
    if (code == null || !(code.type() instanceof TypeRef.Scalar s
        && (s.kind() == TypeRef.ScalarKind.INT32 || s.kind() == TypeRef.ScalarKind.INT64))) {
      check.report(ProblemCode.BAD_ENVELOPE, properties.child(envelope.codeField()),
          "envelope " + envelopeName + " needs an integer property '" + envelope.codeField() + "' (x-lark-envelope code)");
      ok = false;
    }
    PropertyDef msg = byName.get(envelope.msgField());
    if (msg == null || !(msg.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING)) {
      check.report(ProblemCode.BAD_ENVELOPE, properties.child(envelope.msgField()),
          "envelope " + envelopeName + " needs a string property '" + envelope.msgField() + "' (x-lark-envelope msg)");
      ok = false;
    }
    PropertyDef data = byName.get(envelope.dataField());
    if (data == null && ok && !envelopeNode.get("properties").map(p -> ReadContext.child(p, envelope.dataField()).isPresent()).orElse(false)) {
      withoutData = true;
      return Optional.empty();
    }
    if (data == null || !(data.type() instanceof TypeRef.Named named)
        || !(schemas.get(named.schemaName()) instanceof ObjectDef)) {
      check.report(ProblemCode.BAD_ENVELOPE, properties.child(envelope.dataField()),
          "envelope " + envelopeName + " needs a property '" + envelope.dataField()
              + "' that is a $ref to an object schema (x-lark-envelope data)");
      return Optional.empty();
    }
    return ok ? Optional.of(named.schemaName()) : Optional.empty();
  }

  /**
   * The response of an operation.
   *
   * @param dataSchema the object schema of the envelope's {@code data}; empty when it is broken
   *     or there is none
   * @param withoutData whether the envelope has no {@code data}, so a success carries nothing
   */
  record Response(Optional<String> dataSchema, boolean withoutData) {}
}
