package io.larkgen.runtime.testing;

import io.larkgen.runtime.DefaultLarkClient;

/** Builders pointed at a {@link FakeFeishu}, with a fake clock and sleeper. */
public final class Clients {
  public static final String APP_ID = "cli_a1b2c3d4e5";
  public static final String APP_SECRET = "S3cr3tAppSecretValue0123456789";
  public static final String APP_TICKET = "TicketValueFromEvent0987654321";

  private Clients() {}

  public static DefaultLarkClient.Builder builder(FakeFeishu server, FakeClock clock) {
    return DefaultLarkClient.builder()
        .appId(APP_ID)
        .appSecret(APP_SECRET)
        .baseUrl(server.baseUrl())
        .clock(clock)
        .sleeper(clock);
  }
}
