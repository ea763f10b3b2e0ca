package io.larkgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import io.larkgen.processor.plan.ValuePlan;

/**
 * The one convention for absent values in generated code, which is {@code @NullMarked}
 * (JSpecify): a JSON field or parameter that may be absent is a {@code @Nullable} component; a
 * list is never null (empty when absent); builder fields and setters accept null (unset); a
 * derived accessor ({@code xxxInstant()}) returns {@code Optional}.
 */
final class Nullness {
  private Nullness() {}

  private static final AnnotationSpec NULLABLE = AnnotationSpec.builder(Types.NULLABLE).build();

  /** {@code type} marked {@code @Nullable}, in type position ({@code pkg.@Nullable Name}); once. */
  static TypeName nullable(TypeName type) {
    return type.annotations().contains(NULLABLE) ? type : type.annotated(NULLABLE);
  }

  /**
   * The type of a component holding {@code value}: {@code @Nullable} unless it is a list, which
   * is empty when absent, or a value the record's constructor requires.
   *
   * @param value how the component's values are read and written
   * @param type the component's type
   * @param required whether the constructor rejects a missing value, so it is never null
   */
  static TypeName component(ValuePlan value, TypeName type, boolean required) {
    return value instanceof ValuePlan.ListOf || required ? type : nullable(type);
  }
}
