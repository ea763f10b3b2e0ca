package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.larkgen.processor.model.OperationDef;
import java.util.List;
import java.util.Optional;

/**
 * One operation: its request record, its constants and its service methods.
 *
 * @param def the operation
 * @param id the runtime operation id, e.g. {@code hire.v1.interviews.list}
 * @param requestClass e.g. {@code ListInterviewsRequest}
 * @param responseClass the type of the envelope's {@code data}: its record, the runtime's generic
 *     {@code Page<Item>} for a page of exactly {@code items}, {@code has_more} and {@code
 *     page_token}, or the runtime's {@code NoData} when the envelope has none
 * @param responseCodec the expression of the data's codec ({@code ListPetsResponseCodec.INSTANCE},
 *     {@code Page.codec(PetCodec.INSTANCE)}); empty when the envelope has no {@code data}
 * @param constant the {@code Operation} constant, e.g. {@code LIST_INTERVIEWS}
 * @param methodName the service method, e.g. {@code list}
 * @param parameters one per parameter, in spec order
 * @param paging present for pageable operations
 */
public record OperationPlan(
    OperationDef def,
    String id,
    ClassName requestClass,
    TypeName responseClass,
    Optional<CodeBlock> responseCodec,
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
