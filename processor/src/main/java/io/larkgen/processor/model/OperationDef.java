package io.larkgen.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One operation of the spec.
 *
 * @param operationId globally unique camelCase id, e.g. {@code listInterviews}
 * @param resource the operation's single tag, e.g. {@code interview_records}
 * @param methodName {@code x-lark-method}, e.g. {@code list}
 * @param httpMethod upper case, e.g. {@code GET}
 * @param path path template, e.g. {@code /open-apis/hire/v1/interview_records/{interview_record_id}}
 * @param summary operation summary, may be empty
 * @param description operation description, may be empty
 * @param parameters path and query parameters in spec order
 * @param dataSchema name of the schema of the envelope's {@code data} object; empty when the
 *     envelope has no {@code data} (a success carries nothing)
 * @param pagination {@code x-lark-pagination}, if pageable
 * @param rateLimit {@code x-lark-rate-limit}, if documented
 * @param requireAny {@code x-lark-require-any} rules
 * @param scopes {@code x-lark-scopes}
 * @param appTypes effective app types (operation override, else root)
 * @param errorCodes operation {@code x-lark-error-codes}
 * @param tokenTypes Feishu token types of the operation's security scheme, e.g. {@code
 *     [tenant_access_token]}
 * @param docUrl {@code x-lark-doc url}: the operation's Feishu doc page, if imported
 * @param deprecation {@code deprecated: true} with its {@code x-lark-deprecation}, if deprecated
 * @param idempotencyKey {@code x-lark-idempotency-key}: the JSON name of the top-level body
 *     property that makes a repeated call harmless, if any
 * @param envelope the operation's envelope field names: its {@code x-lark-envelope} over the
 *     root's
 */
public record OperationDef(
    String operationId,
    String resource,
    String methodName,
    String httpMethod,
    String path,
    String summary,
    String description,
    List<ParameterDef> parameters,
    Optional<String> dataSchema,
    Optional<PaginationDef> pagination,
    Optional<RateLimitDef> rateLimit,
    List<RequireAnyDef> requireAny,
    ScopesDef scopes,
    List<String> appTypes,
    List<ErrorCodeDef> errorCodes,
    List<String> tokenTypes,
    Optional<String> docUrl,
    Optional<Deprecation> deprecation,
    Optional<String> idempotencyKey,
    EnvelopeDef envelope) {

  /**
   * Why and in favour of what an operation is deprecated.
   *
   * @param note the doc's note, may be empty
   * @param replacement an operationId or a doc URL, may be empty
   */
  public record Deprecation(String note, String replacement) {}

  public OperationDef {
    parameters = List.copyOf(parameters);
    requireAny = List.copyOf(requireAny);
    appTypes = List.copyOf(appTypes);
    errorCodes = List.copyOf(errorCodes);
    tokenTypes = List.copyOf(tokenTypes);
  }
}
