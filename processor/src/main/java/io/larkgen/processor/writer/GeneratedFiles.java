package io.larkgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

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

  /** Writes a rendered source file through the filer. */
  public void write(Source source) throws IOException {
    JavaFileObject file =
        filer.createSourceFile(source.qualifiedName(), source.origins().toArray(new Element[0]));
    try (Writer writer = file.openWriter()) {
      writer.write(source.text());
    } catch (IOException | RuntimeException e) {
      file.delete();
      throw e;
    }
  }

  /**
   * Renders {@code file} to its final text, without {@code java.lang} imports. Needs no filer,
   * so files can be rendered before it is known whether they will be written.
   */
  public static Source render(JavaFile file) {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    String text = file.toBuilder().skipJavaLangImports(true).build().toString();
    return new Source(name, text, file.typeSpec().originatingElements());
  }

  /**
   * One generated source file, rendered.
   *
   * @param qualifiedName the top-level type's qualified name
   * @param text the file's text
   * @param origins the type's originating elements
   */
  public record Source(String qualifiedName, String text, List<Element> origins) {
    public Source {
      origins = List.copyOf(origins);
    }
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
