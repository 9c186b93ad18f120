package org.dyad.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The words and mentions right before an offset of a story, within a limit (its sentence). */
final class TextBefore {
  private TextBefore() {}

  /**
   * The mention that owns what starts at {@code start}: one ending right before it, with a
   * possessive or not ("Ukrainian", "Kenya's", "NATO", "IBM"), of the kind the caller accepts.
   */
  static Mention ownerBefore(
      String text, int start, int limit, List<Mention> mentions, Predicate<Mention> owns) {
    int pos = skipBack(text, start, limit);
    if (pos > limit && (text.startsWith("'s", pos - 2) || text.startsWith("\u2019s", pos - 2)))
      pos -= 2;
    for (Mention m : mentions) {
      if (m.end() == pos && owns.test(m)) return m;
    }
    return null;
  }

  static int skipBack(String text, int pos, int limit) {
    while (pos > limit && Character.isWhitespace(text.charAt(pos - 1))) pos--;
    return pos;
  }

  /**
   * Up to n words (letters, hyphens, inner apostrophes) right before pos, nearest last: [begin,
   * end) pairs.
   */
  static List<int[]> wordsBefore(String text, int pos, int limit, int n) {
    List<int[]> words = new ArrayList<>();
    int p = pos;
    while (words.size() < n) {
      while (p > limit && text.charAt(p - 1) == ' ') p--;
      int end = p;
      while (p > limit
          && (Character.isLetter(text.charAt(p - 1))
              || text.charAt(p - 1) == '-'
              || text.charAt(p - 1) == '.')) p--;
      if (p == end) break;
      words.add(0, new int[] {p, end});
    }
    return words;
  }

  /** Whether every word of a phrase starts with a capital ("Agriculture Minister"). */
  static boolean capitalized(String text, List<int[]> words) {
    for (int[] w : words) if (!Character.isUpperCase(text.charAt(w[0]))) return false;
    return true;
  }

  static String phraseOf(String text, List<int[]> words) {
    StringBuilder b = new StringBuilder();
    for (int[] w : words) {
      if (b.length() > 0) b.append(' ');
      b.append(text, w[0], w[1]);
    }
    String p = b.toString().toLowerCase(Locale.ROOT);
    if (p.endsWith(".")) p = p.substring(0, p.length() - 1);
    return p;
  }
}
