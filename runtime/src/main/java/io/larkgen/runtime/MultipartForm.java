package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parts of one {@code multipart/form-data} body, filled by a {@link MultipartEncoder}, in
 * the order they were added. Null values are skipped, so an encoder can pass optional fields
 * unconditionally. Files are not read here: the runtime streams them when it sends the body.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 */
@LarkProtectedApi
public final class MultipartForm {
  private final List<Part> parts = new ArrayList<>();

  /** Creates an empty form; the runtime makes one per upload and hands it to the encoder. */
  public MultipartForm() {}

  /**
   * Adds a text field; does nothing when {@code value} is null.
   *
   * @param name the field name
   * @param value the text, or null to leave the field out
   * @return this form
   */
  public MultipartForm text(String name, @Nullable String value) {
    Objects.requireNonNull(name, "name");
    if (value != null) {
      parts.add(new Part(name, value, null));
    }
    return this;
  }

  /**
   * Adds a file field; does nothing when {@code file} is null.
   *
   * @param name the field name
   * @param file the file, or null to leave the field out
   * @return this form
   */
  public MultipartForm file(String name, @Nullable FilePart file) {
    Objects.requireNonNull(name, "name");
    if (file != null) {
      parts.add(new Part(name, null, file));
    }
    return this;
  }

  /**
   * The parts in the order they were added.
   *
   * @return the parts, unmodifiable
   */
  public List<Part> parts() {
    return Collections.unmodifiableList(parts);
  }

  /**
   * One form field: either text or a file.
   *
   * @param name the field name
   * @param text the text value, or null for a file
   * @param file the file, or null for a text field
   */
  public record Part(String name, @Nullable String text, @Nullable FilePart file) {
    /**
     * Checks that the part is exactly one of text and file.
     *
     * @param name the field name
     * @param text the text value, or null for a file
     * @param file the file, or null for a text field
     * @throws IllegalArgumentException when both or neither of {@code text} and {@code file} are
     *     given
     */
    public Part {
      Objects.requireNonNull(name, "name");
      if ((text == null) == (file == null)) {
        throw new IllegalArgumentException("a part is either text or a file: " + name);
      }
    }
  }
}
