package org.dyad.text;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {
  @Test
  void textsWithoutSurrogatesKeepTheirOffsets() {
    CodePointOffsets at = CodePointOffsets.of("Iran and the U.S., Pérez and 北京");
    for (int i = 0; i <= 30; i++) assertEquals(i, at.at(i));
    assertEquals(-1, at.at(-1), "a -1 marker stays");
    assertNull(at.at((Integer) null));
  }

  @Test
  void afterAnEmojiOffsetsCountCodePoints() {
    String text = "\uD83D\uDE00 Iran \uD83C\uDF0D\uD83C\uDF0D and France";
    CodePointOffsets at = CodePointOffsets.of(text);
    int iran = text.indexOf("Iran");
    int france = text.indexOf("France");
    assertEquals(3, iran);
    assertEquals(2, at.at(iran));
    assertEquals(
        france - 3,
        at.at(france),
        "three emoji before it, each one code point and two UTF-16 units");
    assertEquals(
        text.codePointCount(0, text.length()), at.at(text.length()), "the end of the text");
    int[] cps = text.codePoints().toArray();
    assertEquals("France", new String(cps, at.at(france), at.at(france + 6) - at.at(france)));
  }
}
