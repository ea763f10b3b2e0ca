package io.larkgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.internal.http.Urls;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void substitutesEncodedPathParametersAndRepeatsQueryKeys() {
    RequestParams params = new RequestParams()
        .path("interview_record_id", "7/8 9")
        .query("ids", List.of("1", "2"))
        .query("user_id_type", "open_id")
        .query("q", "中文&=+");
    URI uri = Urls.build(URI.create("https://open.feishu.cn/"),
        "/open-apis/hire/v1/interview_records/{interview_record_id}", params);
    assertEquals("https://open.feishu.cn/open-apis/hire/v1/interview_records/7%2F8%209"
        + "?ids=1&ids=2&user_id_type=open_id&q=%E4%B8%AD%E6%96%87%26%3D%2B", uri.toString());
  }

  @Test
  void dotSegmentPathParametersAreEncodedSoTheyCannotClimbThePath() {
    URI base = URI.create("https://open.feishu.cn");
    String template = "/open-apis/hire/v1/talents/{talent_id}/notes";
    assertEquals("https://open.feishu.cn/open-apis/hire/v1/talents/%2E%2E/notes",
        Urls.build(base, template, new RequestParams().path("talent_id", "..")).toString());
    assertEquals("https://open.feishu.cn/open-apis/hire/v1/talents/%2E/notes",
        Urls.build(base, template, new RequestParams().path("talent_id", ".")).toString());
    URI dots = Urls.build(base, template, new RequestParams().path("talent_id", ".."));
    assertEquals(dots, dots.normalize(), "nothing left for a normalizer to resolve");
    // dots inside a longer value are ordinary characters
    assertEquals("https://open.feishu.cn/open-apis/hire/v1/talents/a..b%2F..%2Fc/notes",
        Urls.build(base, template, new RequestParams().path("talent_id", "a..b/../c"))
            .toString());
  }

  @Test
  void missingPathParameterIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Urls.build(URI.create("https://open.feishu.cn"), "/x/{id}", new RequestParams()));
    assertTrue(e.getMessage().contains("path parameter id"), e.getMessage());
  }

  @Test
  void plainHttpOnlyForLoopback() {
    assertEquals(URI.create("https://open.larksuite.com"),
        Urls.checkBaseUrl(URI.create(DefaultLarkClient.LARK_BASE_URL)));
    Urls.checkBaseUrl(URI.create("http://127.0.0.1:8080"));
    Urls.checkBaseUrl(URI.create("http://localhost:8080"));
    Urls.checkBaseUrl(URI.create("http://[::1]:8080"));
    assertThrows(IllegalArgumentException.class,
        () -> Urls.checkBaseUrl(URI.create("http://open.feishu.cn")));
    assertThrows(IllegalArgumentException.class,
        () -> Urls.checkBaseUrl(URI.create("http://10.0.0.1")));
    assertThrows(IllegalArgumentException.class,
        () -> Urls.checkBaseUrl(URI.create("ftp://127.0.0.1")));
    assertThrows(IllegalArgumentException.class,
        () -> DefaultLarkClient.builder().baseUrl("http://example.com"));
  }

  @Test
  void sameOriginComparesSchemeHostAndPort() {
    assertTrue(Urls.sameOrigin(URI.create("https://a.cn/x"), URI.create("https://A.cn:443/y")));
    assertFalse(Urls.sameOrigin(URI.create("https://a.cn/x"), URI.create("https://b.cn/x")));
    assertFalse(Urls.sameOrigin(URI.create("http://a.cn:1/x"), URI.create("http://a.cn:2/x")));
    assertFalse(Urls.sameOrigin(URI.create("https://a.cn/x"), URI.create("http://a.cn/x")));
  }
}
