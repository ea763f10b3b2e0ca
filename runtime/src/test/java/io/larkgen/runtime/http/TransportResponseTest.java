package io.larkgen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportResponseTest {

  @Test
  void headersFromHttpUrlConnectionWithItsNullStatusLineKeyAreAccepted() {
    // HttpURLConnection.getHeaderFields() keys the status line by null
    Map<String, List<String>> fields = new HashMap<>();
    fields.put(null, List.of("HTTP/1.1 200 OK"));
    fields.put("X-Tt-Logid", List.of("L-1"));
    fields.put("x-ogw-ratelimit-reset", List.of());
    TransportResponse response = new TransportResponse(200, fields, new byte[0]);
    assertEquals("L-1", response.logId());
    assertEquals("L-1", response.header("x-tt-logid"));
    assertNull(response.header("x-ogw-ratelimit-reset"));
    assertEquals(2, response.headers().size());
  }
}
