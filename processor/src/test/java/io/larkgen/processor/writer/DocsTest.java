package io.larkgen.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocsTest {

  @Test
  void htmlAndCommentEndsAreEscaped() {
    assertEquals("a &lt;b&gt; &amp; c *&#47; d &#64;param", Docs.escape("a <b> & c */ d @param"));
  }

  /** A backslash is written so that no unicode escape (which javac translates first) can form. */
  @Test
  void backslashesAreEscapedSoNoUnicodeEscapeReachesTheComment() {
    String bs = "\\";
    assertEquals("a &#92;u002a/ b", Docs.escape("a " + bs + "u002a/ b"));
    assertEquals("&#92;uu002A&#92;u002F", Docs.escape(bs + "uu002A" + bs + "u002F"));
    assertEquals("<code>x&#92;u000ay</code>", Docs.code("x" + bs + "u000ay"));
    assertEquals("<code>&#92;&#92;</code>", Docs.code(bs + bs));
  }

  @Test
  void markdownCodeSpansBecomeCodeTags() {
    assertEquals("see {@code x-lark-*} here", Docs.escape("see `x-lark-*` here"));
    assertEquals("odd ` tick", Docs.escape("odd ` tick"));
  }

  @Test
  void unsafeCodeFallsBackToEscapedHtml() {
    assertEquals("{@code /a/{id}}", Docs.code("/a/{id}"));
    assertEquals("<code>a*&#47;b</code>", Docs.code("a*/b"));
    assertEquals("<code>&#125;x</code>", Docs.code("}x"));
  }

  @Test
  void blankTextUsesTheFallback() {
    assertEquals("fallback", Docs.orElse("  ", "fallback"));
    assertEquals("{@code a}, {@code b}", Docs.codeList(List.of("a", "b")));
  }

  @Test
  void longJavadocLinesBreakAtSpacesOutsideInlineTags() {
    String words = "word ".repeat(18) + "{@code a b c d e f g} " + "more ".repeat(10);
    String wrapped = Docs.wrapLongCommentLines("  /**\n   * @param x " + words.strip() + "\n   */");
    List<String> lines = wrapped.lines().toList();
    assertEquals("  /**", lines.get(0));
    assertEquals("  */".length() + 1, lines.get(lines.size() - 1).length());
    for (String line : lines.subList(2, lines.size() - 1)) {
      assertTrue(line.startsWith("   *     "), line); // block tag continuation: four more
    }
    for (String line : lines) {
      assertTrue(line.length() <= Docs.WRAP_COLUMN, line);
    }
    assertTrue(wrapped.contains("{@code a b c d e f g}"), wrapped);
    assertEquals(words.strip(), String.join(" ",
        lines.subList(1, lines.size() - 1).stream().map(l -> l.replaceFirst("^ *\\* (@param x )?", "").strip()).toList()));
  }

  @Test
  void chineseTextBreaksAfterPunctuationOrBetweenIdeographs() {
    String text = "分页标记，第一次请求不填，表示从头开始遍历；".repeat(8);
    List<String> lines = Docs.wrapLongCommentLines(" * " + text).lines().toList();
    assertTrue(lines.size() > 1, lines.toString());
    StringBuilder joined = new StringBuilder();
    for (String line : lines) {
      assertTrue(line.codePointCount(0, line.length()) <= Docs.WRAP_COLUMN, line);
      joined.append(line.substring(3));
    }
    assertEquals(text, joined.toString());
  }

  @Test
  void unbreakableAndShortLinesStay() {
    String url = " * https://open.feishu.cn/" + "a".repeat(130);
    assertEquals(url, Docs.wrapLongCommentLines(url));
    String pre = " * <pre>\n * " + "x ".repeat(70) + "\n * </pre>";
    assertEquals(pre, Docs.wrapLongCommentLines(pre));
    String code = "    String s = \"" + "x ".repeat(70) + "\";";
    assertEquals(code, Docs.wrapLongCommentLines(code));
  }
}
