package io.larkgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestParamsTest {

  @Test
  void listsBecomeRepeatedKeysInOrderAndNullsAreSkipped() {
    RequestParams params =
        new RequestParams()
            .query("page_size", 50)
            .query("page_token", (String) null)
            .query("ids", List.of("a", "b"))
            .query("user_id_type", "open_id")
            .path("interview_record_id", "42");

    assertEquals(
        List.of(
            Map.entry("page_size", "50"),
            Map.entry("ids", "a"),
            Map.entry("ids", "b"),
            Map.entry("user_id_type", "open_id")),
        params.queryParams());
    assertEquals(Map.of("interview_record_id", "42"), params.pathParams());
  }

  @Test
  void pathParameterMayNotBeNull() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new RequestParams().path("id", null));
    assertEquals("path parameter id", e.getMessage());
  }
}
