package io.larkgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * The only class that touches {@link Filer}. Its {@link #header()} gives every generated type
 * what it must carry: {@code @Generated} naming the processor and the spec (no date, so output
 * is reproducible), the {@code @GeneratedClient} marker, and exactly one originating element
 * (the trigger, as Gradle's isolating mode requires). Writers also drop {@code java.lang}
 * imports.
 */
public final class GeneratedFiles {
  private final Filer filer;
  private final TypeHeader header;

  /**
   * @param filer the compiler's filer
   * @param trigger the element carrying the trigger annotation
   * @param processor the processor's class name, for {@code @Generated}
   * @param specPath the spec as the trigger names it, for {@code @Generated(comments)}
   */
  public GeneratedFiles(Filer filer, Element trigger, String processor, String specPath) {
    this.filer = filer;
    this.header = header(processor, specPath).withOrigin(trigger);
  }

  /** The header writers add to every top-level type. */
  public TypeHeader header() {
    return header;
  }

  /**
   * The annotations every generated type carries, without an originating element.
   *
   * @param processor the processor's class name
   * @param specPath the spec as the trigger names it
   */
  public static Header header(String processor, String specPath) {
    AnnotationSpec generated =
        AnnotationSpec.builder(Types.GENERATED)
            .addMember("value", "$S", processor)
            .addMember("comments", "$S", specPath)
            .build();
    return new Header(generated, null);
  }

  /** Writes {@code file} through the filer, without {@code java.lang} imports. */
  public void write(JavaFile file) throws IOException {
    file.toBuilder().skipJavaLangImports(true).build().writeTo(filer);
  }

  /**
   * {@code @Generated}, {@code @GeneratedClient} and, when set, the originating element.
   *
   * @param generated the {@code @Generated} annotation
   * @param origin the originating element, or null
   */
  public record Header(AnnotationSpec generated, Element origin) implements TypeHeader {
    @Override
    public TypeSpec.Builder apply(TypeSpec.Builder type) {
      type.addAnnotation(generated).addAnnotation(Types.GENERATED_CLIENT);
      if (origin != null) {
        type.addOriginatingElement(origin);
      }
      return type;
    }

    /** This header with {@code element} as the one originating element. */
    Header withOrigin(Element element) {
      return new Header(generated, element);
    }
  }
}
