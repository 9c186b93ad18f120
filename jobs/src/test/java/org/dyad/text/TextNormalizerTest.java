package org.dyad.text;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void foldsCasePunctuationAndSpacing() {
    assertEquals("u s says iran s oil", TextNormalizer.normalize("  U.S. says — Iran’s\n\toil!  "));
    assertEquals(
        TextNormalizer.normalize("“Quoted” text"), TextNormalizer.normalize("\"quoted\"   TEXT"));
    assertEquals("ﬁ".length(), 1);
    assertEquals("fi", TextNormalizer.normalize("ﬁ"), "NFKC folds ligatures");
    assertNull(TextNormalizer.normalize(null));
  }
}
