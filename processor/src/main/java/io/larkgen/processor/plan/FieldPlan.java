package io.larkgen.processor.plan;

import com.palantir.javapoet.TypeName;
import io.larkgen.processor.model.PropertyDef;
import java.util.Optional;

/**
 * One property of a model record.
 *
 * @param def the property
 * @param name the record component, e.g. {@code beginTime}
 * @param javaType the component's type (boxed scalar, model type, or {@code List})
 * @param value how values of the property are read and written
 * @param instantAccessor for epoch-millis properties, the typed accessor, e.g. {@code
 *     beginTimeInstant}
 */
public record FieldPlan(
    PropertyDef def, String name, TypeName javaType, ValuePlan value, Optional<String> instantAccessor) {}
