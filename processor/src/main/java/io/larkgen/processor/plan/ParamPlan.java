package io.larkgen.processor.plan;

import io.larkgen.processor.model.ParameterDef;

/**
 * One request parameter.
 *
 * @param def the parameter
 * @param name the request component and builder setter, e.g. {@code pageSize}
 * @param value its Java type and how it is encoded ({@code Instant} for epoch-millis)
 */
public record ParamPlan(ParameterDef def, String name, ValuePlan value) {}
