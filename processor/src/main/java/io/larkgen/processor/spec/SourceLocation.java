package io.larkgen.processor.spec;

/**
 * A position in the spec text, both numbers 1-based as editors and consoles show them.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(int line, int column) implements Comparable<SourceLocation> {

  /** The start of the file, used when nothing more precise is known. */
  public static final SourceLocation START = new SourceLocation(1, 1);

  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /**
   * Converts a 0-based line and column, as SnakeYAML's marks carry them.
   *
   * @param line0 0-based line
   * @param column0 0-based column
   * @return the 1-based location
   */
  public static SourceLocation ofZeroBased(int line0, int column0) {
    return new SourceLocation(line0 + 1, column0 + 1);
  }

  @Override
  public int compareTo(SourceLocation other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
