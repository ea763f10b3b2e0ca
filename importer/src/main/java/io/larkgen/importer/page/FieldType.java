package io.larkgen.importer.page;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A type cell of a field table: a primitive ({@code string}, {@code int}, {@code boolean},
 * {@code number(float)}, {@code float}, {@code file}, {@code -}) or a named Feishu type, either of
 * them optionally an array ({@code T[]}).
 */
public record FieldType(String base, boolean array) {

  /** The primitive spellings of the docs; {@code integer} is seed 000's spelling of {@code int}. */
  public enum Primitive { STRING, INT, BOOLEAN, NUMBER, FILE, NONE }

  private static final Pattern NAMED = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  /**
   * Parses a type cell.
   *
   * @return the type, or {@code null} when the text is no type string of the page grammar
   */
  public static FieldType parse(String cell) {
    String text = cell.replace("`", "").replace("\\[", "[").replace("\\]", "]").replace("\\-", "-").trim();
    boolean array = text.endsWith("[]");
    String base = array ? text.substring(0, text.length() - 2).trim() : text;
    String lower = base.toLowerCase(Locale.ROOT);
    if (primitive(lower) != null) {
      return new FieldType(lower, array);
    }
    if (!NAMED.matcher(base).matches()) {
      return null;
    }
    return new FieldType(base, array);
  }

  private static Primitive primitive(String base) {
    return switch (base) {
      case "string" -> Primitive.STRING;
      case "int", "integer" -> Primitive.INT;
      case "boolean" -> Primitive.BOOLEAN;
      case "number(float)", "float", "number" -> Primitive.NUMBER;
      case "file" -> Primitive.FILE;
      case "-", "" -> Primitive.NONE;
      default -> null;
    };
  }

  /** The primitive kind, or {@code null} for a named type. */
  public Primitive primitive() {
    return primitive(base);
  }

  public boolean named() {
    return primitive() == null;
  }

  @Override
  public String toString() {
    return base + (array ? "[]" : "");
  }
}
