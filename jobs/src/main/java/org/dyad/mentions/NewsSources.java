package org.dyad.mentions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorType;

/**
 * A newspaper, broadcaster or news agency cited as the source of a report ("..., the New York Times
 * said", "according to the Wall Street Journal", "told Reuters", "an AFP tally", "a BBC
 * investigation", "(Reuters)") reports the news; it is not an actor of it, nor are the journalists
 * of a credit line. A news organisation that something in its sentence happens to ("China expelled
 * three Wall Street Journal reporters", "the Times was sued") stays an actor.
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

  /**
   * Something done to a news organisation or its people: the verb before it ("expelled three Wall
   * Street Journal reporters", "banned the BBC", "a lawsuit against the Times") within its
   * sentence.
   */
  private static final Pattern ACTED_ON_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:expel(?:s|led)|bann(?:ed)|bans|block(?:s|ed)|detain(?:s|ed)|arrest(?:s|ed)|su(?:es|ed)|raid(?:s|ed)|clos(?:es|ed)|shut(?:s)?|fin(?:es|ed)|accus(?:es|ed)|attack(?:s|ed)|hack(?:s|ed)|censor(?:s|ed)|suspend(?:s|ed)|revok(?:es|ed)|barred|jail(?:s|ed)|sentenced|charged|summon(?:s|ed)|threaten(?:s|ed)|target(?:s|ed)|kill(?:s|ed)|seiz(?:es|ed)|den(?:ies|ied)\\s+(?:entry|visas?|accreditation)\\s+to|against)"
              + "|\\b(?:to|will|would|could|may|might|must)\\s+(?:expel|ban|block|close|shut|sue|suspend|revoke|bar|fine|raid|censor|arrest|detain|jail|charge))\\b[^.;!?,\u201c\u201d\"]{0,45}$");

  /** "the BBC's website was blocked", "Reuters journalists were detained". */
  private static final Pattern ACTED_ON_AFTER =
      Pattern.compile(
          "(?i)^(?:['\u2019]s)?(?:\\s+(?:reporters?|journalists?|correspondents?|bureaus?|staff|websites?|offices?|crews?|teams?|editors?|chief|photographers?|employees|broadcasts?|licen[cs]e|accreditation))?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is\\s+being|are\\s+being)\\s+(?:\\w+ly\\s+)?(expelled|banned|blocked|detained|arrested|sued|raided|closed|shut|fined|accused|attacked|hacked|censored|suspended|revoked|barred|jailed|sentenced|charged|summoned|threatened|targeted|killed|seized|denied|ordered|stripped|labelled|labeled|designated|declared)\\b");

  /**
   * A credit line of a wire story: "(Reporting by Khalid Abdelaziz; Editing by Alex Richardson)",
   * "Writing by ...", "Additional reporting by ...". The journalists it names are not actors.
   */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "(?i)(?:^|[(\\n"
              + ";])\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|compiling|reported|written|edited)\\s+by\\b[^)\\n"
              + "]*$");

  /**
   * Whether a mention reports the news rather than takes part in it: a registry where a document
   * was filed, a news organisation that nothing in its sentence happens to (cited, quoted,
   * interviewed, credited: "told Reuters", "according to AP", "an AFP tally", "a BBC
   * investigation", "(Reuters)"), or a journalist named in a credit line.
   */
  static boolean citedAsSource(String text, Mention m) {
    if (inCreditLine(text, m)) return true;
    if (m.type() != ActorType.ORGANISATION) return false;
    Matcher filed = FILED_WITH.matcher(text.substring(Math.max(0, m.begin() - 90), m.begin()));
    if (filed.find() && !ACT_FILED.matcher(filed.group(1)).find()) return true;
    if (!isNewsOrganisation(text, m)) return false;
    return !actedOn(text, m);
  }

  /** Whether the mention stands in a credit line ("Reporting by ...; Editing by ..."). */
  static boolean inCreditLine(String text, Mention m) {
    int from = Math.max(m.sentenceBegin(), m.begin() - 200);
    return from < m.begin() && CREDIT_LINE.matcher(text.substring(from, m.begin())).find();
  }

  /** Whether its sentence does something to a news organisation or its people. */
  static boolean actedOn(String text, Mention m) {
    int sentenceBegin = Math.max(0, Math.min(m.sentenceBegin(), m.begin()));
    String before = text.substring(Math.max(sentenceBegin, m.begin() - 80), m.begin());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
    return ACTED_ON_BEFORE.matcher(before).find() || ACTED_ON_AFTER.matcher(after).find();
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
