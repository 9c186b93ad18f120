package org.dyad.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The measure of junk among actor names, kept apart from the pipeline's own rules so that it checks
 * them rather than repeats them: a name a reader would not take for a person or an organisation.
 * Locations are not judged.
 *
 * <ul>
 *   <li>a quotation mark, a comma or a line break inside it;
 *   <li>a contraction ("We're", "Don't");
 *   <li>a first word that is a pronoun, a conjunction, a preposition or a sentence adverb ("Both
 *       Dadaab", "After Trump", "Shortly Moise");
 *   <li>a last word that is an adverb or a reporting verb ("Moise Shortly", "Smith Said");
 *   <li>a person's name in capitals alone, the shape of a dateline town ("MARANCHON");
 *   <li>no letter, or no capital at all.
 * </ul>
 */
public final class JunkNames {
  private JunkNames() {}

  private static final Set<String> BAD_FIRST =
      Set.of(
          "both",
          "neither",
          "either",
          "we",
          "they",
          "it",
          "he",
          "she",
          "i",
          "you",
          "our",
          "their",
          "his",
          "her",
          "its",
          "this",
          "that",
          "these",
          "those",
          "but",
          "and",
          "or",
          "if",
          "when",
          "while",
          "after",
          "before",
          "since",
          "as",
          "at",
          "in",
          "on",
          "by",
          "for",
          "from",
          "with",
          "shortly",
          "meanwhile",
          "however",
          "also",
          "still",
          "yet",
          "then",
          "so",
          "although",
          "though",
          "because",
          "despite",
          "without",
          "under",
          "over",
          "all",
          "some",
          "many",
          "most",
          "several",
          "other",
          "others",
          "such",
          "asked",
          "told",
          "said",
          "says",
          "thank",
          "thanks",
          "dear",
          "hello",
          "yes",
          "no",
          "not",
          "only",
          "even",
          "just",
          "what",
          "who",
          "why",
          "how");

  private static final Set<String> BAD_LAST =
      Set.of(
          "shortly",
          "meanwhile",
          "however",
          "also",
          "said",
          "says",
          "told",
          "added",
          "earlier",
          "later",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "too",
          "again",
          "instead",
          "there",
          "here",
          "then",
          "now",
          "both",
          "and",
          "or",
          "but",
          "the",
          "of",
          "to",
          "for",
          "with");

  private static final Pattern QUOTES_COMMAS =
      Pattern.compile("(?s).*([,\"\u201C\u201D\u2018\\n\\r]|\u2019(?!s\\b)(?=\\W|$)).*");
  private static final Pattern CONTRACTION =
      Pattern.compile("(?i).*\\w['\u2019](re|ve|ll|d|m|t)\\b.*");

  /** Why a name is junk, or null when it is not. */
  public static String reason(String name, String entityType) {
    if (name == null || "location".equals(entityType)) return null;
    String s = name.strip();
    if (!s.matches("(?s).*\\p{L}.*")) return "no letter";
    if (QUOTES_COMMAS.matcher(s).matches()) return "quote, comma or line break";
    if (CONTRACTION.matcher(s).matches()) return "contraction";
    String[] words = s.split("\\s+");
    if (BAD_FIRST.contains(words[0].toLowerCase(Locale.ROOT))) return "function word first";
    if (words.length > 1 && BAD_LAST.contains(words[words.length - 1].toLowerCase(Locale.ROOT)))
      return "function word last";
    if ("person".equals(entityType)
        && words.length == 1
        && s.length() > 4
        && s.equals(s.toUpperCase(Locale.ROOT))) return "a word in capitals, as a dateline";
    if (s.equals(s.toLowerCase(Locale.ROOT))) return "no capital";
    return null;
  }
}
