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
  private final Element trigger;
  private final TypeHeader header;

  /**
   * @param filer the compiler's filer
   * @param trigger the element carrying the trigger annotation
   * @param processor the processor's class name, for {@code @Generated}
   * @param specPath the spec as the trigger names it, for {@code @Generated(comments)}
   */
  public GeneratedFiles(Filer filer, Element trigger, String processor, String specPath) {
    this.filer = filer;
    this.trigger = trigger;
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
   * The {@code @NullMarked} {@code package-info.java} of every package {@code sources} put types
   * in, except {@code ownPackage}: the package holding the trigger belongs to the project, whose
   * own {@code package-info.java} (where the trigger usually sits) says whether it is null-marked.
   *
   * @param sources the rendered top-level types
   * @param ownPackage the trigger's package
   * @return one source per package, sorted by package name
   */
  public List<Source> packageInfos(List<Source> sources, String ownPackage) {
    List<Element> origins = List.of(trigger);
    return sources.stream()
        .map(source -> packageOf(source.qualifiedName()))
        .filter(pkg -> !pkg.isEmpty() && !pkg.equals(ownPackage))
        .distinct()
        .sorted()
        .map(pkg -> new Source(pkg + "." + PackageInfoWriter.SIMPLE_NAME, PackageInfoWriter.write(pkg), origins))
        .toList();
  }

  private static String packageOf(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedName.substring(0, dot);
  }

  /**
   * Renders {@code file} to its final text, without {@code java.lang} imports and with no line
   * longer than 120 columns but one that cannot be broken ({@link Docs#wrapLongCommentLines},
   * {@link LongCodeLines#wrap}). Needs no filer, so files can be rendered before it is known
   * whether they will be written.
   */
  public static Source render(JavaFile file) {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    String rendered = file.toBuilder().skipJavaLangImports(true).build().toString();
    String text = LongCodeLines.wrap(Docs.wrapLongCommentLines(rendered))
        // A wrap point ($Z) right after JavaPoet's " = " leaves a space at the end of the line. No
        // string literal spans lines (the writers emit no text blocks), so this touches none.
        .replaceAll(" +\n", "\n");
    int escape = unicodeEscape(text);
    if (escape >= 0) {
      // Writers escape every backslash of spec text; one that javac would translate means a
      // writer let spec text through unescaped.
      throw new IllegalStateException(
          name + " would contain a Java unicode escape at offset " + escape + ", which javac translates before parsing: "
              + text.substring(Math.max(0, escape - 80), Math.min(text.length(), escape + 20)));
    }
    return new Source(name, text, file.typeSpec().originatingElements());
  }

  /**
   * The offset of the first unicode escape javac would translate (JLS 3.3: a backslash preceded
   * by an even number of backslashes, followed by one or more {@code u}s), or -1 if there is none.
   * JavaPoet writes control characters in string literals as such escapes ({@code \}{@code
   * u0085}); those are allowed, except for the line terminators, which JavaPoet never escapes so.
   *
   * @param text Java source
   * @return the offset of the escape's backslash, or -1
   */
  public static int unicodeEscape(String text) {
    int backslashes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        backslashes++;
        continue;
      }
      if (c == 'u' && backslashes % 2 == 1 && !controlCharacterEscape(text, i + 1)) {
        return i - 1;
      }
      backslashes = 0;
    }
    return -1;
  }

  /** Whether four hex digits at {@code at} name a control character other than CR and LF. */
  private static boolean controlCharacterEscape(String text, int at) {
    if (at + 4 > text.length()) {
      return false;
    }
    String hex = text.substring(at, at + 4);
    if (!hex.matches("[0-9a-fA-F]{4}")) {
      return false;
    }
    char escaped = (char) Integer.parseInt(hex, 16);
    return Character.isISOControl(escaped) && escaped != '\n' && escaped != '\r';
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
