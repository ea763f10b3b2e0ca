/**
 * Feishu Hire v1 client, generated at build time by the Larkgen processor from {@code
 * hire-v1.yaml} (the {@code larkgen-spec} module). Start at {@link io.larkgen.hire.Hire}.
 */
@LarkApi(spec = "hire-v1.yaml")
package io.larkgen.hire;

import io.larkgen.runtime.annotations.LarkApi;
