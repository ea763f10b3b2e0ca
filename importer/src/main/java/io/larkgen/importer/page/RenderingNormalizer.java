package io.larkgen.importer.page;

import java.util.regex.Pattern;

/**
 * Brings open.feishu.cn's rendering (seed 003) to the mirror's before Markdown parsing: there a table
 * cell continues on the next physical line after a line that ends in two spaces (a Markdown hard
 * break), which GFM tables cannot express. Such lines are joined with {@code <br>}, inside tables
 * only, so that every row is one line again.
 */
final class RenderingNormalizer {

  private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");

  private RenderingNormalizer() {}

  /** The normalized text and, for each of its lines (0-based), the 1-based line of the source. */
  record Normalized(String text, int[] sourceLines) {
    int sourceLine(int lineIndex) {
      return lineIndex < sourceLines.length ? sourceLines[lineIndex] : lineIndex + 1;
    }
  }

  static Normalized joinContinuedCells(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int[] sourceLines = new int[lines.length];
    int outLines = 0;
    boolean inTable = false;
    StringBuilder pending = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        inTable = false;
      } else if (SEPARATOR.matcher(line).matches()) {
        inTable = true;
      }
      if (pending != null) {
        pending.append("<br>").append(line.strip());
        if (!line.endsWith("  ")) {
          out.append(pending).append('\n');
          pending = null;
        }
        continue;
      }
      if (inTable && line.endsWith("  ") && !line.isBlank()) {
        pending = new StringBuilder(line.stripTrailing());
        sourceLines[outLines++] = i + 1;
        continue;
      }
      out.append(line).append('\n');
      sourceLines[outLines++] = i + 1;
    }
    if (pending != null) {
      out.append(pending).append('\n');
    }
    int[] map = new int[outLines];
    System.arraycopy(sourceLines, 0, map, 0, outLines);
    return new Normalized(out.substring(0, out.length() - 1), map);
  }
}
