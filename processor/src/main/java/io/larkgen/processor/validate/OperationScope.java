package io.larkgen.processor.validate;

import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link OperationExtension} may refer to: the parts of one operation read before its
 * extensions, and the root's defaults.
 *
 * @param operationId the operationId; empty when it is broken
 * @param params the parameters as written
 * @param parameters the parameters of the model, with the request body's
 * @param dataSchema the object schema the operation answers; empty when there is none or it is
 *     broken
 * @param withoutData whether the operation's envelope has no {@code data}
 * @param unsupported why the operation cannot be generated; it is skipped when this is not empty
 * @param rootAppTypes the root's {@code x-lark-app-types}
 * @param rootSecurity the root's {@code security}
 */
record OperationScope(
    Optional<String> operationId,
    OperationParameters params,
    List<ParameterDef> parameters,
    Optional<String> dataSchema,
    boolean withoutData,
    List<String> unsupported,
    List<String> rootAppTypes,
    Optional<SpecNode> rootSecurity) {}
