package org.dyad.text;

import java.util.Locale;
import java.util.Set;

/**
 * Dyad's one title-caser, for names written in capitals (the Phoenix dictionaries, wire headlines):
 * "HASSAN ROUHANI" -> "Hassan Rouhani", "US SECRETARY OF STATE" -> "US Secretary of State" (a word
 * with a period, a known abbreviation, or a word of at most three letters and no vowel stays in
 * capitals; particles and short function words after the first stay lower case; a letter after a
 * hyphen, apostrophe or parenthesis is capitalized: "Al-Sadr", "O'Brien").
 */
public final class TitleCase {
  private TitleCase() {}

  private static final Set<String> LOWER =
      Set.of(
          "of", "the", "and", "for", "in", "on", "de", "al", "el", "bin", "ibn", "van", "von", "du",
          "la");

  /**
   * Abbreviations that keep their capitals though they have a vowel ("US Secretary of State", not
   * "Us ...").
   */
  private static final Set<String> ACRONYMS =
      Set.of(
          "us", "usa", "uk", "un", "eu", "uae", "ussr", "imf", "opec", "nato", "iaea", "plo", "oas",
          "asean", "ecowas", "osce", "oecd", "unicef", "unesco", "unhcr", "icc", "icj", "ira",
          "anc", "bjp", "cia", "fbi", "nsa", "isis", "isil", "ngo", "ceo");

  /** A name in capitals, title-cased. */
  public static String of(String upper) {
    String[] words = upper.toLowerCase(Locale.ROOT).split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) out.append(' ');
      if (w.contains(".")
          || ACRONYMS.contains(w)
          || (w.length() <= 3 && !w.matches(".*[aeiouy].*")))
        out.append(w.toUpperCase(Locale.ROOT));
      else if (i > 0 && LOWER.contains(w)) out.append(w);
      else out.append(capitalize(w));
    }
    return out.toString();
  }

  /** A name as written when it has a lower-case letter; title-cased when it is all capitals. */
  public static String ifAllCaps(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT)) ? of(name) : name;
  }

  private static String capitalize(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    for (char c : w.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == '\'' || c == '(';
    }
    return b.toString();
  }
}
