package org.dyad.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dyad's one text normaliser: the forms in which texts and names are compared, all built on Unicode
 * NFKC (ligatures, full-width forms and compatibility characters folded).
 *
 * <ul>
 *   <li>{@link #normalize}: what duplicate detection compares. Lower case, every run of characters
 *       that are not letters or digits one space: two copies of a story that differ only in quotes,
 *       dashes, spacing or case are the same text.
 *   <li>{@link #key}: how the actor dictionary looks a phrase up. Upper case, letters and digits,
 *       words split at spaces, hyphens and underscores: "al-Sadr", "AL SADR" and "al_sadr" are one
 *       key.
 *   <li>{@link #slug}: the name part of an actor id. Lower-case ASCII letters and digits joined by
 *       "-".
 * </ul>
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public static String normalize(String text) {
    if (text == null) return null;
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(folded).replaceAll(" ").strip();
  }

  /**
   * The lookup key of a phrase: upper case, letters and digits only, words separated by one space.
   */
  public static String key(String phrase) {
    String folded = Normalizer.normalize(phrase, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) out.append(' ');
        space = false;
        out.append(c);
      } else if (Character.isWhitespace(c) || c == '-' || c == '_') {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * Lower-case ASCII letters and digits joined by "-": "Michael R. Pompeo" -> "michael-r-pompeo".
   */
  public static String slug(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }
}
