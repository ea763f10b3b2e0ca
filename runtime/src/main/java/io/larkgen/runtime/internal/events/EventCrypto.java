package io.larkgen.runtime.internal.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two pieces of cryptography in Feishu's event push, as its guide to receiving events
 * documents them.
 *
 * <ul>
 *   <li><b>Encryption</b> of the body when the app has an Encrypt Key: AES-256-CBC with the
 *       SHA-256 of the Encrypt Key (UTF-8) as key, PKCS#7 padding and a random 16-byte IV; the
 *       body is {@code {"encrypt": base64(iv + ciphertext)}}.
 *   <li><b>Signature</b> of the request: the lower-case hex SHA-256 of {@code
 *       X-Lark-Request-Timestamp + X-Lark-Request-Nonce + Encrypt Key} (UTF-8) followed by the raw
 *       body bytes, sent as {@code X-Lark-Signature}.
 * </ul>
 */
public final class EventCrypto {
  private static final int BLOCK = 16;
  private static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";

  private EventCrypto() {}

  /**
   * Decrypts the value of an {@code encrypt} field.
   *
   * @throws IllegalArgumentException when the value is not base64, too short, not a whole number
   *     of AES blocks, or does not decrypt to correctly padded text (a wrong Encrypt Key or a
   *     tampered value); the message says which, without any of the text
   */
  public static byte[] decrypt(String encryptKey, String encrypted) {
    Objects.requireNonNull(encryptKey, "encryptKey");
    Objects.requireNonNull(encrypted, "encrypted");
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(encrypted.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the encrypt field is not base64: " + e.getMessage());
    }
    if (raw.length < 2 * BLOCK) {
      throw new IllegalArgumentException("the encrypt field holds " + raw.length
          + " bytes, fewer than a 16-byte IV and one 16-byte AES block");
    }
    if (raw.length % BLOCK != 0) {
      throw new IllegalArgumentException("the encrypt field holds " + raw.length
          + " bytes, not a 16-byte IV followed by whole 16-byte AES blocks");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key(encryptKey),
          new IvParameterSpec(Arrays.copyOfRange(raw, 0, BLOCK)));
      return cipher.doFinal(raw, BLOCK, raw.length - BLOCK);
    } catch (BadPaddingException e) {
      throw new IllegalArgumentException("the encrypt field does not decrypt with this Encrypt "
          + "Key (bad PKCS#7 padding): a different key, or a tampered value");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-CBC is not available in this JVM", e);
    }
  }

  /**
   * Encrypts {@code plaintext} the way Feishu does, for senders such as test servers: returns
   * {@code base64(iv + AES-256-CBC(plaintext))}.
   *
   * @param iv 16 bytes; Feishu uses fresh random bytes for every event
   */
  public static String encrypt(String encryptKey, byte[] plaintext, byte[] iv) {
    Objects.requireNonNull(encryptKey, "encryptKey");
    if (iv.length != BLOCK) {
      throw new IllegalArgumentException("iv must be 16 bytes, was " + iv.length);
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key(encryptKey), new IvParameterSpec(iv));
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] out = new byte[BLOCK + sealed.length];
      System.arraycopy(iv, 0, out, 0, BLOCK);
      System.arraycopy(sealed, 0, out, BLOCK, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-CBC is not available in this JVM", e);
    }
  }

  /** The {@code X-Lark-Signature} of a request: lower-case hex, 64 characters. */
  public static String signature(String timestamp, String nonce, String encryptKey, byte[] body) {
    MessageDigest sha256 = sha256();
    sha256.update((timestamp + nonce + encryptKey).getBytes(StandardCharsets.UTF_8));
    sha256.update(body);
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * Whether {@code signature} (hex, either case) is the request's signature. The comparison
   * takes the same time wherever the first difference is.
   */
  public static boolean verify(
      String signature, String timestamp, String nonce, String encryptKey, byte[] body) {
    if (signature == null) {
      return false;
    }
    byte[] expected = signature(timestamp, nonce, encryptKey, body)
        .getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().toLowerCase(Locale.ROOT)
        .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** Whether two secrets are equal, in time that does not depend on where they differ. */
  public static boolean sameSecret(String expected, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static SecretKeySpec key(String encryptKey) {
    return new SecretKeySpec(sha256().digest(encryptKey.getBytes(StandardCharsets.UTF_8)), "AES");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
