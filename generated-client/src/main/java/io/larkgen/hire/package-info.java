/**
 * Feishu Hire client, generated at build time by the Larkgen processor from {@code hire-v1.yaml}
 * (the {@code larkgen-spec} module, imported from Feishu's doc pages). Start at {@link
 * io.larkgen.hire.Hire}. The trigger is {@code HireSpec} in this package.
 */
package io.larkgen.hire;
