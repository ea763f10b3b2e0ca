package io.larkgen.processor.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the spec a trigger names, through the compiler's file APIs and never through the
 * processor's own class loader (which sees the processor path, not the project). Locations, in
 * order:
 *
 * <ol>
 *   <li>the directory given with {@code -Alarkgen.specRoot}, so a build can point at the
 *       source file (and the user sees that path in messages, not a copy);
 *   <li>{@link StandardLocation#CLASS_OUTPUT}, where Maven copies resources before compiling;
 *   <li>{@link StandardLocation#CLASS_PATH}, which under javac finds resources in dependency
 *       jars (such as {@code larkgen-spec}) and in {@code target/test-classes}.
 * </ol>
 */
public final class SpecLocator {

  /** The processor option naming a directory to read specs from first. */
  public static final String SPEC_ROOT_OPTION = "larkgen.specRoot";

  private SpecLocator() {}

  /** What looking for a spec gave. */
  public sealed interface Located permits Found, NotFound {}

  /**
   * The spec was found.
   *
   * @param text its text (UTF-8, without a byte order mark)
   * @param displayPath the path to show the user: the file under {@code specRoot}, or the
   *     resource name as the trigger gave it
   * @param location where it was found, e.g. {@code CLASS_PATH}
   */
  public record Found(String text, String displayPath, String location) implements Located {}

  /**
   * The spec was not found anywhere.
   *
   * @param tried every location tried, in order, each with why it failed
   */
  public record NotFound(List<String> tried) implements Located {
    public NotFound {
      tried = List.copyOf(tried);
    }

    /** A one-line message listing every location tried. */
    public String message(String spec) {
      return "spec '" + spec + "' not found; tried " + String.join(", ", tried);
    }
  }

  /**
   * Looks for {@code spec}.
   *
   * @param filer the processing environment's filer
   * @param options the processor options ({@code -A} values)
   * @param spec the resource name, e.g. {@code hire-v1.yaml} or {@code specs/bad.yaml}
   * @return the spec's text and display path, or every location tried
   */
  public static Located locate(Filer filer, Map<String, String> options, String spec) {
    List<String> tried = new ArrayList<>();
    String root = options.get(SPEC_ROOT_OPTION);
    if (root != null && !root.isBlank()) {
      try {
        Path file = Path.of(root).resolve(spec).toAbsolutePath().normalize();
        if (Files.isRegularFile(file)) {
          return new Found(decode(Files.readAllBytes(file)), file.toString(), "-A" + SPEC_ROOT_OPTION);
        }
        tried.add("-A" + SPEC_ROOT_OPTION + " (" + file + ": no such file)");
      } catch (IOException | InvalidPathException e) {
        tried.add("-A" + SPEC_ROOT_OPTION + " (" + root + ": " + e.getMessage() + ")");
      }
    }
    for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
      try {
        FileObject resource = filer.getResource(location, "", spec);
        try (InputStream in = resource.openInputStream()) {
          return new Found(decode(in.readAllBytes()), spec, location.name());
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        // javac answers a missing resource with FileNotFoundException / NoSuchFileException,
        // and an unsupported location with IllegalArgumentException.
        tried.add(location.name() + " (" + describe(e) + ")");
      }
    }
    return new NotFound(tried);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
