package io.larkgen.hire;

import io.larkgen.runtime.annotations.LarkApi;

/**
 * Names the specs the Hire client is generated from: both versions of the service, so that
 * {@code Hire.of(client).v1()} and {@code .v2()} sit side by side. The processor generates every
 * operation of both; one it could not generate would be a {@code larkgen.SKIPPED_OPERATION}
 * warning, and this module compiles with {@code -Werror}.
 */
@LarkApi(spec = {"hire-v1.yaml", "hire-v2.yaml"})
final class HireSpec {
  private HireSpec() {}
}
