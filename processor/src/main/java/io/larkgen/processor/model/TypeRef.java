package io.larkgen.processor.model;

/** The type of a parameter or property, after {@code $ref}s are resolved to schema names. */
public sealed interface TypeRef {

  /** A JSON scalar. */
  record Scalar(ScalarKind kind) implements TypeRef {}

  /** A named object or enum schema under {@code components/schemas}. */
  record Named(String schemaName) implements TypeRef {}

  /** A JSON array. */
  record ListOf(TypeRef element) implements TypeRef {}

  /** Scalars the processor maps; anything else is a spec error. */
  enum ScalarKind {
    /** {@code type: string}. */
    STRING,
    /** {@code type: integer} with {@code format: int32} or no format. */
    INT32,
    /** {@code type: integer, format: int64}. */
    INT64,
    /** {@code type: number} ({@code format: double}, {@code float} or none). */
    DOUBLE,
    /** {@code type: boolean}. */
    BOOLEAN,
    /** {@code type: integer, format: epoch-millis}: a JSON number of milliseconds. */
    EPOCH_MILLIS,
    /** {@code type: string, format: epoch-millis}: a decimal string of milliseconds. */
    EPOCH_MILLIS_STRING
  }
}
