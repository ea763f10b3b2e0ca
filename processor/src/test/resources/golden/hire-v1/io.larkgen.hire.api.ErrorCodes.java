package io.larkgen.hire.api;

import io.larkgen.hire.HireV1;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The common error codes of {@link HireV1}, held once for every operation descriptor.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class ErrorCodes {
  /**
   * Error codes every operation of version {@code v1} may answer, from the spec's {@code x-lark-common-error-codes}:
   *
   * <ul>
   *   <li>{@code 99991400} (HTTP 429, retry {@code backoff}): 请求频率超限，请按 x-ogw-ratelimit-reset 等待后重试
   *       / rate limit exceeded; wait for x-ogw-ratelimit-reset seconds and retry
   *   <li>{@code 99991401} (HTTP 400, retry {@code never}): 请求 IP 不在应用的 IP 白名单中 / the caller's IP
   *       address is not on the app's allow-list
   *   <li>{@code 99991403} (HTTP 400, retry {@code never}): 本月 API 调用次数已超出额度 / the monthly API call quota is used up
   *   <li>{@code 99991661} (HTTP 400, retry {@code never}): 缺少访问令牌或 Authorization 请求头格式错误 / the
   *       access token is missing or the Authorization header is malformed
   *   <li>{@code 99991662} (HTTP 400, retry {@code never}): 应用已停用 / the app is disabled
   *   <li>{@code 99991663} (HTTP 400, retry {@code refresh-token}): tenant_access_token 无效或已过期，需重新
   *       获取 / the tenant_access_token is invalid or expired; fetch a new one
   *   <li>{@code 99991664} (HTTP 400, retry {@code refresh-token}): app_access_token 无效，需重新获取 / the
   *       app_access_token is invalid; fetch a new one
   *   <li>{@code 99991665} (HTTP 400, retry {@code refresh-token}): tenant_access_token 不合法，需重新获取 /
   *       the tenant_access_token is illegal; fetch a new one
   *   <li>{@code 99991671} (HTTP 400, retry {@code refresh-token}): 令牌格式错误，需重新获取 / the token has
   *       the wrong format; fetch a new one
   *   <li>{@code 99991672} (HTTP 400, retry {@code never}): 应用缺少调用该接口所需的权限，详见
   *       error.permission_violations / the app lacks a required scope (see
   *       error.permission_violations); a new token does not help
   *   <li>{@code 99991673} (HTTP 400, retry {@code never}): 应用未在该租户安装或不可用 / the app is not
   *       installed or not usable in this tenant
   *   <li>{@code 99992402} (HTTP 400, retry {@code never}): 请求参数校验失败，详见 error.field_violations /
   *       request parameter validation failed (see error.field_violations)
   * </ul>
   */
  public static final List<ErrorCode> COMMON = List.of(
      new ErrorCode(99991400, 429, "request trigger frequency limit",
          "请求频率超限，请按 x-ogw-ratelimit-reset 等待后重试 / rate limit exceeded; wait for x-ogw-ratelimit-reset seconds and retry",
          ErrorCode.Retry.BACKOFF),
      new ErrorCode(99991401, 400, "ip %s is denied by app setting",
          "请求 IP 不在应用的 IP 白名单中 / the caller's IP address is not on the app's allow-list",
          ErrorCode.Retry.NEVER),
      new ErrorCode(99991403, 400, "This month's API call quota has been exceeded",
          "本月 API 调用次数已超出额度 / the monthly API call quota is used up", ErrorCode.Retry.NEVER),
      new ErrorCode(99991661, 400, "Need a token",
          "缺少访问令牌或 Authorization 请求头格式错误 / the access token is missing or the Authorization header is malformed",
          ErrorCode.Retry.NEVER),
      new ErrorCode(99991662, 400, "app not in use", "应用已停用 / the app is disabled",
          ErrorCode.Retry.NEVER),
      new ErrorCode(99991663, 400, "Invalid access token for authorization",
          "tenant_access_token 无效或已过期，需重新获取 / the tenant_access_token is invalid or expired; fetch a new one",
          ErrorCode.Retry.REFRESH_TOKEN),
      new ErrorCode(99991664, 400, "invalid app token",
          "app_access_token 无效，需重新获取 / the app_access_token is invalid; fetch a new one",
          ErrorCode.Retry.REFRESH_TOKEN),
      new ErrorCode(99991665, 400, "invalid tenant code",
          "tenant_access_token 不合法，需重新获取 / the tenant_access_token is illegal; fetch a new one",
          ErrorCode.Retry.REFRESH_TOKEN),
      new ErrorCode(99991671, 400, "Invalid token: must start with t-/u-",
          "令牌格式错误，需重新获取 / the token has the wrong format; fetch a new one",
          ErrorCode.Retry.REFRESH_TOKEN),
      new ErrorCode(99991672, 400, "Access denied. One of the following scopes is required",
          "应用缺少调用该接口所需的权限，详见 error.permission_violations / the app lacks a required scope (see error.permission_violations); a new token does not help",
          ErrorCode.Retry.NEVER),
      new ErrorCode(99991673, 400, "unauthorized app",
          "应用未在该租户安装或不可用 / the app is not installed or not usable in this tenant",
          ErrorCode.Retry.NEVER),
      new ErrorCode(99992402, 400, "field validation failed",
          "请求参数校验失败，详见 error.field_violations / request parameter validation failed (see error.field_violations)",
          ErrorCode.Retry.NEVER));

  private ErrorCodes() {
  }

  /**
   * An operation's documented codes followed by {@link #COMMON}.
   *
   * @param documented the operation's own {@code x-lark-error-codes}, in spec order
   * @return both lists in one
   */
  static List<ErrorCode> withCommon(ErrorCode... documented) {
    List<ErrorCode> all = new ArrayList<>(List.of(documented));
    all.addAll(COMMON);
    return List.copyOf(all);
  }
}
