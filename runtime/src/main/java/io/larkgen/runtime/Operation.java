package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;
import io.larkgen.runtime.json.JsonReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Everything the runtime needs to know about one API operation, and nothing about HTTP
 * mechanics. The processor emits one constant per operation in the spec; a generated service
 * method is a single call such as {@code client.execute(LIST_INTERVIEWS, request)}.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 *
 * @param <Req> the generated request type
 * @param <Resp> the generated type of the envelope's {@code data} object
 */
@LarkProtectedApi
public final class Operation<Req, Resp> {
  private final String id;
  private final HttpMethod method;
  private final String pathTemplate;
  private final RequestEncoder<Req> encoder;
  private final JsonReader<Resp> dataReader;
  private final @Nullable RateLimit rateLimit;
  private final @Nullable RequestBody<Req> body;
  private final Set<TokenType> tokenTypes;
  private final @Nullable Function<Req, @Nullable String> idempotencyKey;
  private final List<ErrorCode> errorCodes;
  private final boolean expectsData;
  private final EnvelopeFields envelope;

  private Operation(Builder<Req, Resp> b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.method = Objects.requireNonNull(b.method, "method");
    this.pathTemplate = Objects.requireNonNull(b.pathTemplate, "pathTemplate");
    this.encoder = Objects.requireNonNull(b.encoder, "encoder");
    this.dataReader = Objects.requireNonNull(b.dataReader, "dataReader");
    this.rateLimit = b.rateLimit;
    this.body = b.body;
    if (b.tokenTypes.isEmpty()) {
      throw new IllegalArgumentException("an operation accepts at least one token type");
    }
    this.tokenTypes = Set.copyOf(b.tokenTypes);
    this.idempotencyKey = b.idempotencyKey;
    this.errorCodes = List.copyOf(b.errorCodes);
    this.expectsData = b.expectsData;
    this.envelope = Objects.requireNonNull(b.envelope, "envelope");
    if (!pathTemplate.startsWith("/")) {
      throw new IllegalArgumentException("path template must start with '/': " + pathTemplate);
    }
  }

  /**
   * Starts an operation descriptor.
   *
   * @param <Req> the request type
   * @param <Resp> the type of the envelope's {@code data}
   * @param id stable identifier used in logs, errors and rate-limit keys, e.g. {@code
   *     hire.v1.interviews.list}
   * @param method HTTP method
   * @param pathTemplate path with {@code {name}} placeholders, e.g. {@code
   *     /open-apis/hire/v1/interview_records/{interview_record_id}}
   * @return a builder; set at least the encoder and the data reader
   */
  public static <Req, Resp> Builder<Req, Resp> builder(
      String id, HttpMethod method, String pathTemplate) {
    return new Builder<Req, Resp>().id(id).method(method).pathTemplate(pathTemplate);
  }

  /**
   * Stable identifier used in logs and errors, e.g. {@code hire.v1.interviews.list}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * The HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * The path with {@code {name}} placeholders for path parameters.
   *
   * @return the template, e.g. {@code /open-apis/hire/v1/interviews}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Writes a request's path and query parameters.
   *
   * @return the encoder, usually the request type's {@code ENCODER}
   */
  public RequestEncoder<Req> encoder() {
    return encoder;
  }

  /**
   * Decodes the envelope's {@code data} object.
   *
   * @return the reader of {@code data}
   */
  public JsonReader<Resp> dataReader() {
    return dataReader;
  }

  /**
   * The limit Feishu documents for this operation, if any.
   *
   * @return the documented limit, or empty when none is documented
   */
  public Optional<RateLimit> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * How the request body is written; empty for an operation without a body.
   *
   * @return the body writer, or empty
   */
  public Optional<RequestBody<Req>> body() {
    return Optional.ofNullable(body);
  }

  /**
   * The access tokens the operation accepts; {@link TokenType#TENANT} unless set.
   *
   * @return the accepted token types, never empty
   */
  public Set<TokenType> tokenTypes() {
    return tokenTypes;
  }

  /**
   * The idempotency key a request carries, or null when it has none (or the operation documents
   * none). A write whose key is set may be retried like a {@code PUT}: Feishu processes one key
   * once.
   *
   * @param request the request about to be sent
   * @return the key, or null
   */
  public @Nullable String idempotencyKey(Req request) {
    return idempotencyKey == null ? null : idempotencyKey.apply(request);
  }

  /**
   * The error codes documented for this operation, in the spec's order.
   *
   * @return the documented codes, possibly none
   */
  public List<ErrorCode> errorCodes() {
    return errorCodes;
  }

  /**
   * Whether a successful answer must carry a {@code data} object. True unless the spec's envelope
   * for this operation has no {@code data}; when true, a success without an object {@code data}
   * is a malformed answer, never an empty result.
   *
   * @return whether a success must carry an object {@code data}
   */
  public boolean expectsData() {
    return expectsData;
  }

  /**
   * The names of the answer's envelope fields: {@link EnvelopeFields#DEFAULT} unless the spec's
   * {@code x-lark-envelope} names others for this operation. An answer's message is read from
   * {@link EnvelopeFields#msg()} only.
   *
   * @return the envelope's field names
   */
  public EnvelopeFields envelope() {
    return envelope;
  }

  @Override
  public String toString() {
    return "Operation[" + id + " " + method + " " + pathTemplate + "]";
  }

  /** Builder for {@link Operation}. */
  public static final class Builder<Req, Resp> {
    private String id;
    private HttpMethod method;
    private String pathTemplate;
    private RequestEncoder<Req> encoder;
    private JsonReader<Resp> dataReader;
    private @Nullable RateLimit rateLimit;
    private @Nullable RequestBody<Req> body;
    private Set<TokenType> tokenTypes = EnumSet.of(TokenType.TENANT);
    private @Nullable Function<Req, @Nullable String> idempotencyKey;
    private List<ErrorCode> errorCodes = List.of();
    private boolean expectsData = true;
    private EnvelopeFields envelope = EnvelopeFields.DEFAULT;

    private Builder() {}

    /**
     * See {@link Operation#id()}.
     *
     * @param id the identifier, e.g. {@code hire.v1.interviews.list}
     * @return this builder
     */
    public Builder<Req, Resp> id(String id) {
      this.id = id;
      return this;
    }

    /**
     * See {@link Operation#method()}.
     *
     * @param method the HTTP method
     * @return this builder
     */
    public Builder<Req, Resp> method(HttpMethod method) {
      this.method = method;
      return this;
    }

    /**
     * See {@link Operation#pathTemplate()}.
     *
     * @param pathTemplate the path with {@code {name}} placeholders
     * @return this builder
     */
    public Builder<Req, Resp> pathTemplate(String pathTemplate) {
      this.pathTemplate = pathTemplate;
      return this;
    }

    /**
     * See {@link Operation#encoder()}.
     *
     * @param encoder writes a request's path and query parameters
     * @return this builder
     */
    public Builder<Req, Resp> encoder(RequestEncoder<Req> encoder) {
      this.encoder = encoder;
      return this;
    }

    /**
     * See {@link Operation#dataReader()}.
     *
     * @param dataReader decodes the envelope's {@code data} object
     * @return this builder
     */
    public Builder<Req, Resp> dataReader(JsonReader<Resp> dataReader) {
      this.dataReader = dataReader;
      return this;
    }

    /**
     * See {@link Operation#rateLimit()}; none when not set.
     *
     * @param rateLimit the documented limit, or null for none
     * @return this builder
     */
    public Builder<Req, Resp> rateLimit(@Nullable RateLimit rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /**
     * See {@link Operation#body()}; none when not set.
     *
     * @param body writes the request body, or null for an operation without one
     * @return this builder
     */
    public Builder<Req, Resp> body(@Nullable RequestBody<Req> body) {
      this.body = body;
      return this;
    }

    /**
     * See {@link Operation#tokenTypes()}; tenant only when not set.
     *
     * @param tokenTypes the accepted token types, not empty
     * @return this builder
     */
    public Builder<Req, Resp> tokenTypes(Set<TokenType> tokenTypes) {
      this.tokenTypes = Objects.requireNonNull(tokenTypes, "tokenTypes");
      return this;
    }

    /**
     * See {@link Operation#idempotencyKey(Object)}; none when not set.
     *
     * @param idempotencyKey reads a request's idempotency key, or null when the operation has none
     * @return this builder
     */
    public Builder<Req, Resp> idempotencyKey(
        @Nullable Function<Req, @Nullable String> idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * See {@link Operation#errorCodes()}; none when not set.
     *
     * @param errorCodes the documented error codes, in the spec's order
     * @return this builder
     */
    public Builder<Req, Resp> errorCodes(List<ErrorCode> errorCodes) {
      this.errorCodes = Objects.requireNonNull(errorCodes, "errorCodes");
      return this;
    }

    /**
     * See {@link Operation#expectsData()}; true when not set.
     *
     * @param expectsData false when the envelope of a success has no {@code data}
     * @return this builder
     */
    public Builder<Req, Resp> expectsData(boolean expectsData) {
      this.expectsData = expectsData;
      return this;
    }

    /**
     * Sets the names of the answer's envelope fields.
     *
     * @param envelope the names; see {@link Operation#envelope()}, {@link EnvelopeFields#DEFAULT}
     *     when not set
     * @return this builder
     */
    public Builder<Req, Resp> envelope(EnvelopeFields envelope) {
      this.envelope = Objects.requireNonNull(envelope, "envelope");
      return this;
    }

    /**
     * The descriptor.
     *
     * @return an immutable descriptor
     * @throws NullPointerException when id, method, path template, encoder or reader is missing
     */
    public Operation<Req, Resp> build() {
      return new Operation<>(this);
    }
  }
}
