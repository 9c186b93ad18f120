package org.dyad.text;

/**
 * Offsets into one text as the tables give them: in Unicode code points, as Python's str, DuckDB's
 * substring and Spark SQL's substring count, not in the UTF-16 units Java and Spark NLP count. The
 * two differ only after a character outside the Basic Multilingual Plane (an emoji, some CJK):
 * before, a mention after "😀" was one place off in Python (`text[begin:end]`), and so was the
 * sentences table's own text, cut by Spark SQL.
 */
public final class CodePointOffsets {
  /** utf16 -> code points, for texts with surrogate pairs; null when the two agree. */
  private final int[] codePointAt;

  private CodePointOffsets(int[] codePointAt) {
    this.codePointAt = codePointAt;
  }

  public static CodePointOffsets of(String text) {
    if (text == null) return new CodePointOffsets(null);
    int n = text.length();
    boolean surrogates = false;
    for (int i = 0; i < n && !surrogates; i++) surrogates = Character.isSurrogate(text.charAt(i));
    if (!surrogates) return new CodePointOffsets(null);
    int[] map = new int[n + 1];
    int cp = 0;
    for (int i = 0; i < n; i++) {
      map[i] = cp;
      // the low half of a pair is the same code point as its high half
      if (!(Character.isLowSurrogate(text.charAt(i))
          && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)))) cp++;
      else map[i] = cp - 1;
    }
    map[n] = cp;
    return new CodePointOffsets(map);
  }

  /**
   * The code-point offset of a UTF-16 offset (0 to the text's length; negative values, such as -1
   * markers, as they are).
   */
  public int at(int utf16) {
    if (codePointAt == null || utf16 < 0) return utf16;
    return codePointAt[Math.min(utf16, codePointAt.length - 1)];
  }

  /** Boxed, null kept. */
  public Integer at(Integer utf16) {
    return utf16 == null ? null : at(utf16.intValue());
  }
}
