package org.dyad.mentions;

import static org.dyad.mentions.TextBefore.capitalized;
import static org.dyad.mentions.TextBefore.ownerBefore;
import static org.dyad.mentions.TextBefore.phraseOf;
import static org.dyad.mentions.TextBefore.skipBack;
import static org.dyad.mentions.TextBefore.wordsBefore;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.dyad.text.TextNormalizer;
import org.dyad.text.Words;

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
 * unless context names a different office (a former president, an opposition leader), and a
 * military title does not take a ruler's government role from him; every later mention of the
 * person in the story takes the context role ({@code role_source}: context, then inherited).
 */
final class ContextRoles implements Serializable {
  private final Agents agents;

  private final Affiliations affiliations;

  ContextRoles(Agents agents) {
    this.agents = agents;
    this.affiliations = new Affiliations(agents);
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

  /**
   * The mentions with roles from their context, carried to every mention of the same person in the
   * story.
   */
  List<Mention> apply(String text, List<Mention> mentions) {
    return apply(text, mentions, m -> false);
  }

  /**
   * The same, where {@code fallen} tells the persons whom a dated dictionary line names former
   * office-holders on the article's date (a ruler who fell, Dyad's supplement's coding rule): their
   * former role stands against a bare title ("President Ashraf Ghani fled" two days after the
   * fall).
   */
  List<Mention> apply(String text, List<Mention> mentions, Predicate<Mention> fallen) {
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
      Mention coded = r == null || (fallen.test(m) && !r.explicit()) ? m : decide(m, r);
      if (coded != m) byActor.putIfAbsent(m.actorId(), r);
      out.add(coded);
    }
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      Role r = byActor.get(m.actorId());
      if (r != null && m.roleSource() == null)
        out.set(i, m.withRole(r.code(), r.country(), Mention.INHERITED));
    }
    return affiliations.apply(text, out);
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
      // A ruler who is also a soldier ("army chief Abdel Fattah al-Burhan", "Army captain Ibrahim
      // Traore" after their takeovers): the government office is the higher one.
      boolean rulingSoldier =
          agent.startsWith("GOV")
              && r.agent().startsWith("MIL")
              && code.substring(0, 3).equals(r.country());
      if (rulingSoldier) return m;
    }
    // A title whose country was only inferred (the nearest country before it) is of the person's
    // own country when the dictionary knows it: "from Singapore, Parliament Speaker Mahinda Yapa
    // Abeywardena" is Sri Lanka's speaker, as his former Sri Lankan offices say.
    String own = m.country();
    if (!r.explicit()
        && own != null
        && code != null
        && code.startsWith(own)
        && r.country() != null
        && !r.country().equals(own)) {
      r = new Role(own + r.agent(), own, r.agent(), false);
    }
    if (code != null && code.equals(r.code())) return m;
    return m.withRole(r.code(), r.country(), Mention.CONTEXT);
  }

  /** The role the words before or after the name give, or null. */
  Role find(String text, Mention person, List<Mention> mentions, String storyCountry) {
    Role before = before(text, person, mentions, storyCountry);
    if (before == null) before = headOf(text, person, mentions);
    if (before != null) return before;
    Role after = after(text, person, mentions);
    return after != null ? after : became(text, person, mentions, storyCountry);
  }

  /** The head of an organisation, named by a title right after the organisation's name. */
  private static final Set<String> HEAD_TITLES =
      Set.of(
          "director",
          "director-general",
          "chief",
          "head",
          "boss",
          "chairman",
          "chairwoman",
          "chair",
          "commander",
          "leader",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "secretary-general",
          "president",
          "governor");

  /**
   * "CIA Director Bill Burns", "Mossad chief David Barnea", "Hamas leader Yahya Sinwar": a head
   * title right after a coded organisation gives the person the organisation's code.
   */
  private Role headOf(String text, Mention person, List<Mention> mentions) {
    int limit = Math.max(person.sentenceBegin(), person.begin() - 60);
    int pos = skipBack(text, person.begin(), limit);
    List<int[]> words = wordsBefore(text, pos, limit, 2);
    if (words.isEmpty()) return null;
    int[] last = words.get(words.size() - 1);
    String title = text.substring(last[0], last[1]).toLowerCase(Locale.ROOT);
    int start = last[0];
    if (!HEAD_TITLES.contains(title) && words.size() == 2) {
      // "Secretary General", "Director General": two words
      int[] first = words.get(0);
      title = text.substring(first[0], last[1]).toLowerCase(Locale.ROOT).replace(' ', '-');
      start = first[0];
    }
    if (!HEAD_TITLES.contains(title)) return null;
    Mention owner =
        ownerBefore(
            text,
            start,
            limit,
            mentions,
            m ->
                (m.type() == ActorType.ORGANISATION || m.type() == ActorType.GROUP)
                    && m.cameoCode() != null);
    if (owner == null) return null;
    String code = owner.cameoCode();
    return new Role(code, owner.country(), code.length() > 3 ? code.substring(3) : "", true);
  }

  /**
   * "Gibran Rakabuming Raka became vice president", "X was sworn in as prime minister": an office
   * the sentence says the person took, of the country named in it before the name, else the
   * story's.
   */
  private Role became(String text, Mention person, List<Mention> mentions, String storyCountry) {
    int end = Math.min(person.sentenceEnd(), person.end() + 60);
    if (end <= person.end()) return null;
    String rest =
        TextNormalizer.singleSpaces(text.substring(person.end(), end).toLowerCase(Locale.ROOT));
    Matcher m = BECAME.matcher(rest);
    if (!m.lookingAt()) return null;
    String words = m.group(2);
    String agent = null;
    String[] w = words.split(" ");
    for (int k = Math.min(w.length, 4); k >= 1 && agent == null; k--) {
      agent = agents.agent(String.join(" ", Arrays.copyOf(w, k)));
      // "security minister": an office noun the agents know after a word they do not
      if (agent == null && k >= 2) {
        String head = agents.agent(w[k - 1]);
        if (head != null && national(head)) agent = head;
      }
    }
    if (agent == null || !national(agent)) return null;
    Mention nearest = null;
    for (Mention c : mentions) {
      if (c.type() == ActorType.COUNTRY
          && c.end() <= person.begin()
          && c.begin() >= person.sentenceBegin()
          && (nearest == null || c.end() > nearest.end())) nearest = c;
    }
    String country = nearest != null ? nearest.actorId() : storyCountry;
    return country == null ? null : new Role(country + agent, country, agent, false);
  }

  private static final Pattern BECAME =
      Pattern.compile(
          ",? ?(became|becomes|was sworn in as|is sworn in as|was named|was appointed|took office"
              + " as|was elected) (?:the |its |the country's |[a-z]+'s )?([a-z -]+)");

  private Role before(String text, Mention person, List<Mention> mentions, String storyCountry) {
    int limit = Math.max(person.sentenceBegin(), person.begin() - 120);
    int pos = skipBack(text, person.begin(), limit);
    if (pos > limit && text.charAt(pos - 1) == ',') pos = skipBack(text, pos - 1, limit);
    List<int[]> words = wordsBefore(text, pos, limit, agents.longest() + 2);
    // the longest role noun ending right before the name (or before the titles of address it
    // carries)
    for (int skip = 0; skip <= 2 && skip < words.size(); skip++) {
      // Only titles of address are skipped ("Sheikh", "General"), never a verb or a lower-case
      // word: in "fighters toppled Bashar al-Assad" the fighters are no title of Assad's.
      if (skip > 0) {
        int[] skipped = words.get(words.size() - skip);
        if (!Character.isUpperCase(text.charAt(skipped[0]))) break;
      }
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
        String previous = Words.previousWord(text, start);
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
        // A title only one country uses is that country's ("Treasury Secretary Janet Yellen met
        // Chinese Premier Li Qiang").
        String own = agents.country(phraseOf(text, phrase));
        if (own != null) return new Role(own + agent, own, agent, false);
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
        TextNormalizer.singleSpaces(text.substring(rest, end).strip().toLowerCase(Locale.ROOT));
    String before = text.substring(start, owner.begin()).strip().toLowerCase(Locale.ROOT);
    if (!before.isEmpty() && !DETERMINERS.contains(before)) return null;
    String agent = agents.agent(phrase);
    return agent == null ? null : role(owner, agent, true);
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
        : agents.agent(String.join(" ", Arrays.copyOfRange(w, w.length - n, w.length)));
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
    return agents.agent(TextNormalizer.singleSpaces(name.strip().toLowerCase(Locale.ROOT))) != null;
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
      if (m.country() != null && PlaceRules.inDateline(m.begin(), m.text())) {
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
}
