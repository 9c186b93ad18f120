package org.dyad.mentions;

import static org.dyad.mentions.TextBefore.ownerBefore;
import static org.dyad.mentions.TextBefore.phraseOf;
import static org.dyad.mentions.TextBefore.skipBack;
import static org.dyad.mentions.TextBefore.wordsBefore;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorType;
import org.dyad.actors.Agents;

/**
 * Whom an actor belongs to, as the story says ({@code affiliate}): the owner of a person's title or
 * post, an organisation's owner before a possessive, the organisation a country is a member of.
 */
final class Affiliations implements Serializable {
  private final Agents agents;

  Affiliations(Agents agents) {
    this.agents = agents;
  }

  /**
   * Words that name a post or a job in someone's organisation ("IBM chairman", "chief economist
   * at").
   */
  private static final Set<String> POSTS =
      Set.of(
          "chairman",
          "chairwoman",
          "chair",
          "president",
          "chief",
          "executive",
          "director",
          "economist",
          "secretary",
          "minister",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "head",
          "governor",
          "official",
          "officer",
          "manager",
          "analyst",
          "adviser",
          "advisor",
          "member",
          "leader",
          "founder",
          "owner",
          "treasurer",
          "partner",
          "representative",
          "envoy",
          "ambassador",
          "general",
          "commander",
          "senator",
          "counsel",
          "deputy",
          "vice-president",
          "vice-chairman",
          "strategist",
          "trader",
          "dealer",
          "editor",
          "correspondent",
          "lawyer",
          "attorney",
          "professor",
          "researcher");

  /**
   * A post right after an organisation in apposition, its initials between ("..., American Soybean
   * Association, ASA, president").
   */
  private static final Pattern POST_AFTER =
      Pattern.compile(
          "^\\s*,\\s*(?:\\(?[A-Z][A-Z.&]{1,7}\\)?\\s*,\\s*)?(?:vice\\s+|executive\\s+|managing\\s+|chief\\s+|general\\s+)?([a-z][a-z-]+)\\b");

  private static final Pattern POST_OF =
      Pattern.compile(
          "^\\s*(?:the\\s+|a\\s+|an\\s+)?((?:[a-z][a-z-]*\\s+){0,3}?)([a-z][a-z-]*)\\s+(?:of|at|for|with|in)\\s+(?:the\\s+)?$");

  /**
   * Each actor's {@code affiliate}: the organisation or country the story says it belongs to, by
   * the owner of its title ("IBM chairman John Akers", "Hong Kong monetary affairs secretary David
   * Nendick", "Federal Reserve Board Chairman Paul Volcker"), a post in apposition ("Johsen
   * Takahashi, chief economist at Mitsubishi Research Institute", "John Akers, chairman of IBM"),
   * or a possessive before an organisation ("Schlumberger Ltd's Fairchild Semiconductor"); carried
   * to every mention of the actor in the story.
   */
  List<Mention> apply(String text, List<Mention> mentions) {
    Map<String, String> affiliates = new HashMap<>();
    for (Mention m : mentions) {
      if (affiliates.containsKey(m.actorId())) continue;
      String a = affiliate(text, m, mentions);
      if (a != null && !a.equals(m.actorId())) affiliates.put(m.actorId(), a);
    }
    if (affiliates.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String a = affiliates.get(m.actorId());
      out.add(a == null || m.affiliate() != null ? m : m.withAffiliate(a));
    }
    return out;
  }

  /** The owner of the actor's title or post, or null. */
  String affiliate(String text, Mention m, List<Mention> mentions) {
    boolean person = m.type() == ActorType.PERSON;
    boolean organisation = m.type() == ActorType.ORGANISATION || m.type() == ActorType.GROUP;
    int limit = Math.max(m.sentenceBegin(), m.begin() - 120);
    if (m.type() == ActorType.COUNTRY) return membership(text, m, mentions, limit);
    if (!person && !organisation) return null;
    if (person) {
      // the title before the name: up to four words, the last a post, at most two of them
      // capitalized ("Board Chairman")
      List<int[]> words = wordsBefore(text, skipBack(text, m.begin(), limit), limit, 4);
      for (int k = 1; k <= words.size(); k++) {
        List<int[]> chain = words.subList(words.size() - k, words.size());
        String last =
            text.substring(chain.get(chain.size() - 1)[0], chain.get(chain.size() - 1)[1])
                .toLowerCase(Locale.ROOT);
        if (!POSTS.contains(last) && agents.agent(last) == null) break;
        String first = text.substring(chain.get(0)[0], chain.get(0)[1]).toLowerCase(Locale.ROOT);
        // "the ambassador to the U.S. Suggested that Prime Minister Yasuhiro Nakasone": a clause,
        // not a title
        if (CLAUSE_WORDS.contains(first)) break;
        int capitals = 0;
        for (int[] w : chain) if (Character.isUpperCase(text.charAt(w[0]))) capitals++;
        if (capitals > 2) break;
        Mention owner = ownerBefore(text, chain.get(0)[0], limit, mentions, Affiliations::isOwner);
        if (owner != null) return owner.actorId();
      }
      String subject = subjectsPost(text, m, mentions, words);
      if (subject != null) return subject;
      // a post in apposition after the name
      int pos = m.end();
      while (pos < text.length() && text.charAt(pos) == ' ') pos++;
      if (pos < text.length() && text.charAt(pos) == ',') {
        Mention owner = null;
        for (Mention o : mentions) {
          if (o.begin() > pos
              && o.begin() - pos < 60
              && isOwner(o)
              && (owner == null || o.begin() < owner.begin())) owner = o;
        }
        if (owner != null) {
          Matcher post = POST_OF.matcher(text.substring(pos + 1, owner.begin()));
          if (post.find() && (POSTS.contains(post.group(2)) || agents.agent(post.group(2)) != null))
            return owner.actorId();
          // the organisation first, then the post: "David Haggard, American Soybean Association,
          // ASA, president, said"
          if (text.substring(pos + 1, owner.begin()).isBlank()) {
            Matcher after =
                POST_AFTER.matcher(
                    text.substring(owner.end(), Math.min(text.length(), owner.end() + 40)));
            if (after.find() && POSTS.contains(after.group(1).toLowerCase(Locale.ROOT)))
              return owner.actorId();
          }
        }
      }
      return null;
    }
    // an organisation after an owner's possessive: "Schlumberger Ltd's Fairchild Semiconductor",
    // "Japan's NEC Corp"
    int pos = skipBack(text, m.begin(), limit);
    List<int[]> between = wordsBefore(text, pos, limit, 2);
    for (int k = 0; k <= between.size(); k++) {
      int at = k == 0 ? pos : skipBack(text, between.get(between.size() - k)[0], limit);
      if (k > 0 && !Character.isLowerCase(text.charAt(between.get(between.size() - k)[0]))) break;
      // "Pennzoil's claim against Texaco": a preposition between, the possessive owns something
      // else
      if (k > 0
          && NOT_OWNING.contains(
              text.substring(
                  between.get(between.size() - k)[0], between.get(between.size() - k)[1]))) break;
      if (text.startsWith("'s", at - 2) || text.startsWith("\u2019s", at - 2)) {
        // an international organisation belongs to no country or company ("Saudi Arabia's OPEC
        // quota")
        if (m.cameoCode() != null && m.cameoCode().startsWith("IGO")) break;
        for (Mention o : mentions) {
          if (o.end() == at - 2 && isOwner(o) && !o.actorId().equals(m.actorId()))
            return o.actorId();
        }
      }
    }
    return null;
  }

  /**
   * Words between an organisation and a member's name ("OPEC member Venezuela", "EC member state
   * Greece").
   */
  private static final Set<String> MEMBER_WORDS =
      Set.of(
          "member",
          "members",
          "member state",
          "member states",
          "member country",
          "member countries");

  /**
   * The organisation a country is written as a member of, right before it ("Fellow OPEC member
   * Venezuela"), or null.
   */
  private static String membership(
      String text, Mention country, List<Mention> mentions, int limit) {
    List<int[]> words = wordsBefore(text, skipBack(text, country.begin(), limit), limit, 2);
    for (int k = 1; k <= words.size(); k++) {
      List<int[]> chain = words.subList(words.size() - k, words.size());
      if (!MEMBER_WORDS.contains(phraseOf(text, chain))) continue;
      Mention owner =
          ownerBefore(
              text, chain.get(0)[0], limit, mentions, o -> o.type() == ActorType.ORGANISATION);
      if (owner != null) return owner.actorId();
    }
    return null;
  }

  /**
   * The organisation a lower-case post before a name belongs to when nothing owns the post right
   * before it but the sentence's one organisation before it does ("International Business Machines
   * Corp expects ..., chairman John Akers told the annual meeting"): the post starts the sentence
   * or follows a comma, and exactly one organisation is named earlier in the sentence.
   */
  private String subjectsPost(String text, Mention m, List<Mention> mentions, List<int[]> words) {
    int k = 0;
    for (int i = words.size() - 1; i >= 0; i--) {
      int[] w = words.get(i);
      String word = text.substring(w[0], w[1]);
      if (!Character.isLowerCase(word.charAt(0))
          || !(POSTS.contains(word) || (k > 0 && POST_MODIFIERS.contains(word)))) break;
      k++;
    }
    if (k == 0) return null;
    int start = words.get(words.size() - k)[0];
    int pos = start;
    while (pos > m.sentenceBegin() && Character.isWhitespace(text.charAt(pos - 1))) pos--;
    if (pos > m.sentenceBegin() && text.charAt(pos - 1) != ',') return null;
    String owner = null;
    for (Mention o : mentions) {
      if (o.begin() < m.sentenceBegin() || o.end() > start) continue;
      if (o.type() == ActorType.PERSON) return null;
      if (o.type() != ActorType.ORGANISATION) continue;
      if (owner != null && !owner.equals(o.actorId())) return null;
      owner = o.actorId();
    }
    return owner;
  }

  /** Words that start a clause, not a title: a title's words never hold them. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "that", "which", "who", "whom", "whose", "and", "or", "to", "said", "says", "told",
          "when", "as", "if");

  /**
   * Words between a possessive and an organisation that say the possessive owns something else
   * ("Pennzoil's claim against Texaco").
   */
  private static final Set<String> NOT_OWNING =
      Set.of(
          "against", "with", "of", "for", "to", "in", "on", "by", "from", "over", "about", "and",
          "or", "than", "into", "at", "like", "toward", "towards");

  /**
   * Words before a post that belong to it ("vice chairman", "senior vice president", "executive
   * director").
   */
  private static final Set<String> POST_MODIFIERS =
      Set.of(
          "vice",
          "senior",
          "executive",
          "managing",
          "deputy",
          "chief",
          "general",
          "group",
          "company");

  private static boolean isOwner(Mention o) {
    return o.type() == ActorType.COUNTRY
        || o.type() == ActorType.ORGANISATION
        || o.type() == ActorType.GROUP;
  }
}
