package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;

/**
 * Names of the runtime, Jackson and JDK types generated code uses. The processor never loads
 * these classes (it does not depend on the runtime jar); it only names them.
 *
 * <p>Generated code names only exported runtime packages, never {@code
 * io.larkgen.runtime.internal}: a client on the module path could not read those. The runtime
 * types below are either public API that users see in the generated signatures ({@code
 * LarkClient}, {@code RequestOptions}, {@code Paginator}, {@code NoData}, {@code TokenType},
 * {@code RateLimit}, {@code HttpMethod}, {@code JsonCodec}, {@code LarkRequestValidationException}) or protected API that only generated
 * code calls, marked {@code @LarkProtectedApi} in the runtime ({@code Operation}, {@code Paging},
 * {@code RequestParams}, {@code RequestEncoder}, {@code RequestBody}, {@code RequestRules},
 * {@code JsonValues}, {@code GeneratedClient}). {@code RuntimeTypesTest} checks both against the
 * runtime jar.
 */
final class Types {
  private Types() {}

  private static final String RUNTIME = "io.larkgen.runtime";
  private static final String JSON = RUNTIME + ".json";
  private static final String JACKSON_CORE = "com.fasterxml.jackson.core";

  static final ClassName OPERATION = ClassName.get(RUNTIME, "Operation");
  static final ClassName PAGING = ClassName.get(RUNTIME, "Paging");
  static final ClassName ENVELOPE_FIELDS = ClassName.get(RUNTIME, "EnvelopeFields");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName NO_DATA = ClassName.get(RUNTIME, "NoData");
  static final ClassName PAGINATOR = ClassName.get(RUNTIME, "Paginator");
  static final ClassName LARK_CLIENT = ClassName.get(RUNTIME, "LarkClient");
  static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  static final ClassName REQUEST_PARAMS = ClassName.get(RUNTIME, "RequestParams");
  static final ClassName REQUEST_ENCODER = ClassName.get(RUNTIME, "RequestEncoder");
  static final ClassName TOKEN_TYPE = ClassName.get(RUNTIME, "TokenType");
  static final ClassName REQUEST_BODY = ClassName.get(RUNTIME, "RequestBody");
  static final ClassName FILE_PART = ClassName.get(RUNTIME, "FilePart");
  static final ClassName USER_ACCESS_TOKEN = ClassName.get(RUNTIME, "UserAccessToken");
  static final ClassName ERROR_CODE = ClassName.get(RUNTIME, "ErrorCode");
  static final ClassName ERROR_CODE_RETRY = ERROR_CODE.nestedClass("Retry");
  static final ClassName REQUEST_RULES = ClassName.get(RUNTIME, "RequestRules");
  static final ClassName RATE_LIMIT = ClassName.get(RUNTIME, "RateLimit");
  static final ClassName HTTP_METHOD = ClassName.get(RUNTIME, "HttpMethod");
  static final ClassName EVENT_HEADER = ClassName.get(RUNTIME + ".events", "EventHeader");
  static final ClassName EVENT_REGISTRY = ClassName.get(RUNTIME + ".events", "EventRegistry");
  static final ClassName EVENT_DISPATCHER = ClassName.get(RUNTIME + ".events", "EventDispatcher");
  static final ClassName GENERATED_CLIENT = ClassName.get(RUNTIME + ".annotations", "GeneratedClient");
  static final ClassName REQUEST_VALIDATION =
      ClassName.get(RUNTIME + ".error", "LarkRequestValidationException");
  static final ClassName REQUEST_RULE = REQUEST_VALIDATION.nestedClass("Rule");

  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  static final ClassName JSON_CODEC = ClassName.get(JSON, "JsonCodec");
  static final ClassName JSON_VALUES = ClassName.get(JSON, "JsonValues");
  static final ClassName JSON_CODECS = ClassName.get(JSON, "JsonCodecs");
  static final ClassName JSON_FIELDS = ClassName.get(JSON, "JsonFields");

  static final ClassName JSON_PARSER = ClassName.get(JACKSON_CORE, "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get(JACKSON_CORE, "JsonGenerator");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  static final ClassName STRING = ClassName.get("java.lang", "String");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName OBJECT = ClassName.get("java.lang", "Object");
  static final ClassName BOOLEAN = ClassName.get("java.lang", "Boolean");
  static final ClassName OVERRIDE = ClassName.get("java.lang", "Override");
  static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName ENUM_SET = ClassName.get("java.util", "EnumSet");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
}
