package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import io.larkgen.processor.model.EnumDef;
import java.util.List;

/**
 * One enum schema: a sealed interface with a {@code Known} enum and an {@code Unknown} record.
 *
 * @param def the schema
 * @param className the sealed interface
 * @param constants Java constant names, parallel to {@code def.values()}
 */
public record EnumPlan(EnumDef def, ClassName className, List<String> constants) {
  public EnumPlan {
    constants = List.copyOf(constants);
  }
}
