package io.larkgen.runtime.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.internal.events.EventCrypto;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Fixed vectors computed outside the code under test: the example in Feishu's guide to receiving
 * events, and vectors made with OpenSSL and sha256sum:
 *
 * <pre>
 * K=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)
 * (printf '\x00\x01…\x0f'; printf %s "$PLAIN" | openssl enc -aes-256-cbc -K $K -iv 0001…0f) \
 *   | base64
 * printf %s "1700000000n0nce-42${KEY}${BODY}" | sha256sum
 * </pre>
 */
class EventCryptoTest {
  /** Feishu's guide decrypts this with the key "test key" to "hello world". */
  private static final String GUIDE_CIPHERTEXT = "P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=";

  private static final String PLAIN =
      "{\"challenge\":\"ajls384kdj\",\"token\":\"vtok-123\",\"type\":\"url_verification\"}";
  private static final String OPENSSL_CIPHERTEXT = "AAECAwQFBgcICQoLDA0ODzxsbQ5zovSsUq+CH3kC3k2Q"
      + "UNA1uTO3u5NqlAwnUVEO4ge5reWdPkzBII9M5i6yDJdLCNwCkN0rL0+AYDKLJgX8gkgW+9k/9k+v1YJLRnHJ";
  private static final String BODY = "{\"encrypt\":\"" + OPENSSL_CIPHERTEXT + "\"}";
  private static final String SIGNATURE =
      "8ff2e1b028dae7489a304f6164df43b1c18c16c027c2158d4422edbbd6f628bb";

  @Test
  void decryptsTheGuidesExample() {
    assertEquals("hello world",
        new String(EventCrypto.decrypt("test key", GUIDE_CIPHERTEXT), StandardCharsets.UTF_8));
  }

  @Test
  void decryptsAnOpensslVector() {
    assertEquals(PLAIN, new String(
        EventCrypto.decrypt(FeishuPush.ENCRYPT_KEY, OPENSSL_CIPHERTEXT), StandardCharsets.UTF_8));
  }

  @Test
  void encryptsToTheOpensslVectorWithItsIv() {
    assertEquals(OPENSSL_CIPHERTEXT, EventCrypto.encrypt(FeishuPush.ENCRYPT_KEY,
        PLAIN.getBytes(StandardCharsets.UTF_8), FeishuPush.iv(0)));
  }

  @Test
  void signsLikeSha256sum() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    assertEquals(142, body.length);
    assertEquals(SIGNATURE,
        EventCrypto.signature("1700000000", "n0nce-42", FeishuPush.ENCRYPT_KEY, body));
    assertTrue(EventCrypto.verify(SIGNATURE, "1700000000", "n0nce-42", FeishuPush.ENCRYPT_KEY,
        body));
    assertTrue(EventCrypto.verify(SIGNATURE.toUpperCase(Locale.ROOT), "1700000000",
        "n0nce-42", FeishuPush.ENCRYPT_KEY, body), "hex case does not matter");
  }

  @Test
  void aSignatureCoversEveryPart() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    String key = FeishuPush.ENCRYPT_KEY;
    assertFalse(EventCrypto.verify(SIGNATURE, "1700000001", "n0nce-42", key, body));
    assertFalse(EventCrypto.verify(SIGNATURE, "1700000000", "n0nce-43", key, body));
    assertFalse(EventCrypto.verify(SIGNATURE, "1700000000", "n0nce-42", key + "x", body));
    byte[] changed = body.clone();
    changed[20] ^= 1;
    assertFalse(EventCrypto.verify(SIGNATURE, "1700000000", "n0nce-42", key, changed));
    assertFalse(EventCrypto.verify(null, "1700000000", "n0nce-42", key, body));
    assertFalse(EventCrypto.verify(SIGNATURE.substring(1), "1700000000", "n0nce-42", key, body));
  }

  @Test
  void aTamperedCiphertextOrAnotherKeyFailsWithAClearMessage() {
    byte[] raw = Base64.getDecoder().decode(OPENSSL_CIPHERTEXT);
    raw[raw.length - 1] ^= 0x55;   // the last block's padding no longer decrypts
    String tampered = Base64.getEncoder().encodeToString(raw);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventCrypto.decrypt(FeishuPush.ENCRYPT_KEY, tampered));
    assertTrue(e.getMessage().contains("does not decrypt with this Encrypt Key"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EventCrypto.decrypt("another key", OPENSSL_CIPHERTEXT));
  }

  @Test
  void malformedCiphertextsNameTheirProblem() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> EventCrypto.decrypt("k", "not base64!")).getMessage().contains("not base64"));
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> EventCrypto.decrypt("k", short16)).getMessage().contains("fewer than"));
    String ragged = Base64.getEncoder().encodeToString(new byte[40]);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> EventCrypto.decrypt("k", ragged)).getMessage().contains("whole 16-byte"));
  }

  @Test
  void theTestsOwnEncryptionAgreesWithTheVector() throws Exception {
    assertEquals(BODY, FeishuPush.encrypted(FeishuPush.ENCRYPT_KEY, PLAIN, FeishuPush.iv(0)));
  }
}
