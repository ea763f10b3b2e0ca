package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.RECORDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed and size, same bytes; another seed, other data. */
class DeterminismTest {

  @Test
  void sameSeedServesTheSameBytes() {
    assertEquals(bodies(42L), bodies(42L));
  }

  @Test
  void differentSeedServesDifferentData() {
    List<String> a = bodies(42L);
    List<String> b = bodies(43L);
    for (int i = 0; i < a.size(); i++) {
      assertNotEquals(a.get(i), b.get(i), "answer " + i);
    }
    SandboxDataset d42 = SandboxDataset.generate(42L, 100);
    SandboxDataset d43 = SandboxDataset.generate(43L, 100);
    assertNotEquals(d42.interviewId(0), d43.interviewId(0));
    assertNotEquals(d42.interview(5), d43.interview(5));
  }

  @Test
  void datasetIsReproducibleWithoutAServer() {
    SandboxDataset first = SandboxDataset.generate(7L, 2_000);
    SandboxDataset second = SandboxDataset.generate(7L, 2_000);
    for (int i = 0; i < 2_000; i += 97) {
      assertEquals(first.interviewJson(i, "union_id"), second.interviewJson(i, "union_id"));
    }
    assertArrayEquals(first.interviewsOfApplication(first.applicationId(1_234)),
        second.interviewsOfApplication(second.applicationId(1_234)));
    assertEquals(first.timeRange(), second.timeRange());
  }

  private static List<String> bodies(long seed) {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().seed(seed).interviews(500)
        .rateLimits(false).start()) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      List<String> out = new ArrayList<>();
      String pageToken = null;
      for (int page = 0; page < 3; page++) {
        Http.Answer a = pageToken == null
            ? http.get(token, INTERVIEWS, "start_time", "1", "page_size", "50")
            : http.get(token, INTERVIEWS, "start_time", "1", "page_size", "50", "page_token", pageToken);
        out.add(new String(a.raw(), java.nio.charset.StandardCharsets.UTF_8));
        pageToken = a.data().path("page_token").asText();
      }
      out.add(new String(http.get(token, RECORDS, "page_size", "30").raw(),
          java.nio.charset.StandardCharsets.UTF_8));
      out.add(new String(http.get(token, RECORDS + "/" + sandbox.dataset().recordIdAt(17),
          "user_id_type", "user_id").raw(), java.nio.charset.StandardCharsets.UTF_8));
      return out;
    }
  }
}
