package org.dyad.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorType;
import org.dyad.actors.Alias;

/**
 * The shape of a name in the text: where an NER chunk's name begins and ends (brackets, tickers,
 * titles, possessives), whether a phrase is capitalized like a name, a person's given name.
 */
final class NameShapes {
  private NameShapes() {}

  /** Words of companies' and institutions' names besides those of the dictionary compiler. */
  static final Pattern ORGANISATION_NOUNS =
      Pattern.compile(
          "\\b(Exchange|Embassy|Board|Airlines?|Airways|Industries|Motors|Institute|Treasury|Reserve)\\b");

  /**
   * Capitalized words that begin or end a sentence and that NER takes into a name beside them
   * ("Both Dadaab and Kakuma", "Moise Shortly after"): never part of a name.
   */
  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          "Both",
          "Neither",
          "Either",
          "Shortly",
          "Meanwhile",
          "However",
          "Also",
          "Earlier",
          "Later",
          "Separately",
          "Instead",
          "Still",
          "Yet",
          "Then",
          "Thus",
          "Hence",
          "Moreover",
          "Today",
          "Yesterday",
          "Tonight",
          "Overnight",
          "Afterwards",
          "Asked",
          "Thanks",
          "Dear",
          "Hello");

  /** A contraction is no name: "We're", "Don't", "It's" (a possessive "'s" is cut before). */
  private static final Pattern CONTRACTION =
      Pattern.compile(
          "(?i)\\b\\w+['\u2019](re|ve|ll|d|m|t)\\b|^(it|that|there|he|she|what)['\u2019]s$");

  /**
   * An organisation's name as NER gave it, demonym and all ("American Motors Corp"), without
   * brackets, tickers or a possessive.
   */
  static Span trimName(String text, Span n) {
    return name(text, n, false);
  }

  /**
   * The given name right before a surname: the last word of what precedes it in the name, passing
   * over initials ("R.") and particles ("da"); null when that word is a title ("Finance Minister
   * Stoltenberg") or not capitalized.
   */
  static String givenName(String before) {
    String[] words = before.strip().split("\\s+");
    for (int i = words.length - 1; i >= 0; i--) {
      String w = words[i];
      if (w.isEmpty()) return null;
      if (w.length() <= 2 || w.endsWith(".") || NameParticles.isParticle(w)) continue;
      if (Titles.isTitle(w) || !Character.isUpperCase(w.charAt(0))) return null;
      return w;
    }
    return null;
  }

  /**
   * Whether a given name shares its initial with the first word of the person's name or of any of
   * its longer aliases.
   */
  static boolean sameInitial(String given, Actor actor) {
    char initial = Character.toLowerCase(given.charAt(0));
    List<String> names = new ArrayList<>();
    names.add(actor.name);
    for (Alias a : actor.aliases) names.add(a.text());
    for (String name : names) {
      String[] words = name.strip().split("[\\s_]+");
      if (words.length > 1
          && !words[0].isEmpty()
          && Character.toLowerCase(words[0].charAt(0)) == initial) return true;
    }
    return false;
  }

  /**
   * "the Pentagon" -> "Pentagon": a lower-case article is not part of a name (the dictionary lists
   * "the X" forms too).
   */
  static Span withoutArticle(String text, Span m) {
    String surface = text.substring(m.begin(), m.end());
    if (surface.startsWith("the ") && surface.length() > 4) {
      return new Span(m.begin() + 4, m.end(), surface.substring(4), m.label(), m.confidence());
    }
    return m;
  }

  /**
   * Capitalized like a name: two- and three-letter names in capitals ("US", "EU"), longer ones with
   * an initial capital.
   */
  static boolean looksLikeName(String surface) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    if (letters == 0) return false;
    // An abbreviation with a period ("Pa.", "Conn.", "U.S.") only needs its capital.
    if (letters <= 3 && surface.indexOf('.') < 0) return upper == letters;
    int first = 0;
    while (first < surface.length() && !Character.isLetter(surface.charAt(first))) first++;
    return Character.isUpperCase(surface.charAt(first));
  }

  /**
   * The chunk without leading titles and a trailing possessive; null when nothing of a name is
   * left.
   */
  static Span stripTitles(String text, Span n) {
    return name(text, n, true);
  }

  /**
   * The name in an NER chunk: without brackets, a Reuters ticker, a possessive and (if asked)
   * leading titles; null when nothing of a name is left.
   */
  private static Span name(String text, Span n, boolean withoutTitles) {
    int begin = n.begin();
    int end = n.end();
    // Reuters marks company names with angle brackets ("<Standard and Poor's Corp>"): no name
    // starts with one,
    // and none holds the end of a ticker ("<DD> Conoco" is Conoco).
    int closing = text.lastIndexOf('>', end - 1);
    if (closing >= begin) begin = closing + 1;
    while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) begin++;
    // "The Volkswagen ..." at a sentence's start: the article is no part of the name (one that is,
    // "The Economist", is the dictionary's)
    if (!withoutTitles
        && (text.startsWith("The ", begin) || text.startsWith("THE ", begin))
        && end - begin > 4) {
      begin += 4;
      while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
    }
    while (withoutTitles) {
      int wordEnd = begin;
      while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) wordEnd++;
      if (wordEnd >= end) break;
      if (!Titles.isTitle(text.substring(begin, wordEnd))) break;
      begin = wordEnd;
      while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
    }
    // A Reuters ticker after a company's name ("Fujitsu Ltd <ITSU.T>") is not part of it.
    int ticker = text.indexOf('<', begin);
    if (ticker > begin && ticker < end) end = ticker;
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
    String s = text.substring(begin, end);
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      end -= 2;
    } else if (s.endsWith("'") || s.endsWith("\u2019")) {
      end -= 1;
    }
    while (end > begin
        && !Character.isLetterOrDigit(text.charAt(end - 1))
        && text.charAt(end - 1) != '.') end--;
    // Words that start or end a sentence, not a name: "Both Dadaab", "Moise Shortly".
    while (true) {
      int wordEnd = begin;
      while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) wordEnd++;
      if (wordEnd >= end || !NOT_NAME_WORDS.contains(text.substring(begin, wordEnd))) break;
      begin = wordEnd;
      while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
    }
    while (true) {
      int wordBegin = end;
      while (wordBegin > begin && !Character.isWhitespace(text.charAt(wordBegin - 1))) wordBegin--;
      if (wordBegin <= begin || !NOT_NAME_WORDS.contains(text.substring(wordBegin, end))) break;
      end = wordBegin;
      while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
    }
    String name = text.substring(begin, end).strip();
    if (name.isEmpty()
        || (withoutTitles && Titles.isTitle(name))
        || !looksLikeName(name)
        || CONTRACTION.matcher(name).find()) return null;
    return new Span(begin, begin + name.length(), name, n.label(), n.confidence());
  }

  static ActorType nerType(String label) {
    if (label == null) return null;
    return switch (label.toUpperCase(Locale.ROOT)) {
      case "PER", "PERSON" -> ActorType.PERSON;
      case "ORG", "ORGANIZATION", "ORGANISATION" -> ActorType.ORGANISATION;
      case "LOC", "LOCATION", "GPE", "FAC" -> ActorType.LOCATION;
      default -> null;
    };
  }
}
