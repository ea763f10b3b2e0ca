package io.larkgen.processor.writer;

import com.palantir.javapoet.TypeSpec;

/**
 * What every generated top-level type carries (annotations, originating element), added by
 * each writer before it builds the type. {@link GeneratedFiles} supplies the real one; writers
 * never see the trigger element itself.
 *
 * <p>Added at build time rather than afterwards because {@code TypeSpec.toBuilder()} of
 * palantir JavaPoet 0.22.0 drops a record's components and compact constructor.
 */
@FunctionalInterface
public interface TypeHeader {
  /** Adds the header to a top-level type under construction and returns it. */
  TypeSpec.Builder apply(TypeSpec.Builder type);

  /** Adds nothing; for writer tests. */
  TypeHeader NONE = type -> type;
}
