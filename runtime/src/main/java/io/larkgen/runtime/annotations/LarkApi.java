package io.larkgen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the OpenAPI specs from which the Larkgen processor generates a client.
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

  /**
   * Resource names of the specs, relative to the class path root, e.g. {@code "hire-v1.yaml"}
   * or {@code {"hire-v1.yaml", "hire-v2.yaml"}}: several versions of one service ({@code
   * x-lark-service}), each reached through its own accessor ({@code Hire.of(client).v2()}). The
   * first spec's types go in {@code <base>.api}, {@code .model} and {@code .codec}; each further
   * spec's in {@code <base>.<version>.api}, {@code .model} and {@code .codec}.
   *
   * @return the spec resource names, at least one
   */
  String[] spec();

  /**
   * Java package for the generated sources; empty means the annotated package.
   *
   * @return the package name, or empty
   */
  String basePackage() default "";
}
