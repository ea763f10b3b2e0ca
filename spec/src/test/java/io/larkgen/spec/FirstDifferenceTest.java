package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The drift test's failure message points at the first differing line. */
class FirstDifferenceTest {

  @Test
  void equalTextsHaveNoDifference() {
    assertNull(SpecDriftTest.firstDifference("a\nb\n", "a\nb\n"));
  }

  @Test
  void namesTheFirstDifferingLineWithBothVersions() {
    assertEquals("line 2:\n  committed: b\n  imported:  c",
        SpecDriftTest.firstDifference("a\nb\nx\n", "a\nc\ny\n"));
  }

  @Test
  void aMissingLineIsTheEndOfFile() {
    assertEquals("line 3:\n  committed: <end of file>\n  imported:  c",
        SpecDriftTest.firstDifference("a\nb\n", "a\nb\nc\n"));
  }

  @Test
  void onlyAFinalNewlineDiffers() {
    assertEquals("the end of the file (line endings or a final newline differ)",
        SpecDriftTest.firstDifference("a\nb", "a\nb\n"));
  }
}
