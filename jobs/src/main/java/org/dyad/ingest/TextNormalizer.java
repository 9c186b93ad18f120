package org.dyad.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a text that duplicate detection compares: Unicode NFKC, lower case, and every run of
 * characters that are not letters or digits turned into one space. Two copies of a story that differ
 * only in quotes, dashes, spacing or case are the same text.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public static String normalize(String text) {
    if (text == null) return null;
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(folded).replaceAll(" ").strip();
  }
}
