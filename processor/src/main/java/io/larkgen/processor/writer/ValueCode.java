package io.larkgen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.plan.ValuePlan;

/**
 * Code fragments that read and write one value with jackson-core, shared by the codec writer.
 * Scalars go through {@code JsonValues}; records through their codec's {@code INSTANCE}; enums
 * through {@code JsonValues.readIntEnum}/{@code readStringEnum} and {@code Xxx.of(...)}, which
 * never throws on an unknown code.
 */
final class ValueCode {
  private ValueCode() {}

  /**
   * An expression reading the value at the parser's current token, null for JSON {@code null}.
   */
  static CodeBlock read(ValuePlan value, String parser) {
    if (value instanceof ValuePlan.Scalar scalar) {
      return CodeBlock.of("$T.$N($N)", Types.JSON_VALUES, scalarReader(scalar), parser);
    }
    if (value instanceof ValuePlan.Model model) {
      return CodeBlock.of("$T.INSTANCE.read($N)", model.codec(), parser);
    }
    if (value instanceof ValuePlan.Enum enumValue) {
      return enumOf(enumValue, parser);
    }
    ValuePlan.ListOf list = (ValuePlan.ListOf) value;
    return CodeBlock.of("$T.readList($N, $L)", Types.JSON_VALUES, parser, elementReader(list.element()));
  }

  /** A {@code JsonReader} of list elements, which are never JSON {@code null}. */
  private static CodeBlock elementReader(ValuePlan element) {
    if (element instanceof ValuePlan.Scalar scalar) {
      return CodeBlock.of("$T::$N", Types.JSON_VALUES, scalarReader(scalar));
    }
    if (element instanceof ValuePlan.Model model) {
      return CodeBlock.of("$T.INSTANCE", model.codec());
    }
    if (element instanceof ValuePlan.Enum enumValue) {
      return CodeBlock.of("p -> $L", enumOf(enumValue, "p"));
    }
    ValuePlan.ListOf list = (ValuePlan.ListOf) element;
    return CodeBlock.of("p -> $T.readList(p, $L)", Types.JSON_VALUES, elementReader(list.element()));
  }

  /**
   * Reads an enum through {@code JsonValues}, which checks the token's type (a fraction or an
   * object is an error, not a code) before {@code Xxx.of} maps the code.
   */
  private static CodeBlock enumOf(ValuePlan.Enum value, String parser) {
    return value.kind() == EnumDef.Kind.INT
        ? CodeBlock.of("$T.readIntEnum($N, $T::of)", Types.JSON_VALUES, parser, value.javaType())
        : CodeBlock.of("$T.readStringEnum($N, $T::of)", Types.JSON_VALUES, parser, value.javaType());
  }

  private static String scalarReader(ValuePlan.Scalar scalar) {
    switch (scalar.kind()) {
      case STRING:
      case EPOCH_MILLIS_STRING:
        return "readString";
      case INT32:
        return "readInteger";
      case INT64:
      case EPOCH_MILLIS:
        return "readLong";
      case DOUBLE:
        return "readDouble";
      case BOOLEAN:
        return "readBoolean";
      default:
        throw new IllegalStateException("unmapped scalar " + scalar.kind());
    }
  }

  /**
   * Statements writing the field named by the {@code SerializedString} constant {@code name}
   * with the non-null value in local {@code local}.
   */
  static CodeBlock writeField(ValuePlan value, String name, String local, String generator) {
    return CodeBlock.builder()
        .addStatement("$N.writeFieldName($N)", generator, name)
        .add(writeValue(value, local, generator))
        .build();
  }

  /** A statement writing the non-null value in {@code local} without a field name. */
  private static CodeBlock writeValue(ValuePlan value, String local, String generator) {
    if (value instanceof ValuePlan.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
        case EPOCH_MILLIS_STRING:
          return CodeBlock.of("$N.writeString($N);\n", generator, local);
        case INT32:
          return CodeBlock.of("$N.writeNumber($N.intValue());\n", generator, local);
        case INT64:
        case EPOCH_MILLIS:
          return CodeBlock.of("$N.writeNumber($N.longValue());\n", generator, local);
        case DOUBLE:
          return CodeBlock.of("$N.writeNumber($N.doubleValue());\n", generator, local);
        case BOOLEAN:
          return CodeBlock.of("$N.writeBoolean($N.booleanValue());\n", generator, local);
        default:
          throw new IllegalStateException("unmapped scalar " + scalar.kind());
      }
    }
    if (value instanceof ValuePlan.Enum enumValue) {
      return enumValue.kind() == EnumDef.Kind.INT
          ? CodeBlock.of("$N.writeNumber($N.code());\n", generator, local)
          : CodeBlock.of("$N.writeString($N.value());\n", generator, local);
    }
    if (value instanceof ValuePlan.Model model) {
      return CodeBlock.of("$T.INSTANCE.write($N, $N);\n", model.codec(), local, generator);
    }
    ValuePlan.ListOf list = (ValuePlan.ListOf) value;
    return CodeBlock.of(
        "$T.writeList($N, $L, $N);\n", Types.JSON_VALUES, local, elementWriter(list.element()), generator);
  }

  private static CodeBlock elementWriter(ValuePlan element) {
    if (element instanceof ValuePlan.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
        case EPOCH_MILLIS_STRING:
          return CodeBlock.of("$T::writeString", Types.JSON_VALUES);
        case INT32:
          return CodeBlock.of("$T::writeInteger", Types.JSON_VALUES);
        case INT64:
        case EPOCH_MILLIS:
          return CodeBlock.of("$T::writeLong", Types.JSON_VALUES);
        case DOUBLE:
          return CodeBlock.of("$T::writeDouble", Types.JSON_VALUES);
        case BOOLEAN:
          return CodeBlock.of("$T::writeBoolean", Types.JSON_VALUES);
        default:
          throw new IllegalStateException("unmapped scalar " + scalar.kind());
      }
    }
    if (element instanceof ValuePlan.Model model) {
      return CodeBlock.of("$T.INSTANCE", model.codec());
    }
    if (element instanceof ValuePlan.Enum enumValue) {
      return enumValue.kind() == EnumDef.Kind.INT
          ? CodeBlock.of("(e, g) -> g.writeNumber(e.code())")
          : CodeBlock.of("(e, g) -> g.writeString(e.value())");
    }
    ValuePlan.ListOf list = (ValuePlan.ListOf) element;
    return CodeBlock.of(
        "(e, g) -> $T.writeList(e, $L, g)", Types.JSON_VALUES, elementWriter(list.element()));
  }
}
