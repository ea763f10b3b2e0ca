package io.larkgen.runtime.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds event requests the way Feishu's guide says Feishu builds them, written here with the
 * JDK's own crypto rather than with {@link EventCrypto}, so that tests do not check the code
 * against itself.
 */
final class FeishuPush {
  static final String ENCRYPT_KEY = "larkgen-test-encrypt-key";
  static final String TOKEN = "vtok-123";

  private FeishuPush() {}

  /** {@code {"encrypt": base64(iv + AES-256-CBC(SHA-256(key), PKCS#7, plain))}}. */
  static String encrypted(String key, String plain, byte[] iv) throws Exception {
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    byte[] k = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"), new IvParameterSpec(iv));
    byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
    byte[] all = new byte[iv.length + sealed.length];
    System.arraycopy(iv, 0, all, 0, iv.length);
    System.arraycopy(sealed, 0, all, iv.length, sealed.length);
    return "{\"encrypt\":\"" + Base64.getEncoder().encodeToString(all) + "\"}";
  }

  /** Hex SHA-256 over timestamp + nonce + key, then the raw body. */
  static String sign(String timestamp, String nonce, String key, byte[] body) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((timestamp + nonce + key).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest(body));
  }

  /** The signature headers of {@code body}, sent at {@code epochSeconds}. */
  static Map<String, List<String>> signedHeaders(long epochSeconds, String nonce, byte[] body)
      throws Exception {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json; charset=utf-8"));
    headers.put("X-Lark-Request-Timestamp", List.of(Long.toString(epochSeconds)));
    headers.put("X-Lark-Request-Nonce", List.of(nonce));
    headers.put("X-Lark-Signature",
        List.of(sign(Long.toString(epochSeconds), nonce, ENCRYPT_KEY, body)));
    return headers;
  }

  /** A 2.0 event. */
  static String v2(String eventId, String eventType, String token, String eventJson) {
    return "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"" + eventId + "\",\"event_type\":\""
        + eventType + "\",\"create_time\":\"1608725989000\",\"token\":\"" + token
        + "\",\"app_id\":\"cli_test\",\"tenant_key\":\"tk_test\"},\"event\":" + eventJson + "}";
  }

  /** Sixteen bytes counting up from {@code first}. */
  static byte[] iv(int first) {
    byte[] iv = new byte[16];
    for (int i = 0; i < iv.length; i++) {
      iv[i] = (byte) (first + i);
    }
    return iv;
  }
}
