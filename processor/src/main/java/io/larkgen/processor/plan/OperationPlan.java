package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import io.larkgen.processor.model.OperationDef;
import java.util.List;
import java.util.Optional;

/**
 * One operation: its request record, its constants and its service methods.
 *
 * @param def the operation
 * @param id the runtime operation id, e.g. {@code hire.v1.interviews.list}
 * @param requestClass e.g. {@code ListInterviewsRequest}
 * @param responseClass the record of the envelope's {@code data}, or the runtime's {@code NoData}
 *     when the envelope has none
 * @param responseCodec the record's codec; empty when the envelope has no {@code data}
 * @param constant the {@code Operation} constant, e.g. {@code LIST_INTERVIEWS}
 * @param methodName the service method, e.g. {@code list}
 * @param parameters one per parameter, in spec order
 * @param paging present for pageable operations
 */
public record OperationPlan(
    OperationDef def,
    String id,
    ClassName requestClass,
    ClassName responseClass,
    Optional<ClassName> responseCodec,
    String constant,
    String methodName,
    List<ParamPlan> parameters,
    Optional<PagingPlan> paging) {

  public OperationPlan {
    parameters = List.copyOf(parameters);
  }

  /** The parameter with this wire name. */
  public ParamPlan parameter(String wireName) {
    return parameters.stream()
        .filter(p -> p.def().name().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(def.operationId() + ": no parameter " + wireName));
  }
}
