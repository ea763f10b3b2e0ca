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
 * @param sent whether it is sent in a request body (directly or nested), so its codec checks
 *     the rules of the spec before it is written
 */
public record ModelPlan(
    ObjectDef def, ClassName className, ClassName codecName, List<FieldPlan> fields, boolean sent) {
  public ModelPlan {
    fields = List.copyOf(fields);
  }

  /** A model that is only received. */
  public ModelPlan(ObjectDef def, ClassName className, ClassName codecName, List<FieldPlan> fields) {
    this(def, className, codecName, fields, false);
  }

  /** Name of the component holding unknown JSON fields. */
  public static final String EXTRA_PROPERTIES = "extraProperties";
}
