package io.larkgen.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
