package io.larkgen.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.http.TransportRequest;
import io.larkgen.runtime.internal.error.Redactor;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final String TOKEN = "t-g1044ghJRUIJJ5ELPZ5GYMAYIZTOKENONE";

  @Test
  void aSecretValueCutOffByATruncatedBodyIsStillRemoved() {
    // a body cut inside the token leaves a prefix too short for the token pattern
    String cut = "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-g1044ghJRU";
    assertEquals("{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"***\"",
        Redactor.redactJson(cut));
    assertEquals("{\"app_id\":\"cli_1\",\"app_secret\":\"***\"",
        Redactor.redactJson("{\"app_id\":\"cli_1\",\"app_secret\":\"S3cr3tAppSe"));
    assertEquals("{\"app_ticket\":\"***\"}", Redactor.redactJson("{\"app_ticket\":\"x\\\"y\"}"));
  }

  @Test
  void secretQueryParametersAreMaskedAndOthersKept() {
    URI uri = URI.create("https://open.feishu.cn/open-apis/x?page_token=eyJpZCI6IjEifQ"
        + "&access_token=" + TOKEN + "&ids=1&ids=2&app_secret=S3cr3t&user_access_token=u-abc");
    String shown = Redactor.redactUri(uri);
    assertEquals("https://open.feishu.cn/open-apis/x?page_token=eyJpZCI6IjEifQ"
        + "&access_token=***&ids=1&ids=2&app_secret=***&user_access_token=***", shown);
    assertEquals("https://open.feishu.cn/open-apis/x", Redactor.redactUri(
        URI.create("https://open.feishu.cn/open-apis/x")));
    assertFalse(Redactor.redactUri(URI.create("https://h/p?q=" + TOKEN)).contains("1044ghJRUIJJ"));
    assertEquals("TransportRequest[GET https://h/p?app_ticket=***]", new TransportRequest(
        HttpMethod.GET, URI.create("https://h/p?app_ticket=T1cket"), Map.of(), null,
        Duration.ofSeconds(1)).toString());
  }

  @Test
  void theMsgOfAnApiExceptionIsRedactedToo() {
    LarkApiException e = new LarkApiException("op", 400, 99991663,
        "Invalid access token " + TOKEN, "log-1", LarkError.NONE);
    assertFalse(e.msg().contains("1044ghJRUIJJ"), e.msg());
    assertEquals("Invalid access token t-***", e.msg());
  }
}
