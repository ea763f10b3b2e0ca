package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No generated line is longer than {@value #MAX} columns (code points), in the generated Hire
 * client and in every golden file of the processor's tests, except a line that cannot be
 * wrapped: one token alone, a string literal (with at most the punctuation around it) or, in a
 * comment, a single word such as a URL.
 */
class GeneratedLineLengthTest {
  private static final int MAX = 120;

  /** A string literal alone, e.g. {@code + "...",}: nothing in it can move to another line. */
  private static final Pattern STRING_LITERAL_ALONE =
      Pattern.compile("[+(]?\\s*\"([^\"\\\\]|\\\\.)*\"\\s*[,;)+]*");

  /** A comment line holding one word (no space), e.g. a URL. */
  private static final Pattern COMMENT_WORD_ALONE = Pattern.compile("\\*\\s+\\S+");

  @Test
  void generatedClientHasNoLongLines() throws IOException {
    Path sources = Path.of("target/generated-sources/annotations");
    assertTrue(Files.isDirectory(sources), "the build generates the client into " + sources.toAbsolutePath());
    List<String> tooLong = longLines(sources);
    assertEquals(List.of(), tooLong, tooLong.size() + " lines over " + MAX + " columns");
  }

  @Test
  void goldenFilesHaveNoLongLines() throws IOException {
    Path goldens = Path.of("../processor/src/test/resources/golden");
    assumeTrue(Files.isDirectory(goldens), "the processor's goldens are not beside this module");
    List<String> tooLong = longLines(goldens);
    assertEquals(List.of(), tooLong, tooLong.size() + " lines over " + MAX + " columns");
  }

  @Test
  void theExemptionsAreTheUnwrappableLinesOnly() {
    assertTrue(unwrappable("        \"" + "x".repeat(130) + "\","));
    assertTrue(unwrappable("        + \"" + "字".repeat(130) + "\");"));
    assertTrue(unwrappable("   * https://open.feishu.cn/" + "a".repeat(130)));
    assertFalse(unwrappable("    throw new IllegalArgumentException(\"" + "x".repeat(130) + "\");"));
    assertFalse(unwrappable("    call(\"" + "x".repeat(60) + "\", \"" + "y".repeat(60) + "\");"));
    assertFalse(unwrappable("   * see https://open.feishu.cn/" + "a".repeat(130)));
    assertFalse(unwrappable("    int " + "a".repeat(130) + ";"));
  }

  private static boolean unwrappable(String line) {
    String text = line.strip();
    return STRING_LITERAL_ALONE.matcher(text).matches() || COMMENT_WORD_ALONE.matcher(text).matches();
  }

  private static List<String> longLines(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no sources under " + root.toAbsolutePath());
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.codePointCount(0, line.length()) > MAX && !unwrappable(line)) {
          found.add(root.relativize(file) + ":" + (i + 1) + ": " + line.strip());
        }
      }
    }
    return found;
  }
}
