package io.larkgen.hire;

import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Feishu Hire v1 (飞书招聘 v1).
 *
 * <p>飞书招聘 v1 中面试与面试评价相关的开放接口。
 * The Feishu / Lark Open Platform Hire v1 endpoints for interviews and interview records
 * (interview feedback). Lark specifics are carried by {@code x-lark-*} extensions, described in
 * the README next to this file.
 *
 * <pre>{@code
 * Hire hire = Hire.of(client);
 * }</pre>
 *
 * <p>Error codes every operation may answer:
 * <ul>
 *   <li>{@code 99991400} (HTTP 429, retry {@code backoff}): 请求频率超限，请按 x-ogw-ratelimit-reset 等待后重试 / rate limit exceeded; wait for x-ogw-ratelimit-reset seconds and retry
 *   <li>{@code 99991401} (HTTP 400, retry {@code never}): 请求 IP 不在应用的 IP 白名单中 / the caller's IP address is not on the app's allow-list
 *   <li>{@code 99991403} (HTTP 400, retry {@code never}): 本月 API 调用次数已超出额度 / the monthly API call quota is used up
 *   <li>{@code 99991661} (HTTP 400, retry {@code never}): 缺少访问令牌或 Authorization 请求头格式错误 / the access token is missing or the Authorization header is malformed
 *   <li>{@code 99991662} (HTTP 400, retry {@code never}): 应用已停用 / the app is disabled
 *   <li>{@code 99991663} (HTTP 400, retry {@code refresh-token}): tenant_access_token 无效或已过期，需重新获取 / the tenant_access_token is invalid or expired; fetch a new one
 *   <li>{@code 99991664} (HTTP 400, retry {@code refresh-token}): app_access_token 无效，需重新获取 / the app_access_token is invalid; fetch a new one
 *   <li>{@code 99991665} (HTTP 400, retry {@code refresh-token}): tenant_access_token 不合法，需重新获取 / the tenant_access_token is illegal; fetch a new one
 *   <li>{@code 99991671} (HTTP 400, retry {@code refresh-token}): 令牌格式错误，需重新获取 / the token has the wrong format; fetch a new one
 *   <li>{@code 99991672} (HTTP 400, retry {@code never}): 应用缺少调用该接口所需的权限，详见 error.permission_violations / the app lacks a required scope (see error.permission_violations); a new token does not help
 *   <li>{@code 99991673} (HTTP 400, retry {@code never}): 应用未在该租户安装或不可用 / the app is not installed or not usable in this tenant
 *   <li>{@code 99992402} (HTTP 400, retry {@code never}): 请求参数校验失败，详见 error.field_violations / request parameter validation failed (see error.field_violations)
 * </ul>
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class Hire {
  private final HireV1 v1;

  private Hire(LarkClient client) {
    this.v1 = new HireV1(client);
  }

  /**
   * The service, sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  public static Hire of(LarkClient client) {
    return new Hire(Objects.requireNonNull(client, "client"));
  }

  /**
   * Version {@code v1} of the API.
   *
   * @return its resources
   */
  public HireV1 v1() {
    return v1;
  }
}
