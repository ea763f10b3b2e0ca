package io.larkgen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type written by the Larkgen processor. Class retention, so coverage tools can skip
 * generated code without it being visible at run time.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 */
@LarkProtectedApi
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GeneratedClient {}
