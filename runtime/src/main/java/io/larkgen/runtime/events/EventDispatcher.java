package io.larkgen.runtime.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.auth.AppTicketHolder;
import io.larkgen.runtime.internal.events.EventCrypto;
import io.larkgen.runtime.json.JsonReader;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the events Feishu pushes to an app's event URL: a plain function from {@link
 * EventRequest} to {@link EventResponse}, with no web framework ({@link EventHttpHandler} adapts
 * it to the JDK's HTTP server).
 *
 * <pre>{@code
 * EventDispatcher events = EventDispatcher.builder()
 *     .encryptKey(System.getenv("FEISHU_ENCRYPT_KEY"))
 *     .verificationToken(System.getenv("FEISHU_VERIFICATION_TOKEN"))
 *     .on("hire.application.stage_changed_v1", StageChanged::read,
 *         (header, event) -> System.out.println(event.applicationId()))
 *     .onUnknown((header, json) -> System.out.println("not handled: " + header.eventType()))
 *     .build();
 * EventResponse response = events.handle(EventRequest.of(headers, body));
 * }</pre>
 *
 * <p>With the records the processor generates from a spec's {@code x-lark-events}, register
 * through the generated {@link EventRegistry}: one handler for every event, switching over the
 * sealed type (its {@code Unknown} case gets the events of types the client does not know yet),
 *
 * <pre>{@code
 * EventDispatcher.builder()
 *     .events(HireEvents.registry(), (HireEvent event) -> {
 *       switch (event.type().known().orElse(null)) { … }   // or, on Java 21, switch (event)
 *     })
 *     .build();
 * }</pre>
 *
 * <p>or one handler per record, where an event of a known type without a handler is
 * acknowledged and not handled:
 *
 * <pre>{@code
 * EventDispatcher.builder()
 *     .events(HireEvents.registry())
 *     .on(HireApplicationStageChangedV1.class, e -> System.out.println(e.event().applicationId()))
 *     .on(HireEvent.Unknown.class, e -> System.out.println("new type " + e.header().eventType()))
 *     .build();
 * }</pre>
 *
 * <p>For each request, in this order:
 *
 * <ol>
 *   <li>with an Encrypt Key, {@code X-Lark-Signature} is checked against timestamp, nonce, key
 *       and the raw body, and {@code X-Lark-Request-Timestamp} against the replay window;
 *   <li>an {@code encrypt} body is decrypted;
 *   <li>a {@code url_verification} request is answered with its challenge (Feishu does not sign
 *       it; its token is still checked);
 *   <li>the Verification Token is checked (2.0 {@code header.token}, 1.0 {@code token});
 *   <li>the event body is decoded by the reader registered for its type;
 *   <li>an event id seen before is acknowledged without calling a handler;
 *   <li>the handler runs; if it throws, the answer is 500 so that Feishu delivers the event
 *       again, and the id is forgotten so that the redelivery is handled.
 * </ol>
 *
 * <p>Every refusal is a {@link EventOutcome.Rejected} with a {@link Rejection} and its status,
 * never an exception. Logs (logger {@code io.larkgen.runtime.events.EventDispatcher}) name the
 * event id and type, never a body, token or key. Thread-safe once built.
 */
public final class EventDispatcher implements Function<EventRequest, EventResponse> {
  /** The signature header. */
  public static final String SIGNATURE = "X-Lark-Signature";
  /** The header with the request's epoch seconds, covered by the signature. */
  public static final String TIMESTAMP = "X-Lark-Request-Timestamp";
  /** The header with the request's nonce, covered by the signature. */
  public static final String NONCE = "X-Lark-Request-Nonce";
  /** The default replay window. */
  public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
  private static final JsonFactory JSON = new JsonFactory();

  private final String encryptKey;
  private final String verificationToken;
  private final Duration replayWindow;
  private final Clock clock;
  private final EventIdStore seen;
  private final Map<String, Registration<?>> handlers;
  private final EventHandler<String> unknown;
  /** The registry of typed events, or null; its types without a handler are acknowledged. */
  private final EventRegistry<?> registry;

  private EventDispatcher(Builder b) {
    this.encryptKey = b.encryptKey;
    this.verificationToken = b.verificationToken;
    this.replayWindow = b.replayWindow;
    this.clock = b.clock;
    this.seen = b.eventIdStore == null ? new InMemoryEventIdStore() : b.eventIdStore;
    this.handlers = Map.copyOf(b.handlers);
    this.unknown = b.unknown;
    this.registry = b.registry;
  }

  /**
   * Starts a dispatcher configuration.
   *
   * @return a builder without handlers, keys or tokens
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Same as {@link #handle}. */
  @Override
  public EventResponse apply(EventRequest request) {
    return handle(request);
  }

  /**
   * Checks, decodes and dispatches one request; never throws for anything the request holds.
   *
   * @param request the HTTP request Feishu sent: headers and raw body
   * @return the answer to send back: the challenge's echo, an acknowledgement, or a refusal with
   *     its status
   */
  public EventResponse handle(EventRequest request) {
    Objects.requireNonNull(request, "request");
    EventOutcome outcome = dispatch(request);
    log(outcome);
    return new EventResponse(outcome.status(), body(outcome), outcome);
  }

  private static void log(EventOutcome outcome) {
    if (outcome instanceof EventOutcome.Rejected r) {
      LOG.warn("event request rejected ({}): {}", r.reason(), r.detail());
    } else if (outcome instanceof EventOutcome.Failed f) {
      LOG.error("event {} failed; answered 500 so that Feishu delivers it again", named(f.header()),
          f.error());
    } else if (outcome instanceof EventOutcome.Handled h) {
      LOG.debug("event {} handled", named(h.header()));
    } else if (outcome instanceof EventOutcome.Unknown u) {
      LOG.debug("event {} has no handler of its type", named(u.header()));
    } else if (outcome instanceof EventOutcome.Duplicate d) {
      LOG.debug("event {} was seen before; not handled again", named(d.header()));
    } else {
      LOG.debug("url_verification answered");
    }
  }

  private EventOutcome dispatch(EventRequest request) {
    try {
      boolean signed = checkSignature(request);
      EventEnvelope envelope = open(request.body());
      if (envelope.isChallenge()) {
        checkToken(envelope.token, "the url_verification");
        if (envelope.challenge == null) {
          throw new Refusal(Rejection.MALFORMED_EVENT, "url_verification without a challenge");
        }
        return new EventOutcome.Challenge(envelope.challenge);
      }
      if (encryptKey != null && !signed) {
        throw new Refusal(Rejection.MISSING_SIGNATURE,
            "an Encrypt Key is configured but the request has no " + SIGNATURE);
      }
      checkToken(envelope.verificationToken(), "the event's");
      EventHeader header = envelope.header();
      Registration<?> registration = handlers.get(header.eventType());
      if (registration != null) {
        return deliver(registration, header, envelope);
      }
      if (registry != null && registry.entry(header.eventType()) != null) {
        // A type the registry knows and no handler takes: acknowledged, not handled.
        return run(header, () -> {}, new EventOutcome.Unknown(header));
      }
      return deliverUnknown(header, envelope);
    } catch (Refusal r) {
      return r.outcome();
    }
  }

  /**
   * With an Encrypt Key, checks a request's signature and timestamp, if it has a signature.
   *
   * @return whether the request was signed
   */
  private boolean checkSignature(EventRequest request) throws Refusal {
    String signature = request.header(SIGNATURE);
    if (encryptKey == null || signature == null) {
      return false;
    }
    String timestamp = Objects.requireNonNullElse(request.header(TIMESTAMP), "");
    String nonce = Objects.requireNonNullElse(request.header(NONCE), "");
    if (!EventCrypto.verify(signature, timestamp, nonce, encryptKey, request.body())) {
      throw new Refusal(Rejection.BAD_SIGNATURE, SIGNATURE + " does not match the request");
    }
    checkTimestamp(timestamp);
    return true;
  }

  /** The body's JSON, decrypted when it is an {@code encrypt} wrapper. */
  private EventEnvelope open(byte[] body) throws Refusal {
    EventEnvelope envelope = EventEnvelope.parse(JSON, body);
    if (envelope.encrypt == null) {
      return envelope;
    }
    if (encryptKey == null) {
      throw new Refusal(Rejection.NO_ENCRYPT_KEY,
          "the body is encrypted but no Encrypt Key is configured");
    }
    byte[] plain;
    try {
      plain = EventCrypto.decrypt(encryptKey, envelope.encrypt);
    } catch (IllegalArgumentException e) {
      throw new Refusal(Rejection.BAD_CIPHERTEXT, e.getMessage());
    }
    EventEnvelope inner = EventEnvelope.parse(JSON, plain);
    if (inner.encrypt != null) {
      throw new Refusal(Rejection.MALFORMED_EVENT, "the decrypted body is encrypted again");
    }
    return inner;
  }

  private void checkToken(String token, String whose) throws Refusal {
    if (verificationToken != null && !EventCrypto.sameSecret(verificationToken, token)) {
      throw new Refusal(Rejection.BAD_TOKEN,
          whose + " token is not the configured Verification Token");
    }
  }

  private <T> EventOutcome deliver(
      Registration<T> registration, EventHeader header, EventEnvelope envelope) throws Refusal {
    T event;
    try (JsonParser p = JSON.createParser(envelope.json, envelope.eventStart,
        envelope.eventEnd - envelope.eventStart)) {
      JsonToken first = p.nextToken();
      event = registration.decoder.decode(header, p);
      if (first != JsonToken.START_OBJECT || event == null) {
        throw new Refusal(Rejection.MALFORMED_EVENT,
            "event " + named(header) + ": the reader returned no event");
      }
    } catch (IOException | RuntimeException e) {
      // A reader's message names the field and what it expected; it may quote a value of the
      // event, which a rejection log line must not show, so only the field path is kept.
      throw new Refusal(Rejection.MALFORMED_EVENT,
          "event " + named(header) + " does not fit its reader" + where(e));
    }
    return run(header, () -> registration.handler.handle(header, event),
        new EventOutcome.Handled(header));
  }

  private EventOutcome deliverUnknown(EventHeader header, EventEnvelope envelope) {
    String json = new String(envelope.json, StandardCharsets.UTF_8);
    return run(header, () -> unknown.handle(header, json), new EventOutcome.Unknown(header));
  }

  private EventOutcome run(EventHeader header, Call call, EventOutcome success) {
    try {
      if (!seen.markSeen(header.eventId())) {
        return new EventOutcome.Duplicate(header);
      }
    } catch (RuntimeException e) {
      return new EventOutcome.Failed(header, e);   // the store is down: let Feishu try again
    }
    try {
      call.run();
      return success;
    } catch (Exception e) {
      try {
        seen.forget(header.eventId());
      } catch (RuntimeException f) {
        e.addSuppressed(f);
      }
      return new EventOutcome.Failed(header, e);
    }
  }

  /** Refuses a timestamp that is not epoch seconds within the replay window. */
  private void checkTimestamp(String timestamp) throws Refusal {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      throw new Refusal(Rejection.STALE_TIMESTAMP,
          TIMESTAMP + " is " + (timestamp.isEmpty() ? "missing" : "not epoch seconds"));
    }
    Instant sent = Instant.ofEpochSecond(seconds);
    Duration age = Duration.between(sent, clock.instant());
    if (age.abs().compareTo(replayWindow) > 0) {
      throw new Refusal(Rejection.STALE_TIMESTAMP, TIMESTAMP + " " + sent + " is "
          + age.abs().toSeconds() + " s " + (age.isNegative() ? "ahead" : "old")
          + ", beyond the replay window of " + replayWindow.toSeconds() + " s");
    }
  }

  /**
   * {@code id (type)} for a log line or a detail, cut to 100 characters each and with control
   * characters replaced, since an unsigned request can put anything there.
   */
  static String named(EventHeader header) {
    return printable(header.eventId()) + " (" + printable(header.eventType()) + ")";
  }

  private static String printable(String text) {
    if (text == null) {
      return "none";
    }
    String cut = text.length() > 100 ? text.substring(0, 100) + "…" : text;
    StringBuilder out = new StringBuilder(cut.length());
    cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }

  private static String where(Exception e) {
    if (e instanceof JsonProcessingException j
        && j.getProcessor() instanceof JsonParser p) {
      String pointer = p.getParsingContext().pathAsPointer().toString();
      return " at /event" + pointer;
    }
    return ": " + e.getClass().getSimpleName();
  }

  private static String body(EventOutcome outcome) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      if (outcome instanceof EventOutcome.Challenge c) {
        g.writeStringField("challenge", c.challenge());
      } else if (outcome instanceof EventOutcome.Rejected r) {
        g.writeStringField("msg", r.reason() + ": " + r.detail());
      } else if (outcome instanceof EventOutcome.Failed) {
        g.writeStringField("msg", "handler failed");
      } else {
        g.writeStringField("msg", "success");
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "EventDispatcher[encryptKey=" + (encryptKey == null ? "none" : "***")
        + ", verificationToken=" + (verificationToken == null ? "none" : "***")
        + ", replayWindow=" + replayWindow + ", types=" + handlers.keySet().stream().sorted()
            .toList() + ", eventIdStore=" + seen + "]";
  }

  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  private record Registration<T>(
      EventRegistry.Decoder<T> decoder, EventHandler<? super T> handler) {}

  /** Configures an {@link EventDispatcher}. */
  public static final class Builder {
    private String encryptKey;
    private String verificationToken;
    private Duration replayWindow = DEFAULT_REPLAY_WINDOW;
    private Clock clock = Clock.systemUTC();
    private EventIdStore eventIdStore;
    private final Map<String, Registration<?>> handlers = new LinkedHashMap<>();
    private EventHandler<String> unknown = (header, json) -> {};
    private EventRegistry<?> registry;
    private boolean typedUnknown;

    private Builder() {}

    /**
     * The app's Encrypt Key (developer console, Events and callbacks, Encryption strategy).
     * With it, encrypted bodies are decrypted and every event must carry a valid {@code
     * X-Lark-Signature}. Without it (the default), an encrypted body is refused.
     *
     * @param encryptKey the Encrypt Key, not blank
     * @return this builder
     */
    public Builder encryptKey(String encryptKey) {
      this.encryptKey = nonBlank(encryptKey, "encryptKey");
      return this;
    }

    /**
     * The app's Verification Token; events and challenges carrying another are refused. Without
     * it (the default), the token is not checked.
     *
     * @param verificationToken the Verification Token, not blank
     * @return this builder
     */
    public Builder verificationToken(String verificationToken) {
      this.verificationToken = nonBlank(verificationToken, "verificationToken");
      return this;
    }

    /**
     * How far {@code X-Lark-Request-Timestamp} of a signed request may be from now, either way
     * (default 5 minutes). Only signed requests carry a timestamp worth checking.
     *
     * @param window the largest accepted difference, positive
     * @return this builder
     */
    public Builder replayWindow(Duration window) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("replayWindow must be positive, was " + window);
      }
      this.replayWindow = window;
      return this;
    }

    /**
     * The clock the replay window is measured with (tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where handled event ids are remembered (default: a private {@link InMemoryEventIdStore}
     * of {@value InMemoryEventIdStore#DEFAULT_CAPACITY} ids). Give several instances one shared
     * store to deduplicate across them.
     *
     * @param store remembers the ids of handled events
     * @return this builder
     */
    public Builder eventIdStore(EventIdStore store) {
      this.eventIdStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Handles events of {@code eventType}: {@code reader} decodes the {@code event} object
     * (positioned on its {@code START_OBJECT}, like every generated model reader), then {@code
     * handler} gets the header and the decoded body.
     *
     * @param <T> the decoded event body
     * @param eventType the event type string, e.g. {@code hire.application.stage_changed_v1}
     * @param reader decodes the {@code event} object
     * @param handler handles each event of the type
     * @return this builder
     * @throws IllegalArgumentException when {@code eventType} already has a handler
     */
    public <T> Builder on(
        String eventType, JsonReader<T> reader, EventHandler<? super T> handler) {
      nonBlank(eventType, "eventType");
      Objects.requireNonNull(reader, "reader");
      Objects.requireNonNull(handler, "handler");
      register(eventType, new Registration<T>((header, p) -> reader.read(p), handler));
      return this;
    }

    private void register(String eventType, Registration<?> registration) {
      if (handlers.putIfAbsent(eventType, registration) != null) {
        throw new IllegalArgumentException("event type " + eventType + " already has a handler");
      }
    }

    /**
     * Decodes events through {@code registry} (generated from a spec's {@code x-lark-events},
     * e.g. {@code HireEvents.registry()}) and hands every one of them to {@code handler}: each
     * event of a known type as its record, each event of any other type as the registry's
     * unknown-event record with the raw JSON. Write one {@code switch} over the sealed event
     * type in {@code handler}.
     *
     * @param <E> the registry's common event type
     * @param registry the generated registry of a spec's events
     * @param handler handles every event
     * @return this builder
     * @throws IllegalArgumentException when one of the registry's types, or unknown events,
     *     already has a handler
     * @throws IllegalStateException when another registry was given before
     */
    public <E> Builder events(EventRegistry<E> registry, TypedEventHandler<? super E> handler) {
      Objects.requireNonNull(handler, "handler");
      events(registry);
      return onRecords(registry, registry.eventType(), handler);
    }

    /**
     * Decodes events through {@code registry}; handlers are then added per record with {@link
     * #on(Class, TypedEventHandler)}. An event of one of the registry's types without a handler
     * is acknowledged and not handled; an event of a type the registry does not know goes to the
     * handler of its unknown-event record, if any.
     *
     * @param registry the generated registry of a spec's events
     * @return this builder
     * @throws IllegalStateException when another registry was given before
     */
    public Builder events(EventRegistry<?> registry) {
      Objects.requireNonNull(registry, "registry");
      if (this.registry != null && this.registry != registry) {
        throw new IllegalStateException(
            "a dispatcher decodes through one registry; it already has " + this.registry);
      }
      this.registry = registry;
      return this;
    }

    /**
     * Handles the events whose record is {@code type} or a subtype of it, decoded through the
     * registry given to {@link #events(EventRegistry)}: a generated event record (e.g. {@code
     * HireApplicationStageChangedV1.class}), the unknown-event record ({@code
     * HireEvent.Unknown.class}), or the sealed type itself for all of them.
     *
     * @param <T> the handled record type
     * @param type the record, or a supertype of several of the registry's records
     * @param handler handles each event whose record is {@code type}
     * @return this builder
     * @throws IllegalStateException when no registry was given before
     * @throws IllegalArgumentException when {@code type} is no event of the registry, or one of
     *     its events already has a handler
     */
    public <T> Builder on(Class<T> type, TypedEventHandler<? super T> handler) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(handler, "handler");
      if (registry == null) {
        throw new IllegalStateException(
            "on(" + type.getSimpleName() + ".class, …) needs the registry of its events: call "
                + "events(registry) first");
      }
      return onRecords(registry, type, handler);
    }

    private <E, T> Builder onRecords(
        EventRegistry<E> registry, Class<T> type, TypedEventHandler<? super T> handler) {
      boolean matched = false;
      for (String eventType : registry.eventTypes()) {
        EventRegistry.Entry<? extends E> entry = registry.entry(eventType);
        if (type.isAssignableFrom(entry.type())) {
          EventRegistry.Decoder<? extends E> decoder = entry.decoder();
          register(eventType, new Registration<T>(
              (header, p) -> type.cast(decoder.decode(header, p)),
              (header, event) -> handler.handle(event)));
          matched = true;
        }
      }
      if (type.isAssignableFrom(registry.unknownType())) {
        if (typedUnknown) {
          throw new IllegalArgumentException("events of unknown types already have a handler");
        }
        typedUnknown = true;
        unknown = (header, json) -> handler.handle(type.cast(registry.unknown(header, json)));
        matched = true;
      }
      if (!matched) {
        throw new IllegalArgumentException(type.getName() + " is no event of " + registry);
      }
      return this;
    }

    /**
     * Handles events of every type without a handler of its own; {@code handler} gets the whole
     * decrypted JSON of the event. The default acknowledges them and does nothing else.
     *
     * @param handler handles each event of a type without a handler
     * @return this builder
     */
    public Builder onUnknown(EventHandler<String> handler) {
      this.unknown = Objects.requireNonNull(handler, "handler");
      this.typedUnknown = false;
      return this;
    }

    /**
     * Keeps the {@code app_ticket} that Feishu pushes to store apps (a 1.0 event of type {@code
     * app_ticket}, about once an hour) in {@code holder}, for a client built with {@code
     * storeApp(holder)}.
     *
     * @param holder where the latest ticket is kept
     * @return this builder
     */
    public Builder onAppTicket(AppTicketHolder holder) {
      Objects.requireNonNull(holder, "holder");
      return on("app_ticket", EventDispatcher::readAppTicket,
          (header, ticket) -> holder.set(ticket));
    }

    /**
     * Builds the dispatcher; the builder may be used again.
     *
     * @return a dispatcher with the handlers, keys and stores given so far
     */
    public EventDispatcher build() {
      return new EventDispatcher(this);
    }

    @Override
    public String toString() {
      return "EventDispatcher.Builder[encryptKey=" + (encryptKey == null ? "none" : "***")
          + ", verificationToken=" + (verificationToken == null ? "none" : "***")
          + ", types=" + handlers.keySet() + "]";
    }

    private static String nonBlank(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      return value;
    }
  }

  /** The {@code app_ticket} field of an {@code app_ticket} event, or null when it has none. */
  private static String readAppTicket(JsonParser p) throws IOException {
    if (!JsonValues.startObject(p, "app_ticket event")) {
      return null;
    }
    String ticket = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      if (name.equals("app_ticket")) {
        ticket = JsonValues.readString(p);
      } else {
        p.skipChildren();
      }
    }
    return ticket;
  }
}
