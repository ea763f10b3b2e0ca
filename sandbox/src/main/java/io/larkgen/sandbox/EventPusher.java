package io.larkgen.sandbox;

import static io.larkgen.sandbox.SchemaData.map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pushes events to a request URL the way Feishu does: a schema 2.0 envelope ({@code schema},
 * {@code header} with {@code event_id}, {@code event_type}, {@code create_time}, {@code token},
 * {@code app_id}, {@code tenant_key}; {@code event} generated from the event's schema in the
 * spec's {@code x-lark-events}), and with an Encrypt Key the body {@code {"encrypt": …}}
 * (base64 of a 16-byte IV and the AES-256-CBC ciphertext, key = SHA-256 of the Encrypt Key)
 * signed in {@code X-Lark-Signature} = hex SHA-256 of timestamp + nonce + Encrypt Key + body,
 * with {@code X-Lark-Request-Timestamp} and {@code X-Lark-Request-Nonce}. Event ids, event
 * bodies, IVs and nonces are deterministic per seed and push number.
 */
final class EventPusher {

  private final List<SpecModel> specs;
  private final IdSpace ids;
  private final SchemaData values;
  private final long seed;
  private final String appId;
  private final String tenantKey;
  private final String encryptKey;
  private final String verificationToken;
  private final Clock clock;
  private final AtomicLong pushes = new AtomicLong();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  EventPusher(List<SpecModel> specs, IdSpace ids, SchemaData values, long seed, String appId,
      String tenantKey, String encryptKey, String verificationToken, Clock clock) {
    this.specs = specs;
    this.ids = ids;
    this.values = values;
    this.seed = seed;
    this.appId = appId;
    this.tenantKey = tenantKey;
    this.encryptKey = encryptKey;
    this.verificationToken = verificationToken;
    this.clock = clock;
  }

  /** Every event type the specs declare. */
  List<String> eventTypes() {
    return specs.stream().flatMap(s -> s.events().keySet().stream()).toList();
  }

  /** Pushes one event of {@code eventType}, generated for this push number. */
  EventDelivery push(URI url, String eventType) {
    long n = pushes.getAndIncrement();
    SpecModel spec = specs.stream().filter(s -> s.events().containsKey(eventType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no event type " + eventType
            + " in the specs' x-lark-events (known: " + eventTypes() + ")"));
    Map<String, Object> schema = spec.resolve(
        Map.of("$ref", "#/components/schemas/" + spec.events().get(eventType)));
    Map<String, Object> eventSchema = spec.resolve(map(map(schema.get("properties")).get("event")));
    String family = family(eventType);
    String eventId = SandboxDataset.hex(SandboxDataset.mix(seed, 911, n))
        + SandboxDataset.hex(SandboxDataset.mix(seed, 912, n));
    ObjectNode envelope = Json.object();
    envelope.put("schema", "2.0");
    ObjectNode header = envelope.putObject("header");
    header.put("event_id", eventId);
    header.put("event_type", eventType);
    header.put("create_time", String.valueOf(clock.millis()));
    header.put("token", verificationToken == null ? "" : verificationToken);
    header.put("app_id", appId);
    header.put("tenant_key", tenantKey);
    envelope.set("event", values.entity(spec, eventSchema, family,
        ids.draw(family, n) % ids.size(family)));
    return send(url, eventId, envelope, n);
  }

  /**
   * Sends the {@code url_verification} request Feishu sends when an app sets its request URL
   * and returns whether the answer echoed the challenge.
   */
  boolean verifyUrl(URI url) {
    long n = pushes.getAndIncrement();
    String challenge = SandboxDataset.hex(SandboxDataset.mix(seed, 913, n));
    ObjectNode body = Json.object();
    body.put("challenge", challenge);
    body.put("token", verificationToken == null ? "" : verificationToken);
    body.put("type", "url_verification");
    EventDelivery answer = send(url, "", body, n);
    try {
      return answer.status() == 200
          && challenge.equals(Json.MAPPER.readTree(answer.body()).path("challenge").asText());
    } catch (IOException e) {
      return false;
    }
  }

  private EventDelivery send(URI url, String eventId, ObjectNode json, long n) {
    byte[] body = Json.bytes(json);
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=utf-8");
    if (encryptKey != null) {
      ObjectNode sealed = Json.object();
      sealed.put("encrypt", encrypt(body, n));
      body = Json.bytes(sealed);
      String timestamp = String.valueOf(clock.millis() / 1000);
      String nonce = SandboxDataset.hex(SandboxDataset.mix(seed, 914, n));
      request.header("X-Lark-Request-Timestamp", timestamp)
          .header("X-Lark-Request-Nonce", nonce)
          .header("X-Lark-Signature", signature(timestamp, nonce, body));
    }
    try {
      HttpResponse<String> answer = client.send(
          request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new EventDelivery(eventId, answer.statusCode(), answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException("event push to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pushing an event to " + url, e);
    }
  }

  private String encrypt(byte[] plain, long n) {
    byte[] iv = new byte[16];
    for (int i = 0; i < 16; i += 8) {
      long bits = SandboxDataset.mix(seed, 915 + i, n);
      for (int b = 0; b < 8; b++) {
        iv[i + b] = (byte) (bits >>> (8 * b));
      }
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sha256(encryptKey.getBytes(
          StandardCharsets.UTF_8)), "AES"), new IvParameterSpec(iv));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[16 + sealed.length];
      System.arraycopy(iv, 0, out, 0, 16);
      System.arraycopy(sealed, 0, out, 16, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-CBC is not available in this JVM", e);
    }
  }

  private String signature(String timestamp, String nonce, byte[] body) {
    byte[] prefix = (timestamp + nonce + encryptKey).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return HexFormat.of().formatHex(sha256(all));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The family an event is about: {@code hire.application.deleted_v1} → {@code application}. */
  static String family(String eventType) {
    String[] parts = eventType.split("\\.");
    return IdSpace.familyOf(parts.length >= 3 ? parts[parts.length - 2] : parts[0]);
  }
}
