package io.larkgen.sandbox;

import java.util.List;

/**
 * The store app (商店应用) of a sandbox: its credentials, the current {@code app_ticket}
 * Feishu would push to it, and the tenants that installed it. Every tenant sees the sandbox's
 * one data set. {@link #toString()} hides the secret and the ticket.
 *
 * @param appId app id ({@code cli_…})
 * @param appSecret app secret
 * @param appTicket app ticket for {@code /open-apis/auth/v3/app_access_token}
 * @param tenantKeys tenant keys for {@code /open-apis/auth/v3/tenant_access_token}
 */
public record StoreApp(String appId, String appSecret, String appTicket, List<String> tenantKeys) {

  /** Copies the tenant list. */
  public StoreApp {
    tenantKeys = List.copyOf(tenantKeys);
  }

  @Override
  public String toString() {
    return "StoreApp{appId=" + appId + ", appSecret=***, appTicket=***, tenantKeys=" + tenantKeys + "}";
  }
}
