package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import io.larkgen.processor.model.EventDef;

/**
 * One event: a record holding the header and the typed body.
 *
 * @param def the event
 * @param className the record, e.g. {@code io.larkgen.hire.events.HireApplicationStageChangedV1}
 * @param constant its constant of the event-type enum, e.g. {@code APPLICATION_STAGE_CHANGED_V1}
 * @param body the model of the body, whose codec decodes it
 */
public record EventPlan(EventDef def, ClassName className, String constant, ModelPlan body) {}
