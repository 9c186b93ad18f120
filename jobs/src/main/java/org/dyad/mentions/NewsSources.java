package org.dyad.mentions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorType;

/**
 * A newspaper, broadcaster or news agency cited as the source of a report ("..., the New York Times
 * said", "according to the Wall Street Journal", "Tehran Radio reported") reports the news; it is
 * not an actor of it. A news organisation that is itself in the news ("the Times was sued") stays
 * an actor.
 */
final class NewsSources {
  private NewsSources() {}

  /** Last words of news organisations' names. */
  private static final Set<String> MEDIA_WORDS =
      Set.of(
          "times",
          "journal",
          "herald",
          "tribune",
          "gazette",
          "daily",
          "newspaper",
          "radio",
          "television",
          "tv",
          "news",
          "press",
          "magazine",
          "weekly",
          "observer",
          "guardian",
          "telegraph",
          "economist",
          "chronicle",
          "shimbun",
          "pravda",
          "izvestia",
          "monde",
          "figaro",
          "spiegel",
          "zeitung",
          "allgemeine");

  /** First words of news organisations' names. */
  private static final Set<String> MEDIA_FIRST_WORDS =
      Set.of("times", "radio", "television", "daily");

  /**
   * Words just before a name that say it is a news organisation ("the official newspaper El
   * Peruano").
   */
  private static final Pattern MEDIA_BEFORE =
      Pattern.compile(
          "(?i)\\b(newspaper|daily|weekly|paper|magazine|radio|television|news"
              + " agency)\\s+(the\\s+)?$");

  private static final Pattern SAID_AFTER =
      Pattern.compile(
          "(?i)^[\\s,]*(?:(?:today|yesterday|tonight|also|has|had|on\\s+\\w+day|in\\s+its\\s+\\w+(?:\\s+\\w+)?\\s+edition)\\s+){0,2}"
              + "(said|says|reported|reports|quoted|quotes|cited|wrote|writes|added|carried|published|broadcast)\\b");

  private static final Pattern CITED_BEFORE =
      Pattern.compile(
          "(?i)\\b(according\\s+to|told|quoted\\s+by|reported\\s+by|quoted\\s+in|reported\\s+in|interview\\s+with|report\\s+in|told\\s+the)\\s+(the\\s+)?$");

  /**
   * A registry named as where a document was filed ("said in a filing with the Securities and
   * Exchange Commission", "filed with the SEC to offer 125 mln dlrs of notes", "a filing TWA was
   * required to make with the SEC"): the filing is the source of the news, the registry is no party
   * to it. A suit, complaint, petition or appeal filed with a body is an act towards it and keeps
   * the body.
   */
  private static final Pattern FILED_WITH =
      Pattern.compile(
          "(?i)\\b(?:filing|filings|filed|files|registration\\s+statement|registered)\\b((?:[^.;:!?\"\u201c\u201d]){0,60}?)\\bwith\\s+(?:the\\s+)?$");

  private static final Pattern ACT_FILED =
      Pattern.compile(
          "(?i)\\b(suit|lawsuit|complaint|petition|appeal|protest|charges?|objection|claim)s?\\b");

  static boolean citedAsSource(String text, Mention m) {
    if (m.type() != ActorType.ORGANISATION) return false;
    Matcher filed = FILED_WITH.matcher(text.substring(Math.max(0, m.begin() - 90), m.begin()));
    if (filed.find() && !ACT_FILED.matcher(filed.group(1)).find()) return true;
    if (!isNewsOrganisation(text, m)) return false;
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
    String before = text.substring(Math.max(0, m.begin() - 30), m.begin());
    return SAID_AFTER.matcher(after).find() || CITED_BEFORE.matcher(before).find();
  }

  /**
   * By its CAMEO code (MED, USAMED; not a media company's MNC code, not a press-freedom NGO's), its
   * last word, or the word before it.
   */
  static boolean isNewsOrganisation(String text, Mention m) {
    String code = m.cameoCode();
    if (code != null && code.matches("([A-Z]{3})?MED")) return true;
    String[] words = m.actorName().strip().split("\\s+");
    if (MEDIA_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return true;
    // "Times of Zambia", "Radio Free Europe", "Daily Mail"
    if (words.length > 1 && MEDIA_FIRST_WORDS.contains(words[0].toLowerCase(Locale.ROOT)))
      return true;
    return MEDIA_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 30), m.begin())).find();
  }
}
