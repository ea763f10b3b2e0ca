package io.larkgen.hire;

import io.larkgen.runtime.annotations.LarkApi;

/**
 * Names the spec the Hire client is generated from. It is a class rather than the package
 * annotation it used to be, because only a class can carry {@code @SuppressWarnings}: the
 * processor names every operation it cannot generate yet with a {@code
 * larkgen.SKIPPED_OPERATION} warning, listed in {@code docs/GENERATED-API.md}, and this module
 * compiles with {@code -Werror}.
 */
@LarkApi(spec = "hire-v1.yaml")
@SuppressWarnings("larkgen.SKIPPED_OPERATION")
final class HireSpec {
  private HireSpec() {}
}
