package io.larkgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * The only class that touches {@link Filer}. Adds what every generated file carries: {@code
 * @Generated} naming the processor and the spec (no date, so output is reproducible), the
 * {@code @GeneratedClient} marker, exactly one originating element (the trigger, as Gradle's
 * isolating mode requires), and imports without {@code java.lang}.
 */
public final class GeneratedFiles {
  private final Filer filer;
  private final Element trigger;
  private final AnnotationSpec generated;

  /**
   * @param filer the compiler's filer
   * @param trigger the element carrying the trigger annotation
   * @param processor the processor's class name, for {@code @Generated}
   * @param specPath the spec as the trigger names it, for {@code @Generated(comments)}
   */
  public GeneratedFiles(Filer filer, Element trigger, String processor, String specPath) {
    this.filer = filer;
    this.trigger = trigger;
    this.generated =
        AnnotationSpec.builder(Types.GENERATED)
            .addMember("value", "$S", processor)
            .addMember("comments", "$S", specPath)
            .build();
  }

  /** {@code file} with the annotations, originating element and import settings added. */
  public JavaFile finish(JavaFile file) {
    TypeSpec type =
        file.typeSpec().toBuilder()
            .addAnnotation(generated)
            .addAnnotation(Types.GENERATED_CLIENT)
            .addOriginatingElement(trigger)
            .build();
    return JavaFile.builder(file.packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }

  /** Writes {@link #finish(JavaFile) finish(file)} through the filer. */
  public void write(JavaFile file) throws IOException {
    finish(file).writeTo(filer);
  }
}
