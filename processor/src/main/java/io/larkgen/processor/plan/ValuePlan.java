package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.TypeRef;

/**
 * The Java side of a {@link TypeRef}: a sealed description the writers switch over instead of
 * looking at schema names.
 */
public sealed interface ValuePlan {

  /** The Java type of a value, boxed. */
  TypeName javaType();

  /** A JSON scalar mapped to a boxed Java type. */
  record Scalar(TypeRef.ScalarKind kind, TypeName javaType) implements ValuePlan {}

  /** A value of a generated record, read and written by its codec. */
  record Model(ClassName javaType, ClassName codec) implements ValuePlan {}

  /** A value of a generated sealed enum. */
  record Enum(ClassName javaType, EnumDef.Kind kind) implements ValuePlan {}

  /** A JSON array. */
  record ListOf(ValuePlan element, TypeName javaType) implements ValuePlan {}
}
