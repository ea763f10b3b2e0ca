package io.larkgen.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocsTest {

  @Test
  void htmlAndCommentEndsAreEscaped() {
    assertEquals("a &lt;b&gt; &amp; c *&#47; d &#64;param", Docs.escape("a <b> & c */ d @param"));
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
