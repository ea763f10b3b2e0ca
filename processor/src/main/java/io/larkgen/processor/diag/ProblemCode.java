package io.larkgen.processor.diag;

import javax.tools.Diagnostic;

/**
 * Catalogue of spec problems. Each constant is printed as {@code [larkgen.NAME]}; names are
 * stable so that tests, docs and {@code @SuppressWarnings("larkgen.NAME")} can rely on them.
 *
 * <p>Each constant carries its default kind and a fix hint; {@link #message(String)} joins the
 * specific detail ("unknown type 'integr' (expected one of [...])") with the hint, so every
 * message of one kind reads the same way.
 */
public enum ProblemCode {
  /** The spec file was not found in any location tried. */
  SPEC_NOT_FOUND("check the spec name and that the spec is on the processor's class path or in -Alarkgen.specRoot"),
  /** The file is not well-formed YAML or JSON. */
  YAML_SYNTAX("correct the YAML syntax at this position"),
  /** A mapping has the same key twice. */
  DUPLICATE_KEY("remove or rename one of the entries"),
  /** The {@code openapi} field is missing or not a 3.0.x version. */
  NOT_OPENAPI_3("write the spec as OpenAPI 3.0.x, e.g. openapi: 3.0.3"),
  /** A structural problem reported by swagger-parser (missing or unexpected standard fields). */
  OPENAPI_STRUCTURE("follow the OpenAPI 3.0 structure for this object"),
  /** A {@code $ref} (or security scheme name) that points at nothing. */
  UNRESOLVED_REF("point the reference at an existing component, e.g. #/components/schemas/Name"),
  /** A schema {@code type} that does not exist, or a schema with no type. */
  UNKNOWN_TYPE("use one of the OpenAPI types"),
  /** A {@code format} the generator does not map. */
  UNSUPPORTED_FORMAT(
      "use int32, int64 or epoch-millis on integer, epoch-millis on string, float or double on number"),
  /** A schema construct the generator does not map (oneOf, allOf, additionalProperties, a top-level scalar). */
  UNSUPPORTED_SCHEMA("use named object and enum schemas with scalar, array and $ref properties"),
  /** A nested object written inline instead of as a {@code $ref}. */
  INLINE_OBJECT("move the object to components/schemas and refer to it with $ref"),
  /** An enum written inline on a property or parameter instead of as a named schema. */
  INLINE_ENUM("move the enum to components/schemas, with x-enum-varnames, and refer to it with $ref"),
  /** An enum schema without {@code x-enum-varnames}. */
  ENUM_WITHOUT_NAMES("add x-enum-varnames with one UPPER_SNAKE name per value"),
  /** {@code x-enum-varnames}, {@code x-enum-descriptions} or {@code x-lark-enum-descriptions-en} differ in length from {@code enum}. */
  ENUM_NAMES_MISMATCH("give exactly one entry per enum value, in the same order"),
  /** An enum constant name that is not UPPER_SNAKE, or is used twice. */
  ENUM_NAME_INVALID("use distinct UPPER_SNAKE names such as NOT_STARTED"),
  /** An enum value that does not match the enum's type. */
  ENUM_VALUE_TYPE("write integer enum values as plain integers and string enum values as strings"),
  /** The same value twice in one enum. */
  DUPLICATE_ENUM_VALUE("list each value once"),
  /** Two operations with the same {@code operationId}. */
  DUPLICATE_OPERATION_ID("give every operation a unique operationId"),
  /** An operation without {@code operationId}. */
  MISSING_OPERATION_ID("add a camelCase operationId such as listInterviews"),
  /** An operation without exactly one tag. */
  MISSING_TAG("give the operation exactly one tag, its resource, e.g. tags: [interviews]"),
  /** An operation without {@code x-lark-method}. */
  MISSING_LARK_METHOD("add x-lark-method with the method name in the resource, e.g. list"),
  /** A name that no Java identifier can be made of. */
  INVALID_NAME("use letters, digits and underscores, starting with a letter"),
  /** Two spec names that become the same Java name. */
  JAVA_NAME_CLASH("rename one of them so that their Java names differ"),
  /** A name that becomes a Java keyword, or shadows a type or method generated code relies on. */
  JAVA_KEYWORD("choose another name"),
  /** An operation without a {@code 200} {@code application/json} response. */
  MISSING_RESPONSE("add responses: '200': content: application/json: schema: $ref to an envelope schema"),
  /** A 200 body that is not an envelope with the {@code x-lark-envelope} fields. */
  BAD_ENVELOPE("refer to an object schema with the x-lark-envelope code, msg and data fields; data a $ref to an object schema"),
  /** A malformed {@code x-lark-*} extension. */
  BAD_EXTENSION("write the extension as spec/README.md documents it"),
  /**
   * An {@code x-lark-pagination items} that does not lead to an array: a property missing on the
   * way, or a step through something other than an object.
   */
  BAD_PAGINATION_ITEMS("name an array property of data, or a dotted path to one through object properties, e.g. minutes.sentences"),
  /** An {@code x-lark-*} extension that is not in the catalogue, or not used where it is written. */
  UNKNOWN_EXTENSION(Diagnostic.Kind.WARNING, "check the spelling against spec/README.md, or remove it"),
  /**
   * An operation using a feature the generator does not write yet: it is left out of the
   * client, named in the warning.
   */
  SKIPPED_OPERATION(Diagnostic.Kind.WARNING,
      "call it through LarkClient with a hand-written Operation, or suppress this warning with @SuppressWarnings(\"larkgen.SKIPPED_OPERATION\") on the trigger"),
  /**
   * Specs of one trigger that are not versions of one service: another {@code x-lark-service}
   * name, or a version given twice.
   */
  SERVICE_MISMATCH("give the specs of one trigger the same x-lark-service name and distinct versions, or use one trigger per service"),
  /** A spec without {@code x-lark-service}. */
  MISSING_SERVICE("add x-lark-service: {name: hire, version: v1} at the root"),
  /** A parameter in a header or cookie, or with an unknown {@code in}. */
  UNSUPPORTED_PARAMETER_LOCATION("use path or query parameters"),
  /** A parameter whose type cannot be sent as a path or query value. */
  UNSUPPORTED_PARAMETER_TYPE("use a scalar, an enum $ref, or an array of those"),
  /** An operation with a request body. */
  UNSUPPORTED_REQUEST_BODY("send the values as path or query parameters"),
  /** The same parameter twice in one operation. */
  DUPLICATE_PARAMETER("list each parameter once"),
  /** A constraint or default that does not fit its schema. */
  BAD_CONSTRAINT("make the constraint fit the schema's type and the other constraints"),
  /** A path template placeholder without a path parameter, or the reverse. */
  PATH_PARAMETER_MISMATCH("declare one path parameter for every {placeholder} of the path, and no other"),
  /**
   * Something the generated Java could not hold: a name, a text, an enum or a member list past a
   * class-file limit.
   */
  JAVA_LIMIT("shorten or split it: generated Java must fit the class-file limits"),
  /** A {@code pattern} that is not a regular expression. */
  BAD_PATTERN("write the pattern as a regular expression (ECMA 262 syntax that java.util.regex also reads)"),
  /** An internal error of the processor (a bug); reported with its stack trace. */
  INTERNAL_ERROR("please report this as a bug of Larkgen, with the spec");

  private final Diagnostic.Kind defaultKind;
  private final String hint;

  ProblemCode(String hint) {
    this(Diagnostic.Kind.ERROR, hint);
  }

  ProblemCode(Diagnostic.Kind defaultKind, String hint) {
    this.defaultKind = defaultKind;
    this.hint = hint;
  }

  /** Whether problems of this code are errors or warnings. */
  public Diagnostic.Kind defaultKind() {
    return defaultKind;
  }

  /** How to fix problems of this code, in a few words. */
  public String hint() {
    return hint;
  }

  /**
   * The full message for one problem.
   *
   * @param detail what exactly is wrong, e.g. {@code unknown type 'integr' (expected one of [...])}
   * @return {@code detail; fix: hint}
   */
  public String message(String detail) {
    return detail + "; fix: " + hint;
  }
}
