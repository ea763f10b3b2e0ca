package io.larkgen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the OpenAPI spec from which the Larkgen processor generates a client.
 *
 * <p>Put it on a {@code package-info.java}; the generated types go below that package
 * unless {@link #basePackage()} says otherwise. The spec is looked up on the compiler's
 * class path (for example the {@code larkgen-spec} jar), never through an absolute path.
 *
 * <pre>{@code
 * @LarkApi(spec = "hire-v1.yaml")
 * package io.larkgen.hire;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface LarkApi {

  /** Resource name of the spec, relative to the class path root, e.g. {@code "hire-v1.yaml"}. */
  String spec();

  /** Java package for the generated sources; empty means the annotated package. */
  String basePackage() default "";
}
