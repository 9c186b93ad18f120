package org.dyad.mentions;

import static org.dyad.mentions.PlaceWords.CALENDAR_WORDS;
import static org.dyad.mentions.PlaceWords.CONTINENT_WORDS;
import static org.dyad.mentions.PlaceWords.CURRENCY_WORDS;
import static org.dyad.mentions.PlaceWords.EVENT_WORDS;
import static org.dyad.mentions.PlaceWords.FUNCTION_WORDS;
import static org.dyad.mentions.PlaceWords.LOCATIVE;
import static org.dyad.mentions.PlaceWords.PLACE_NOUNS;
import static org.dyad.mentions.PlaceWords.SECURITIES_WORDS;
import static org.dyad.mentions.PlaceWords.SHIP_WORDS;
import static org.dyad.text.Words.nextWord;
import static org.dyad.text.Words.previousWord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.actors.ActorType;
import org.dyad.actors.AliasKind;
import org.dyad.actors.PhoenixCompiler;
import org.dyad.text.TextNormalizer;

/**
 * When a place's or a country's name in the text is not the actor it names: a dateline, a place
 * after "in", part of a company's bracketed name, a currency, an event or a market named after a
 * city, a ship's name. Pure functions of the text and the span.
 */
final class PlaceRules {
  private PlaceRules() {}

  /** How far into a story a dateline's place can stand. */
  static final int DATELINE_CHARS = 40;

  /**
   * A name in capitals in a story's first characters ("WASHINGTON", "BAHRAIN"): where the story was
   * filed. The one dateline test of the mentions stage ({@link ContextRoles} takes the story's
   * country from it).
   */
  static boolean inDateline(int begin, String surface) {
    return begin < DATELINE_CHARS
        && surface.equals(surface.toUpperCase(Locale.ROOT))
        && surface.length() > 3;
  }

  /**
   * A town in capitals that opens the story's dateline ("MARANCHON, Spain, Aug 13 -", "KHARTOUM
   * (Reuters) -"): the place the story was filed from, whatever NER took it for.
   */
  static boolean datelineTown(String text, Span n) {
    String surface = text.substring(n.begin(), n.end());
    if (!inDateline(n.begin(), surface) || !text.substring(0, n.begin()).isBlank()) return false;
    String after = text.substring(n.end(), Math.min(text.length(), n.end() + 4));
    return after.startsWith(",") || after.matches("(?s)^\\s*[(\u2013\u2014-].*");
  }

  /**
   * A capital's name that stands for its country ("Tehran said" is Iran): not after "in", "to",
   * "from" ..., not in a dateline, not naming an event or a market ("the Paris accord"), not a
   * place where something is ("London office").
   */
  static boolean capitalForItsCountry(String text, Span m, String surface, AliasKind kind) {
    return kind == AliasKind.CAPITAL
        && !afterLocative(text, m.begin())
        && !inDateline(m.begin(), surface)
        && !namesAnEvent(text, m.end())
        && !placeOfSomething(text, m.end());
  }

  /** How far before a mention a {@code <} that opens a bracketed company name is looked for. */
  static final int BRACKET_REACH = 200;

  /**
   * Reuters and others mark company names as {@code <Name Ltd>}: a place inside one is part of the
   * name. The opening bracket is looked for within {@link #BRACKET_REACH} characters: the search
   * back to the start of the article made each mention cost the length of the article (minutes on a
   * 1 MB article of one name a line).
   */
  static boolean insideAngleBrackets(String text, Span m) {
    int open = -1;
    for (int i = m.begin(), stop = Math.max(-1, m.begin() - BRACKET_REACH);
        i > stop && i >= 0;
        i--) {
      if (i < text.length() && text.charAt(i) == '>' && i < m.begin()) return false;
      if (i < text.length() && text.charAt(i) == '<') {
        open = i;
        break;
      }
    }
    if (open < 0) return false;
    // A ">" within 120 characters after the mention, with no "<" before it.
    for (int i = m.end(); i < Math.min(text.length(), m.end() + 120); i++) {
      if (text.charAt(i) == '>') return true;
      if (text.charAt(i) == '<') return false;
    }
    return false;
  }

  /**
   * A country's name that does not stand for the country: a currency ("U.S. dollar", "Swiss
   * franc"), or a one-word place that is part of a longer proper name ("Piedmont Aviation",
   * "Leopoldo Sucre Figarella", "Tokyo Stock Exchange").
   */
  static boolean notTheCountry(String text, Span m, AliasKind kind) {
    String next = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
    String after = nextWord(text, m.end());
    if (after != null
        && next.startsWith(" ")
        && CURRENCY_WORDS.contains(after.toLowerCase(Locale.ROOT))) return true;
    String surface = text.substring(m.begin(), m.end());
    // One word only, and not in capitals: "WASHINGTON The State Department ..." is a dateline.
    if (!kind.isPlace()
        || surface.contains(" ")
        || surface.equals(surface.toUpperCase(Locale.ROOT))) return false;
    boolean capitalAfter =
        after != null
            && next.length() == 2
            && next.charAt(0) == ' '
            && Character.isUpperCase(next.charAt(1))
            && !CALENDAR_WORDS.contains(after.toLowerCase(Locale.ROOT));
    String before = previousWord(text, m.begin());
    boolean capitalBefore =
        before != null
            && m.begin() >= 1
            && text.charAt(m.begin() - 1) == ' '
            && Character.isUpperCase(before.charAt(0))
            && !FUNCTION_WORDS.contains(before.toLowerCase(Locale.ROOT))
            && !before.equals(before.toUpperCase(Locale.ROOT));
    return capitalAfter || capitalBefore;
  }

  /**
   * A country's name that is part of another place's: "America" or "American" after a word that
   * makes it a continent or a region of one ("Latin America cannot pay", "the three South American
   * producers", "Pan-American"), a name after "New" ("New England", "New Mexico", "New Guinea").
   */
  static boolean anotherPlace(String text, Span m, String surface, AliasKind kind) {
    if (kind == AliasKind.NAME
        && m.begin() > 0
        && Character.isWhitespace(text.charAt(m.begin() - 1))
        && !surface.startsWith("New")) {
      String before = previousWord(text, m.begin());
      if ("New".equals(before)
          || "NEW".equals(before) && surface.equals(surface.toUpperCase(Locale.ROOT))) return true;
    }
    if (!surface.startsWith("America") && !surface.startsWith("AMERICA")) return false;
    int b = m.begin();
    if (b > 0 && (text.charAt(b - 1) == '-' || text.charAt(b - 1) == '\u2011')) b--;
    else if (b == 0 || !Character.isWhitespace(text.charAt(b - 1))) return false;
    String before = previousWord(text, b);
    return before != null
        && Character.isUpperCase(before.charAt(0))
        && CONTINENT_WORDS.contains(before.toLowerCase(Locale.ROOT));
  }

  private static boolean afterLocative(String text, int begin) {
    String before = previousWord(text, begin);
    return before != null && LOCATIVE.contains(before.toLowerCase(Locale.ROOT));
  }

  /**
   * A capital before such a noun, or joined to "-based", names a place, not the country ("a senior
   * London executive").
   */
  static boolean placeOfSomething(String text, int end) {
    if (end >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != '-')) return false;
    String next = nextWord(text, text.charAt(end) == '-' ? end + 1 : end);
    return next != null && Character.isLowerCase(next.charAt(0)) && PLACE_NOUNS.contains(next);
  }

  /**
   * A treasury's name that names what it issues, not the institution ("those in the U.S. Treasury
   * market", "Treasury Loan 2000").
   */
  static boolean namesSecurities(String text, Span m) {
    String surface = text.substring(m.begin(), m.end());
    if (!surface.toLowerCase(Locale.ROOT).endsWith("treasury")
        || m.end() >= text.length()
        || !Character.isWhitespace(text.charAt(m.end()))) return false;
    String next = nextWord(text, m.end());
    return next != null && SECURITIES_WORDS.contains(next.toLowerCase(Locale.ROOT));
  }

  /**
   * A capital before an event word names the event, not the country ("the Paris accord", "the Tokyo
   * stock exchange").
   */
  static boolean namesAnEvent(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ' ') return false;
    String next = nextWord(text, end);
    return next != null && EVENT_WORDS.contains(next.toLowerCase(Locale.ROOT));
  }

  /**
   * A dateline's place with its country: "OSAKA, Japan, April 27 -", "Halifax, Newfoundland, June
   * 15 -".
   */
  private static final Pattern DATELINE_WITH_COUNTRY =
      Pattern.compile("^\\s*[A-Z][A-Za-z.' -]{1,30}, $");

  private static final Pattern DATE_AFTER =
      Pattern.compile(
          "^,\\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z.]*\\s+\\d{1,2}\\s*[-\u2013]");

  /**
   * A country's name at a story's start that is the dateline's place: in capitals and followed by
   * the dateline's comma or dash ("BAHRAIN -", "KUWAIT, April 7 -"), or after a dateline's city and
   * followed by its date ("OSAKA, Japan, April 27 -").
   */
  static boolean datelinePlace(String text, Span m, String surface) {
    if (m.begin() < DATELINE_CHARS
        && DATELINE_WITH_COUNTRY.matcher(text.substring(0, m.begin())).matches()
        && DATE_AFTER
            .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)))
            .find()) {
      return true;
    }
    if (!inDateline(m.begin(), surface)) return false;
    for (int i = 0; i < m.begin(); i++) if (Character.isLetter(text.charAt(i))) return false;
    int p = m.end();
    while (p < text.length() && text.charAt(p) == ' ') p++;
    return p < text.length()
        && (text.charAt(p) == ',' || text.charAt(p) == '-' || text.charAt(p) == '\u2013');
  }

  static boolean besideShipWord(String text, Span name) {
    String before = previousWord(text, name.begin());
    String after = nextWord(text, name.end());
    return (before != null && SHIP_WORDS.contains(before.toLowerCase(Locale.ROOT)))
        || (after != null && SHIP_WORDS.contains(after.toLowerCase(Locale.ROOT)));
  }

  /**
   * An NER person that starts with a country or place the dictionary found and goes on with a full
   * name ("general manager for Canada Hajimu Watanabe"): the person is the name after the place,
   * which stays a mention of its own.
   */
  static Span personAfterPlace(String text, Span n, List<Mention> mentions) {
    for (Mention d : mentions) {
      if (d.begin() != n.begin() || d.end() >= n.end()) continue;
      if (d.type() != ActorType.COUNTRY && d.type() != ActorType.LOCATION) continue;
      int b = d.end();
      while (b < n.end() && Character.isWhitespace(text.charAt(b))) b++;
      if (b == d.end()) return n; // "Canadian-born": no word boundary
      String rest = text.substring(b, n.end());
      String[] words = rest.strip().split("\\s+");
      if (words.length < 2) return n;
      for (String w : words) if (!Character.isUpperCase(w.charAt(0))) return n;
      return new Span(b, n.end(), rest, n.label(), n.confidence());
    }
    return n;
  }

  /**
   * The one dictionary country mention inside an NER organisation's name that goes on with
   * capitalized words of its own ("Texaco Canada", "Merrill Lynch U.K.", "U.S. Administration"), or
   * null; a name with two countries in it ("Iran-Iraq") is none.
   */
  static Mention countryInsideName(String text, Span n, List<Mention> mentions) {
    Mention found = null;
    boolean startsWithOrganisation = false;
    for (Mention d : mentions) {
      if (!(d.begin() < n.end() && n.begin() < d.end())) continue;
      if (d.begin() < n.begin() || d.end() > n.end()) return null;
      if (d.type() == ActorType.ORGANISATION
          && d.begin() == n.begin()) { // "Texaco" of "Texaco Canada"
        startsWithOrganisation = true;
        continue;
      }
      if (found != null || d.type() != ActorType.COUNTRY) return null;
      found = d;
    }
    if (found == null) return null;
    String rest =
        (text.substring(n.begin(), found.begin()) + " " + text.substring(found.end(), n.end()))
            .strip();
    // The rest must name an organisation: "U.S. Trade", "U.S. Banks" or "U.S. Has" (NER's errors)
    // stay the country.
    boolean company = startsWithOrganisation || !LegalForms.strip(rest).equals(rest.strip());
    if (!company
        && !PhoenixCompiler.hasOrganisationWord(rest)
        && !NameShapes.ORGANISATION_NOUNS.matcher(rest).find()) return null;
    for (String w : rest.split("[\\s,]+")) {
      String bare = w.replaceAll("[^\\p{L}]", "");
      if (bare.length() > 1
          && Character.isUpperCase(bare.charAt(0))
          && !FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT))
          && !CALENDAR_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
        return found;
      }
    }
    return null;
  }

  /**
   * A name the story's dateline gave as its town is that town wherever NER took it for a person or
   * an organisation in the story ("residents of Maranchon").
   */
  static List<Mention> likeTheDatelineTown(List<Mention> mentions) {
    Set<String> towns = new HashSet<>();
    for (Mention m : mentions)
      if (m.type() == ActorType.LOCATION
          && m.aliasKind() == null
          && inDateline(m.begin(), m.text())) towns.add(TextNormalizer.key(m.actorName()));
    if (towns.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean town =
          !m.inDictionary()
              && m.type() != ActorType.LOCATION
              && towns.contains(TextNormalizer.key(m.actorName()));
      out.add(town ? Placement.of(m).place(m.actorName(), null, null, m.confidence()) : m);
    }
    return out;
  }
}
