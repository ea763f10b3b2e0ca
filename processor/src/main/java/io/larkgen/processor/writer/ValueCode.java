package io.larkgen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.plan.ValuePlan;

/**
 * The codec of one value, as the expression a generated codec lists in its field table:
 * scalars and lists through {@code JsonCodecs}, records through their codec's {@code
 * INSTANCE}, enums through {@code JsonCodecs.intEnum}/{@code stringEnum} with the enum's
 * {@code of}, which never throws on an unknown code.
 */
final class ValueCode {
  private ValueCode() {}

  /** An expression of the {@code JsonCodec} of {@code value}. */
  static CodeBlock codec(ValuePlan value) {
    if (value instanceof ValuePlan.Scalar scalar) {
      return CodeBlock.of("$T.$N", Types.JSON_CODECS, scalarCodec(scalar));
    }
    if (value instanceof ValuePlan.Model model) {
      return CodeBlock.of("$T.INSTANCE", model.codec());
    }
    if (value instanceof ValuePlan.Enum enumValue) {
      return enumValue.kind() == EnumDef.Kind.INT
          ? CodeBlock.of("$1T.intEnum($2T::of, $2T::code)", Types.JSON_CODECS, enumValue.javaType())
          : CodeBlock.of("$1T.stringEnum($2T::of, $2T::value)", Types.JSON_CODECS, enumValue.javaType());
    }
    ValuePlan.ListOf list = (ValuePlan.ListOf) value;
    return CodeBlock.of("$T.listOf($L)", Types.JSON_CODECS, codec(list.element()));
  }

  private static String scalarCodec(ValuePlan.Scalar scalar) {
    switch (scalar.kind()) {
      case STRING:
      case EPOCH_MILLIS_STRING:
        return "STRING";
      case INT32:
        return "INTEGER";
      case INT64:
      case EPOCH_MILLIS:
        return "LONG";
      case DOUBLE:
        return "DOUBLE";
      case BOOLEAN:
        return "BOOLEAN";
      default:
        throw new IllegalStateException("unmapped scalar " + scalar.kind());
    }
  }
}
