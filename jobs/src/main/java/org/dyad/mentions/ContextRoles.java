package org.dyad.mentions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorType;
import org.dyad.actors.Agents;

/**
 * Roles from the words around a person's name, as event coders read them: a role noun of the
 * Phoenix agents dictionary ("prime minister", "army chief", "opposition leader", "former
 * president") and the country or organisation it belongs to, before the name ("Ukrainian President
 * Volodymyr Zelensky", "Kenya's foreign minister, Alfred Mutua", "NATO Secretary General Jens
 * Stoltenberg", "Taliban spokesman Zabihullah Mujahid") or in apposition after it ("Imran Khan, the
 * Pakistani prime minister,"). A role noun without a country takes the story's: its dateline's,
 * else the country it mentions most ("Secretary of State Antony Blinken" in a Washington story).
 *
 * <p>The code is the country's CAMEO code and the agent (PAKGOV), or an organisation's own code
 * (IGOWSTNAT, AFGREB). A context role beats no role; a dated dictionary role wins over context
 * unless context names a different office (a former president, an opposition leader); every later
 * mention of the person in the story takes the context role ({@code role_source}: context, then
 * inherited).
 */
final class ContextRoles implements Serializable {
  private final Agents agents;

  ContextRoles(Agents agents) {
    this.agents = agents;
  }

  /**
   * A role read from the text: the code, the country it belongs to (null for an IGO's), its agent,
   * and whether the text names whose it is next to the role noun (explicit) or it was inferred (the
   * nearest country before it in the sentence, or the story's).
   */
  record Role(String code, String country, String agent, boolean explicit) {}

  /**
   * Words after which a role noun starts a new phrase ("Raisi and Foreign Minister
   * Amir-Abdollahian").
   */
  private static final Set<String> JOINERS =
      Set.of(
          "and",
          "or",
          "with",
          "as",
          "by",
          "to",
          "from",
          "between",
          "including",
          "said",
          "says",
          "told",
          "met",
          "while");

  /** Words before a role noun that do not change it. */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the",
          "a",
          "an",
          "its",
          "his",
          "her",
          "their",
          "then",
          "now",
          "new",
          "acting",
          "caretaker",
          "interim",
          "outgoing");

  private static final int DATELINE_CHARS = 40;

  /**
   * The mentions with roles from their context, carried to every mention of the same person in the
   * story.
   */
  List<Mention> apply(String text, List<Mention> mentions) {
    String storyCountry = storyCountry(mentions);
    Map<String, Role> byActor = new LinkedHashMap<>();
    List<Mention> out = new ArrayList<>(mentions.size());
    // Organisations first, so that a person's role can name an organisation coded from its story
    // ("Senate majority leader Robert Byrd" in a Washington story).
    List<Mention> withOrganisations = new ArrayList<>(mentions.size());
    Map<String, Role> organisations = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Role r = isUncodedOrganisation(m) ? organisationRole(text, m, mentions, storyCountry) : null;
      if (r != null) organisations.putIfAbsent(m.actorId(), r);
      withOrganisations.add(r == null ? m : m.withRole(r.code(), r.country(), Mention.CONTEXT));
    }
    for (int i = 0; i < withOrganisations.size(); i++) {
      Mention m = withOrganisations.get(i);
      Role r = organisations.get(m.actorId());
      if (r != null && m.roleSource() == null && isUncodedOrganisation(m))
        withOrganisations.set(i, m.withRole(r.code(), r.country(), Mention.INHERITED));
    }
    mentions = withOrganisations;
    for (Mention m : mentions) {
      if (m.type() != ActorType.PERSON) {
        out.add(m);
        continue;
      }
      Role r = find(text, m, mentions, storyCountry);
      Mention coded = r == null ? m : decide(m, r);
      if (coded != m) byActor.putIfAbsent(m.actorId(), r);
      out.add(coded);
    }
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      Role r = byActor.get(m.actorId());
      if (r != null && m.roleSource() == null)
        out.set(i, m.withRole(r.code(), r.country(), Mention.INHERITED));
    }
    return withAffiliates(text, out);
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
  List<Mention> withAffiliates(String text, List<Mention> mentions) {
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
        Mention owner = ownerBefore(text, chain.get(0)[0], limit, mentions, ContextRoles::isOwner);
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

  /**
   * A context role beats no role (or a former office-holder's); a dictionary role wins unless
   * context names another office.
   */
  private static Mention decide(Mention m, Role r) {
    String code = m.cameoCode();
    boolean dictionaryRole = m.roleSource() != null && code != null && !code.endsWith("ELI");
    // Only a role noun whose owner the text names beside it overrides a dictionary role.
    if (dictionaryRole && !r.explicit()) return m;
    if (dictionaryRole) {
      String agent = code.length() > 3 ? code.substring(3) : "";
      boolean sameOffice =
          agent.startsWith(r.agent())
              || r.agent().startsWith(agent.isEmpty() ? "?" : agent)
              || r.country() == null;
      if (sameOffice) return m;
    }
    if (code != null && code.equals(r.code())) return m;
    return m.withRole(r.code(), r.country(), Mention.CONTEXT);
  }

  /** The role the words before or after the name give, or null. */
  Role find(String text, Mention person, List<Mention> mentions, String storyCountry) {
    Role before = before(text, person, mentions, storyCountry);
    return before != null ? before : after(text, person, mentions);
  }

  private Role before(String text, Mention person, List<Mention> mentions, String storyCountry) {
    int limit = Math.max(person.sentenceBegin(), person.begin() - 120);
    int pos = skipBack(text, person.begin(), limit);
    if (pos > limit && text.charAt(pos - 1) == ',') pos = skipBack(text, pos - 1, limit);
    List<int[]> words = wordsBefore(text, pos, limit, agents.longest() + 2);
    // the longest role noun ending right before the name (or before the titles of address it
    // carries)
    for (int skip = 0; skip <= 2 && skip < words.size(); skip++) {
      for (int k = Math.min(agents.longest(), words.size() - skip); k >= 1; k--) {
        List<int[]> phrase = words.subList(words.size() - skip - k, words.size() - skip);
        String agent = agents.agent(phraseOf(text, phrase));
        if (agent == null) continue;
        int start = phrase.get(0)[0];
        Mention owner = ownerBefore(text, start, limit, mentions, ContextRoles::hasOwnerCode);
        if (owner != null) return role(owner, agent, true);
        // "Peruvian central bank president Leonel Figueroa": a country, up to two lower-case words,
        // the role noun
        int firstWord = words.size() - skip - k;
        for (int extra = 1; extra <= 2 && firstWord - extra >= 0; extra++) {
          int[] w = words.get(firstWord - extra);
          String word = text.substring(w[0], w[1]);
          if (!Character.isLowerCase(word.charAt(0))
              || JOINERS.contains(word)
              || DETERMINERS.contains(word)) break;
          Mention o = ownerBefore(text, w[0], limit, mentions, ContextRoles::hasOwnerCode);
          if (o != null && o.type() == ActorType.COUNTRY) {
            String wider =
                agents.agent(phraseOf(text, words.subList(firstWord - extra, words.size() - skip)));
            if (wider == null)
              wider = agents.agent(phraseOf(text, words.subList(firstWord - extra, firstWord)));
            return role(o, wider != null ? wider : agent, true);
          }
        }
        // A role noun that stands alone ("Defence Minister Yoav Gallant", "and Foreign Minister
        // ...") takes
        // the nearest country named before it in the sentence, else the story's; one that belongs
        // to
        // something else ("a company spokesman") takes none.
        String previous = MentionResolver.previousWord(text, start);
        int before = skipBack(text, start, limit);
        // A title of address is capitalized ("telling Agriculture Minister Mutsuki Kato"); "a
        // company spokesman" is not.
        // (Only for a person the dictionaries give no role: "reinstate President Mohamed Bazoum"
        // after the coup
        // is the deposed president, whose dated role has ended.)
        boolean title =
            person.cameoCode() == null
                && capitalized(text, phrase)
                && (previous == null || Character.isLowerCase(previous.charAt(0)));
        boolean alone =
            previous == null
                || before <= limit
                || !Character.isLetter(text.charAt(before - 1))
                || DETERMINERS.contains(previous.toLowerCase(Locale.ROOT))
                || JOINERS.contains(previous.toLowerCase(Locale.ROOT))
                || title;
        if (!alone || !national(agent)) return null;
        Mention nearest = null;
        for (Mention m : mentions) {
          if (m.type() == ActorType.COUNTRY
              && m.end() <= start
              && m.begin() >= person.sentenceBegin()
              && (nearest == null || m.end() > nearest.end())) {
            nearest = m;
          }
        }
        if (nearest != null) return role(nearest, agent, false);
        if (storyCountry != null) return new Role(storyCountry + agent, storyCountry, agent, false);
        return null;
      }
    }
    return null;
  }

  /**
   * "Imran Khan, the Pakistani prime minister," and "Ali Shamkhani, Iran's top security official,".
   */
  private Role after(String text, Mention person, List<Mention> mentions) {
    int pos = person.end();
    while (pos < text.length() && (text.charAt(pos) == ' ')) pos++;
    if (pos >= text.length() || text.charAt(pos) != ',') return null;
    int start = pos + 1;
    int end = start;
    while (end < text.length() && end - start < 80 && ",.;:(\n".indexOf(text.charAt(end)) < 0)
      end++;
    // the owner: a country or organisation mention inside the apposition
    Mention owner = null;
    int afterOwner = start;
    for (Mention m : mentions) {
      if (m.begin() >= start
          && m.end() <= end
          && hasOwnerCode(m)
          && (owner == null || m.begin() < owner.begin())) {
        owner = m;
        afterOwner = m.end();
      }
    }
    if (owner == null) return null;
    int rest = afterOwner;
    if (text.startsWith("'s", rest) || text.startsWith("\u2019s", rest)) rest += 2;
    String phrase =
        text.substring(rest, end).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String before = text.substring(start, owner.begin()).strip().toLowerCase(Locale.ROOT);
    if (!before.isEmpty() && !DETERMINERS.contains(before)) return null;
    String agent = agents.agent(phrase);
    return agent == null ? null : role(owner, agent, true);
  }

  /**
   * The mention that owns what starts at {@code start}: one ending right before it, with a
   * possessive or not ("Ukrainian", "Kenya's", "NATO", "IBM"), of the kind the caller accepts.
   */
  private static Mention ownerBefore(
      String text, int start, int limit, List<Mention> mentions, Predicate<Mention> owns) {
    int pos = skipBack(text, start, limit);
    if (pos > limit && (text.startsWith("'s", pos - 2) || text.startsWith("\u2019s", pos - 2)))
      pos -= 2;
    for (Mention m : mentions) {
      if (m.end() == pos && owns.test(m)) return m;
    }
    return null;
  }

  private static boolean hasOwnerCode(Mention m) {
    if (m.type() == ActorType.COUNTRY) return true;
    return m.type() != ActorType.PERSON && m.type() != ActorType.LOCATION && m.cameoCode() != null;
  }

  private static Role role(Mention owner, String agent, boolean explicit) {
    if (owner.type() == ActorType.COUNTRY)
      return new Role(owner.actorId() + agent, owner.actorId(), agent, explicit);
    return new Role(owner.cameoCode(), owner.country(), agent, explicit);
  }

  private static boolean isUncodedOrganisation(Mention m) {
    return (m.type() == ActorType.ORGANISATION || m.type() == ActorType.GROUP)
        && m.cameoCode() == null
        && m.country() == null;
  }

  /**
   * Words that may stand between a country and an organisation's name ("the Japanese ruling Liberal
   * Democratic Party").
   */
  private static final int ORG_GAP_WORDS = 2;

  /**
   * The country an organisation without a code belongs to, from the words before it: a country or
   * demonym right before its name, with up to two lower-case words between ("U.S. Securities and
   * Exchange Commission", "Japan's ruling Liberal Democratic Party", "the Peruvian state oil
   * company Petroperu"); else, for a public institution (its name ends with a role noun of the
   * government, legislature, military, police or courts: "Congress", "Parliament", "Central Bank",
   * "Defence Ministry"), the story's country. The code is the country's, with the institution's
   * agent when its name has one.
   */
  Role organisationRole(String text, Mention org, List<Mention> mentions, String storyCountry) {
    String agent = institutionAgent(org.actorName());
    int limit = Math.max(org.sentenceBegin(), org.begin() - 80);
    int pos = skipBack(text, org.begin(), limit);
    for (int gap = 0; gap <= ORG_GAP_WORDS; gap++) {
      Mention m = ownerBefore(text, pos, limit, mentions, o -> o.type() == ActorType.COUNTRY);
      if (m != null)
        return new Role(
            m.actorId() + (agent == null ? "" : agent),
            m.actorId(),
            agent == null ? "" : agent,
            true);
      // one lower-case word further back
      int end = pos;
      int start = end;
      while (start > limit
          && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) start--;
      if (start == end
          || !Character.isLowerCase(text.charAt(start))
          || JOINERS.contains(text.substring(start, end))) break;
      pos = skipBack(text, start, limit);
    }
    if (agent != null
        && national(agent)
        && storyCountry != null
        && !org.actorName().contains(",")
        && (agent.startsWith("PTY") || isInstitutionName(org.actorName()))) {
      return new Role(storyCountry + agent, storyCountry, agent, false);
    }
    return null;
  }

  /**
   * The agent of a public institution's name: its last two words or its last word as a role noun
   * ("Central Bank" GOVBUS, "Congress" LEG).
   */
  String institutionAgent(String name) {
    String[] w = words(name);
    int n = roleWords(w);
    return n == 0
        ? null
        : agents.agent(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length)));
  }

  private static String[] words(String name) {
    String[] w = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return w.length == 1 && w[0].isEmpty() ? new String[0] : w;
  }

  /**
   * How many of a name's last words are a role noun of the agents dictionary: 2 ("central bank"), 1
   * ("congress") or 0.
   */
  private int roleWords(String[] w) {
    if (w.length >= 2 && agents.agent(w[w.length - 2] + " " + w[w.length - 1]) != null) return 2;
    return w.length >= 1 && agents.agent(w[w.length - 1]) != null ? 1 : 0;
  }

  /**
   * Words an institution's name may have before its role noun besides a portfolio ("Supreme Court",
   * "National Assembly").
   */
  private static final Set<String> INSTITUTION_MODIFIERS =
      Set.of(
          "national",
          "federal",
          "supreme",
          "central",
          "state",
          "upper",
          "lower",
          "constitutional",
          "high",
          "grand",
          "people's",
          "peoples");

  /**
   * Whether a name is a country's public institution and nothing more: a role noun alone
   * ("Congress"), or after a portfolio ("Finance Ministry", "Agriculture Department": a word the
   * agents dictionary has before "minister" or "ministry") or a modifier ("Supreme Court"). "World
   * Petroleum Congress" and "American Pork Congress" are organisations with names of their own, not
   * the story's legislature.
   */
  boolean isInstitutionName(String name) {
    String[] w = words(name);
    int roleWords = roleWords(w);
    if (roleWords == 0) return false;
    for (int i = 0; i < w.length - roleWords; i++) {
      if (INSTITUTION_MODIFIERS.contains(w[i])) continue;
      if (agents.agent(w[i] + " minister") == null && agents.agent(w[i] + " ministry") == null)
        return false;
    }
    return true;
  }

  /**
   * Whether a name is only a role noun ("Congress", "Central Bank", "Government"): no proper name
   * of its own.
   */
  boolean isGeneric(String name) {
    return agents.agent(name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) != null;
  }

  /**
   * Government, military, legislature, opposition, former officials, parties: roles a country
   * holds.
   */
  private static boolean national(String agent) {
    return agent.startsWith("GOV")
        || agent.startsWith("MIL")
        || agent.startsWith("LEG")
        || agent.startsWith("OPP")
        || agent.startsWith("ELI")
        || agent.startsWith("JUD")
        || agent.startsWith("COP")
        || agent.startsWith("PTY");
  }

  /**
   * The story's country: its dateline's, else the country it mentions most (the first on a tie).
   */
  static String storyCountry(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.begin() < DATELINE_CHARS
          && m.country() != null
          && m.text().equals(m.text().toUpperCase(Locale.ROOT))
          && m.text().length() > 3) {
        return m.country();
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Mention m : mentions) {
      if (m.type() != ActorType.COUNTRY) continue;
      int n = counts.merge(m.actorId(), 1, Integer::sum);
      if (best == null || n > counts.get(best)) best = m.actorId();
    }
    return best;
  }

  private static int skipBack(String text, int pos, int limit) {
    while (pos > limit && Character.isWhitespace(text.charAt(pos - 1))) pos--;
    return pos;
  }

  /**
   * Up to n words (letters, hyphens, inner apostrophes) right before pos, nearest last: [begin,
   * end) pairs.
   */
  private static List<int[]> wordsBefore(String text, int pos, int limit, int n) {
    List<int[]> words = new ArrayList<>();
    int p = pos;
    while (words.size() < n) {
      while (p > limit && text.charAt(p - 1) == ' ') p--;
      int end = p;
      while (p > limit
          && (Character.isLetter(text.charAt(p - 1))
              || text.charAt(p - 1) == '-'
              || text.charAt(p - 1) == '.')) p--;
      if (p == end) break;
      words.add(0, new int[] {p, end});
    }
    return words;
  }

  /** Whether every word of a phrase starts with a capital ("Agriculture Minister"). */
  private static boolean capitalized(String text, List<int[]> words) {
    for (int[] w : words) if (!Character.isUpperCase(text.charAt(w[0]))) return false;
    return true;
  }

  private static String phraseOf(String text, List<int[]> words) {
    StringBuilder b = new StringBuilder();
    for (int[] w : words) {
      if (b.length() > 0) b.append(' ');
      b.append(text, w[0], w[1]);
    }
    String p = b.toString().toLowerCase(Locale.ROOT);
    if (p.endsWith(".")) p = p.substring(0, p.length() - 1);
    return p;
  }
}
