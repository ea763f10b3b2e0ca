package com.example.petstore;

import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Pet store (宠物店).
 *
 * <p>A small purpose-built spec that uses every feature the Larkgen processor supports:
 * all scalar kinds, both epoch-millis forms, int and string enums, lists, nested objects,
 * Java keywords as names, path and query parameters, pagination, require-any and
 * constraints. Its generated sources are the processor's golden files.
 *
 * <pre>{@code
 * Petstore petstore = Petstore.of(client);
 * }</pre>
 *
 * <p>The error codes every operation of {@code v1} may answer are {@link com.example.petstore.api.ErrorCodes#COMMON}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class Petstore {
  private final PetstoreV1 v1;

  private Petstore(LarkClient client) {
    this.v1 = new PetstoreV1(client);
  }

  /**
   * The service, sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  public static Petstore of(LarkClient client) {
    return new Petstore(Objects.requireNonNull(client, "client"));
  }

  /**
   * Version {@code v1} of the API.
   *
   * @return its resources
   */
  public PetstoreV1 v1() {
    return v1;
  }
}
