package io.larkgen.samples.export;

import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkAuthException;
import io.larkgen.runtime.error.LarkError;
import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.error.LarkPermissionException;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.error.LarkValidationException;
import io.larkgen.runtime.redis.RedisUnavailableException;
import java.util.ArrayList;
import java.util.List;

/** Turns the runtime's exceptions into messages a user can act on. */
final class Failures {
  /** The scopes Feishu documents for both endpoints (any one suffices). */
  static final String SCOPES = "hire:interview:readonly or hire:interview";

  private Failures() {}

  /** The request builder refused the request before anything was sent. */
  static ExportFailure rejected(LarkRequestValidationException e) {
    return new ExportFailure(
        ExitCodes.USAGE, "request rejected before sending: " + e.getMessage(), e);
  }

  /** A failure from the client, after its retries. */
  static ExportFailure of(LarkException e) {
    if (e instanceof RedisUnavailableException r) {
      return new ExportFailure(
          ExitCodes.REDIS,
          r.getMessage() + ". Check --redis; the checkpoint, if any, is kept: run the same command"
              + " again to resume once Redis answers.",
          e);
    }
    if (e instanceof LarkAuthException a) {
      return new ExportFailure(
          ExitCodes.AUTH,
          "authentication failed: Feishu code " + a.code() + " (" + a.msg() + ")" + logId(a)
              + ". Check FEISHU_APP_ID and FEISHU_APP_SECRET (and FEISHU_BASE_URL).",
          e);
    }
    if (e instanceof LarkPermissionException p) {
      List<String> scopes = new ArrayList<>();
      for (LarkError.Violation v : p.error().permissionViolations()) {
        scopes.add(v.summary());
      }
      String needed = scopes.isEmpty() ? SCOPES : String.join(" or ", scopes);
      return new ExportFailure(
          ExitCodes.PERMISSION,
          "permission denied: the app needs the scope " + needed + " (Feishu code " + p.code()
              + ": " + p.msg() + logId(p) + "). Add it in the developer console, publish a new"
              + " version of the app, and run again.",
          e);
    }
    if (e instanceof LarkValidationException v) {
      return new ExportFailure(
          ExitCodes.USAGE,
          "Feishu rejected the request: code " + v.code() + " (" + v.msg() + ")" + fields(v) + logId(v),
          e);
    }
    if (e instanceof LarkApiException a) {
      return new ExportFailure(
          ExitCodes.API,
          "Feishu request failed: code " + a.code() + " (" + a.msg() + "), HTTP " + a.httpStatus()
              + logId(a) + ". The checkpoint is kept: run the same command again to resume.",
          e);
    }
    String message = e.getMessage();
    String logId =
        e.logId()
            .filter(id -> message == null || !message.contains(id))
            .map(id -> " (log id " + id + ")")
            .orElse("");
    return new ExportFailure(
        ExitCodes.API,
        "Feishu request failed: " + message + logId
            + ". The checkpoint is kept: run the same command again to resume.",
        e);
  }

  private static String logId(LarkApiException e) {
    String id = e.logId().or(e::errorLogId).orElse(null);
    return id == null ? "" : ", log id " + id;
  }

  private static String fields(LarkValidationException e) {
    List<String> f = new ArrayList<>();
    for (LarkError.Violation v : e.error().fieldViolations()) {
      f.add(v.summary());
    }
    return f.isEmpty() ? "" : ": " + String.join("; ", f);
  }
}
