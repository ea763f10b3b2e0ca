package io.larkgen.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Opaque page tokens: URL-safe base64 (no padding) of a JSON cursor such as
 * {@code {"biz_time":1710036000000,"id":"7343027932818671916"}} — the shape of Feishu's own
 * tokens — plus a {@code sig} field, a checksum keyed by the data set's seed, so that a token
 * altered in any way is refused instead of silently moving the cursor.
 */
final class PageTokens {

  private final long key;

  PageTokens(long key) {
    this.key = key;
  }

  String encode(ObjectNode cursor) {
    ObjectNode signed = cursor.deepCopy();
    signed.put("sig", signature(Json.string(cursor)));
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Json.bytes(signed));
  }

  /** The cursor inside a token this sandbox issued, or empty for anything else. */
  Optional<ObjectNode> decode(String token) {
    try {
      byte[] raw = Base64.getUrlDecoder().decode(token.replace('+', '-').replace('/', '_'));
      JsonNode node = Json.MAPPER.readTree(new String(raw, StandardCharsets.UTF_8));
      if (!(node instanceof ObjectNode cursor) || !cursor.path("sig").isTextual()) {
        return Optional.empty();
      }
      String sig = cursor.remove("sig").asText();
      return sig.equals(signature(Json.string(cursor))) ? Optional.of(cursor) : Optional.empty();
    } catch (IllegalArgumentException | java.io.IOException e) {
      return Optional.empty();
    }
  }

  private String signature(String cursorJson) {
    CRC32 crc = new CRC32();
    crc.update(Long.toString(key).getBytes(StandardCharsets.UTF_8));
    crc.update(cursorJson.getBytes(StandardCharsets.UTF_8));
    long mixed = SandboxDataset.mix(key, crc.getValue(), cursorJson.length());
    return Long.toHexString(mixed);
  }
}
