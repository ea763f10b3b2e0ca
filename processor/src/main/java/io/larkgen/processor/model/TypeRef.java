package io.larkgen.processor.model;

/** The type of a parameter or property, after {@code $ref}s are resolved to schema names. */
public sealed interface TypeRef {

  /**
   * Whether this is a scalar of milliseconds since the epoch.
   *
   * @return true for a {@link Scalar} whose kind {@link ScalarKind#isEpochMillis()}
   */
  default boolean isEpochMillis() {
    return this instanceof Scalar scalar && scalar.kind().isEpochMillis();
  }

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
    EPOCH_MILLIS_STRING,
    /**
     * {@code type: string, format: binary}: a file, sent as a part of a {@code
     * multipart/form-data} body; found only in a form.
     */
    BINARY;

    /**
     * Whether values of this kind are milliseconds since the epoch, in either JSON form.
     *
     * @return true for {@link #EPOCH_MILLIS} and {@link #EPOCH_MILLIS_STRING}
     */
    public boolean isEpochMillis() {
      return this == EPOCH_MILLIS || this == EPOCH_MILLIS_STRING;
    }
  }
}
