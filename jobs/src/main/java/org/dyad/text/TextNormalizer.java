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
 *   <li>{@link #singleSpaces}: a name or sentence as shown. Every run of whitespace (Java's {@code
 *       \s}: space, tab, line breaks) one space, nothing else changed; {@link #WHITESPACE_RUN} is
 *       the same rule for Spark SQL's {@code regexp_replace}.
 * </ul>
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** A run of whitespace as Java and Spark SQL regular expressions write it. */
  public static final String WHITESPACE_RUN = "\\s+";

  private static final Pattern WHITESPACE = Pattern.compile(WHITESPACE_RUN);

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

  /**
   * Typographic quotes as the plain ones news wires and CoNLL-2003 write ("People’s" ->
   * "People's"): the NER tagger learned from plain ones.
   */
  public static String straightQuotes(String word) {
    if (word.indexOf('\u2019') < 0
        && word.indexOf('\u2018') < 0
        && word.indexOf('\u201C') < 0
        && word.indexOf('\u201D') < 0) return word;
    return word.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201C', '"')
        .replace('\u201D', '"');
  }

  /** Every run of whitespace one space ("Michael R.\n Pompeo" -> "Michael R. Pompeo"). */
  public static String singleSpaces(String text) {
    return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ");
  }
}
