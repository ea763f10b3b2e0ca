/**
 * Feishu Hire client, generated at build time by the Larkgen processor from {@code hire-v1.yaml}
 * (the {@code larkgen-spec} module, imported from Feishu's doc pages). Start at {@link
 * io.larkgen.hire.Hire}. The trigger is {@code HireSpec} in this package.
 *
 * <p>Null-marked like the packages the processor writes below it: the processor leaves this
 * package's {@code package-info.java} to the project, and the entry points it generates here
 * ({@code Hire}, {@code HireV1}, {@code HireV2}) are covered by this annotation.
 */
@NullMarked
package io.larkgen.hire;

import org.jspecify.annotations.NullMarked;
