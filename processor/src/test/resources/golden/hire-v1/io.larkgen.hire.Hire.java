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
 * <p>The error codes every operation of {@code v1} may answer are {@link io.larkgen.hire.api.ErrorCodes#COMMON}.
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
