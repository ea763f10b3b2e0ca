package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import io.larkgen.processor.model.ObjectDef;
import java.util.List;

/**
 * One object schema: a record and its codec.
 *
 * @param def the schema
 * @param className the record
 * @param codecName its codec
 * @param fields one per property, in spec order
 */
public record ModelPlan(ObjectDef def, ClassName className, ClassName codecName, List<FieldPlan> fields) {
  public ModelPlan {
    fields = List.copyOf(fields);
  }

  /** Name of the component holding unknown JSON fields. */
  public static final String EXTRA_PROPERTIES = "extraProperties";
}
