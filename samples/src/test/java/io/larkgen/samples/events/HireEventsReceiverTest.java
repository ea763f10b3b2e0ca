package io.larkgen.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code hire-events} on a loopback port, sent pushes encrypted and signed the way Feishu
 * builds them (AES-256-CBC under SHA-256 of the Encrypt Key, IV first, base64; signature the
 * hex SHA-256 of timestamp, nonce, key and body), built here with the JDK's crypto.
 */
class HireEventsReceiverTest {
  private static final String KEY = "samples-encrypt-key";
  private static final String TOKEN = "samples-verification-token";
  private static final String PATH = "/webhook/event";

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    server = HireEventsReceiver.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), PATH,
        Map.of(HireEventsReceiver.ENCRYPT_KEY, KEY, HireEventsReceiver.VERIFICATION_TOKEN, TOKEN),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private List<String> lines() {
    String s = printed.toString(StandardCharsets.UTF_8);
    return s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }

  private static String encrypted(String plain) throws Exception {
    byte[] iv = new byte[16];
    new SecureRandom().nextBytes(iv);
    byte[] key = MessageDigest.getInstance("SHA-256").digest(KEY.getBytes(StandardCharsets.UTF_8));
    Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
    byte[] all = new byte[iv.length + sealed.length];
    System.arraycopy(iv, 0, all, 0, iv.length);
    System.arraycopy(sealed, 0, all, iv.length, sealed.length);
    return "{\"encrypt\":\"" + Base64.getEncoder().encodeToString(all) + "\"}";
  }

  private static String signature(String timestamp, String nonce, byte[] body) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((timestamp + nonce + KEY).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest(body));
  }

  private static String event(String id, String type, String body) {
    return "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"" + id + "\",\"event_type\":\"" + type
        + "\",\"create_time\":\"" + Instant.now().toEpochMilli() + "\",\"token\":\"" + TOKEN
        + "\",\"app_id\":\"cli_samples\",\"tenant_key\":\"tk_samples\"},\"event\":" + body + "}";
  }

  /** POSTs {@code plain} encrypted; signed when {@code sign}, with a wrong signature when not. */
  private HttpResponse<String> push(String plain, boolean sign, boolean goodSignature) throws Exception {
    byte[] body = encrypted(plain).getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder r = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (sign) {
      String ts = Long.toString(Instant.now().getEpochSecond());
      String nonce = "n" + System.nanoTime();
      String sig = signature(ts, nonce, body);
      if (!goodSignature) {
        sig = signature(ts, nonce + "x", body);
      }
      r.header("X-Lark-Request-Timestamp", ts).header("X-Lark-Request-Nonce", nonce).header("X-Lark-Signature", sig);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> push(String plain) throws Exception {
    return push(plain, true, true);
  }

  @Test
  void urlVerificationIsAnsweredWithTheChallengeAndPrintsNothing() throws Exception {
    HttpResponse<String> r = push(
        "{\"challenge\":\"ch-7f3a\",\"token\":\"" + TOKEN + "\",\"type\":\"url_verification\"}", false, false);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("{\"challenge\":\"ch-7f3a\"}", r.body());
    assertEquals(List.of(), lines());
  }

  @Test
  void eachHireEventIsOneLineWithTypeIdAndTheObjectItNames() throws Exception {
    assertEquals(200, push(event("ev-1", "hire.application.stage_changed_v1",
        "{\"application_id\":\"6891470273284114702\",\"origin_stage_id\":\"1\",\"target_stage_id\":\"2\","
            + "\"update_time\":1652806656258}")).statusCode());
    assertEquals(200, push(event("ev-2", "hire.application.deleted_v1",
        "{\"application_ids\":[\"6914551145542568199\",\"6914551145542568200\"]}")).statusCode());
    assertEquals(200, push(event("ev-3", "hire.offer.status_changed_v1",
        "{\"offer_id\":\"7132790542665222407\",\"added_later\":{\"x\":[1,2]}}")).statusCode());
    assertEquals(200, push(event("ev-4", "hire.talent.deleted_v1", "{\"talent_id\":\"6890840517010000141\"}"))
        .statusCode());
    assertEquals(200, push(event("ev-5", "hire.ehr_import_task.imported_v1", "{\"task_id\":\"1\"}")).statusCode());
    assertEquals(200, push(event("ev-6", "hire.something.new_v9", "{\"thing_id\":\"1\"}")).statusCode());
    assertEquals(List.of(
        "{\"type\":\"hire.application.stage_changed_v1\",\"id\":\"ev-1\",\"summary\":\"application 6891470273284114702: stage 1 -> 2\"}",
        "{\"type\":\"hire.application.deleted_v1\",\"id\":\"ev-2\",\"summary\":\"application 6914551145542568199,6914551145542568200\"}",
        "{\"type\":\"hire.offer.status_changed_v1\",\"id\":\"ev-3\",\"summary\":\"offer 7132790542665222407\"}",
        "{\"type\":\"hire.talent.deleted_v1\",\"id\":\"ev-4\",\"summary\":\"talent 6890840517010000141\"}",
        "{\"type\":\"hire.ehr_import_task.imported_v1\",\"id\":\"ev-5\",\"summary\":\"e-HR import task 1 of application (none)\"}",
        "{\"type\":\"hire.something.new_v9\",\"id\":\"ev-6\",\"summary\":\"not known to this client\"}"), lines());
  }

  @Test
  void aLineIsOneJsonObjectWhateverTheEventHolds() throws Exception {
    String id = "7132790542665222407\\\"\\n,\\u2028";
    assertEquals(200, push(event("ev-json", "hire.offer.status_changed_v1",
        "{\"offer_id\":\"" + id + "\"}")).statusCode());
    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    List<String> names = new ArrayList<>();
    line.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("type", "id", "summary"), names);
    assertEquals("ev-json", line.get("id").asText());
    assertEquals("offer 7132790542665222407\"\n,\u2028", line.get("summary").asText());
  }

  @Test
  void aDuplicateDeliveryIsAcknowledgedAndPrintedOnce() throws Exception {
    String offer = event("ev-dup", "hire.offer.status_changed_v1", "{\"offer_id\":\"7132790542665222407\"}");
    assertEquals(200, push(offer).statusCode());
    HttpResponse<String> again = push(offer);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(List.of("{\"type\":\"hire.offer.status_changed_v1\",\"id\":\"ev-dup\",\"summary\":\"offer 7132790542665222407\"}"), lines());
  }

  @Test
  void aBadOrMissingSignatureIsRefusedAndPrintsNothing() throws Exception {
    String offer = event("ev-forged", "hire.offer.status_changed_v1", "{\"offer_id\":\"7132790542665222407\"}");
    HttpResponse<String> bad = push(offer, true, false);
    assertEquals(401, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("BAD_SIGNATURE"), bad.body());
    HttpResponse<String> unsigned = push(offer, false, false);
    assertEquals(401, unsigned.statusCode(), unsigned.body());
    assertTrue(unsigned.body().contains("MISSING_SIGNATURE"), unsigned.body());
    assertEquals(List.of(), lines());
    assertEquals(200, push(offer).statusCode(), "the refused id was not remembered");
    assertEquals(List.of("{\"type\":\"hire.offer.status_changed_v1\",\"id\":\"ev-forged\",\"summary\":\"offer 7132790542665222407\"}"), lines());
  }

  @Test
  void badArgumentsAreOneLineAndExitCode2() {
    for (String[] args : List.of(new String[] {"--port", "70000"}, new String[] {"--path", "webhook"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      HireEventsReceiver cmd = new HireEventsReceiver(
          Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(2, new picocli.CommandLine(cmd).execute(args));
      String message = err.toString(StandardCharsets.UTF_8);
      assertTrue(message.startsWith("hire-events: " + args[0] + " must "), message);
      assertEquals(1, message.lines().count(), message);
    }
  }

  @Test
  void anotherVerificationTokenIsRefused() throws Exception {
    HttpResponse<String> r = push(event("ev-t", "hire.talent.deleted_v1", "{\"talent_id\":\"1\"}")
        .replace(TOKEN, "someone-elses-token"));
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.body().contains("BAD_TOKEN"), r.body());
    assertEquals(List.of(), lines());
  }
}
