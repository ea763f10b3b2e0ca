package io.larkgen.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer before it is written: status, headers and body bytes. */
final class Reply {

  static final String JSON = "application/json; charset=utf-8";

  final int status;
  final byte[] body;
  final String contentType;
  final Map<String, String> headers = new LinkedHashMap<>();

  Reply(int status, byte[] body, String contentType) {
    this.status = status;
    this.body = body;
    this.contentType = contentType;
  }

  static Reply json(int status, Object node) {
    return new Reply(status, Json.bytes(node), JSON);
  }

  static Reply text(int status, String text, String contentType) {
    return new Reply(status, text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
