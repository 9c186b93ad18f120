package org.dyad.mentions;

import static org.dyad.mentions.NameShapes.givenName;
import static org.dyad.mentions.NameShapes.looksLikeName;
import static org.dyad.mentions.NameShapes.nerType;
import static org.dyad.mentions.NameShapes.sameInitial;
import static org.dyad.mentions.NameShapes.stripTitles;
import static org.dyad.mentions.NameShapes.trimName;
import static org.dyad.mentions.NameShapes.withoutArticle;
import static org.dyad.mentions.PlaceRules.anotherPlace;
import static org.dyad.mentions.PlaceRules.besideShipWord;
import static org.dyad.mentions.PlaceRules.insideAngleBrackets;
import static org.dyad.mentions.PlaceRules.namesSecurities;
import static org.dyad.mentions.PlaceRules.notTheCountry;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorType;
import org.dyad.actors.Agents;
import org.dyad.actors.AliasKind;
import org.dyad.mentions.DictionaryLookup.Resolved;
import org.dyad.text.TextNormalizer;
import org.dyad.text.TitleCase;

/**
 * Turns one article's dictionary matches and NER chunks into resolved mentions.
 *
 * <ul>
 *   <li>A dictionary match must look like a name (capitalized; two- and three-letter names such as
 *       "US" in capitals), wins its span, and takes the role the article's date selects.
 *   <li>A capital names its country as metonymy ("Tehran said" -> IRN), but is a location after
 *       "in", "to", "from" ... and in a dateline; other cities, regions and features are locations.
 *   <li>An NER chunk inside or across a dictionary match only confirms it (source "both");
 *       otherwise its titles and possessive are stripped and it is looked up in the dictionary; a
 *       person named by one word takes the full name used earlier in the article ("Pompeo" ->
 *       "Michael R. Pompeo").
 *   <li>A person name beside a ship word ("the Abraham Lincoln carrier", "USS ...") is a ship, not
 *       a person.
 * </ul>
 */
public final class MentionResolver implements Serializable {
  private final ActorDictionary dictionary;

  private final DictionaryLookup lookup;

  private final ContextRoles contextRoles;

  /** With the shipped agents (role nouns) for roles from context. */
  public MentionResolver(ActorDictionary dictionary) {
    this(dictionary, loadAgents());
  }

  public MentionResolver(ActorDictionary dictionary, Agents agents) {
    this.dictionary = dictionary;
    this.lookup = new DictionaryLookup(dictionary);
    this.contextRoles = new ContextRoles(agents);
  }

  private static Agents loadAgents() {
    try {
      return Agents.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Mention> resolve(
      String articleId,
      String text,
      LocalDate date,
      List<Span> sentences,
      List<Span> dictionaryMatches,
      List<Span> nerChunks) {
    List<Mention> mentions = new ArrayList<>();
    ClaimedSpans claimed = new ClaimedSpans();
    List<Span> nerPersons = new ArrayList<>();
    for (Span n : nerChunks) {
      if (nerType(n.label()) != ActorType.PERSON) continue;
      Span stripped = stripTitles(text, n);
      if (stripped != null) nerPersons.add(stripped);
    }
    for (Span match : sorted(dictionaryMatches)) {
      if (claimed.overlaps(match)) continue;
      Span m = withoutArticle(text, match);
      String surface = text.substring(m.begin(), m.end());
      if (!looksLikeName(surface) || insideAngleBrackets(text, m)) continue;
      Resolved r = lookup.lookup(surface, date, null).orElse(null);
      if (r == null) continue;
      ActorType type = r.actor().type;
      // Left unclaimed, so that NER's "Latin America" stays a place of its own.
      if (type == ActorType.COUNTRY && anotherPlace(text, m, surface, r.kind())) continue;
      if (type == ActorType.PERSON && anotherPersonsSurname(text, m, r.actor(), nerPersons, date))
        continue;
      claimed.claim(m);
      if (type == ActorType.IGNORE) continue;
      if (type == ActorType.COUNTRY && notTheCountry(text, m, r.kind())) continue;
      if (type == ActorType.ORGANISATION && namesSecurities(text, m)) continue;
      Placement at = Placement.of(articleId, text, sentences, m, surface);
      mentions.add(dictionaryMention(at, date, text, m, r));
    }

    List<Mention> fromNer = new ArrayList<>();
    for (Span chunk : NameSpans.prepare(text, nerChunks)) {
      ActorType type = nerType(chunk.label());
      if (type == null) continue;
      Span n =
          type == ActorType.PERSON ? PlaceRules.personAfterPlace(text, chunk, mentions) : chunk;
      Mention country =
          type == ActorType.ORGANISATION ? PlaceRules.countryInsideName(text, n, mentions) : null;
      if (country != null) {
        // "Texaco Canada", "Merrill Lynch U.K.", "U.S. Administration": an organisation of that
        // country, not the
        // country (nor the company inside the name: Texaco Canada is Texaco's Canadian company).
        Span name = trimName(text, n);
        Mention org =
            name == null
                ? null
                : nerMention(articleId, text, date, sentences, name, type, n.confidence());
        boolean inside =
            name != null && country.begin() >= name.begin() && country.end() <= name.end();
        if (inside
            && org != null
            && org.cameoCode() == null
            && !org.actorId().equals(country.actorId())) {
          mentions.removeIf(d -> d.begin() < n.end() && n.begin() < d.end());
          String agent = contextRoles.institutionAgent(text.substring(country.end(), name.end()));
          fromNer.add(
              org.withRole(
                  country.actorId() + (agent == null ? "" : agent),
                  country.actorId(),
                  Mention.CONTEXT));
          continue;
        }
      }
      boolean confirmed = false;
      for (int i = 0; i < mentions.size(); i++) {
        Mention d = mentions.get(i);
        if (d.begin() < n.end() && n.begin() < d.end()) {
          mentions.set(i, d.withSource(Mention.BOTH));
          confirmed = true;
        }
      }
      if (confirmed || claimed.overlaps(n)) continue;
      // An organisation keeps the words of its name that are titles elsewhere ("Finance Ministry",
      // "Trade Representative")
      Span name =
          type == ActorType.ORGANISATION || type == ActorType.GROUP
              ? trimName(text, n)
              : stripTitles(text, n);
      if (name == null) continue;
      if (type == ActorType.PERSON && besideShipWord(text, name)) continue;
      if (type == ActorType.ORGANISATION && namesSecurities(text, name)) continue;
      Mention m = nerMention(articleId, text, date, sentences, name, type, n.confidence());
      if (m != null) fromNer.add(m);
    }
    mentions.addAll(fromNer);
    mentions = ShortNames.resolve(mentions);
    mentions = PlaceRules.likeTheDatelineTown(mentions);
    mentions = bodiesOfOrganisations(mentions, date);
    mentions = institutionsOfTheirCountry(mentions);
    mentions.removeIf(m -> NewsSources.citedAsSource(text, m));
    mentions.sort(Comparator.comparingInt(Mention::begin));
    mentions = withoutTitlesOfPersons(text, mentions);
    return ActorLists.mark(
        text, byCountry(withCountries(contextRoles.apply(text, mentions, fallenOn(date))), date));
  }

  /**
   * Persons whom a dated line of Dyad's supplement (or the user's files) names former
   * office-holders ("CCCELI") on the date: an explicit line, not the former role Dyad gives once
   * any office has ended.
   */
  private Predicate<Mention> fallenOn(LocalDate date) {
    return m -> {
      if (date == null || m.type() != ActorType.PERSON || !m.inDictionary()) return false;
      Actor a = dictionary.actor(m.actorId());
      if (a == null) return false;
      return a.roleOn(date)
          // Dyad's supplement (or the user's), which writes such lines only for rulers who fell:
          // the Phoenix dictionaries give ELI to office-holders of the day too (Balladur in 1987)
          .filter(c -> c.byDate() && !c.former() && c.role().dated() && c.role().origin() >= 1)
          .filter(c -> c.role().code().endsWith("ELI"))
          .isPresent();
    };
  }

  /**
   * A one-word NER organisation ("the Commission", "the Council") that the dictionary knows with
   * the name of another organisation of the story before it ("EC Commission", "European Community
   * Commission": the European Commission) is that body, when exactly one such name resolves.
   */
  private List<Mention> bodiesOfOrganisations(List<Mention> mentions, LocalDate date) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention resolved = null;
      if (!m.inDictionary() && m.type() == ActorType.ORGANISATION && !m.actorName().contains(" ")) {
        Set<String> ids = new HashSet<>();
        Resolved how = null;
        for (Mention o : mentions) {
          if (o == m
              || !o.inDictionary()
              || !(o.type() == ActorType.ORGANISATION || o.type() == ActorType.COUNTRY)) continue;
          for (String owner : List.of(TextNormalizer.singleSpaces(o.text()), o.actorName())) {
            Optional<Resolved> r =
                lookup.lookup(owner + " " + m.actorName(), date, ActorType.ORGANISATION);
            if (r.isPresent()
                && r.get().actor().type == ActorType.ORGANISATION
                && !r.get().actor().id.equals(o.actorId())) {
              ids.add(r.get().actor().id);
              how = r.get();
            }
          }
        }
        if (ids.size() == 1) resolved = asDictionaryActor(m, how);
      }
      out.add(resolved != null ? resolved : m);
    }
    return out;
  }

  /**
   * An institution named by its generic name alone ("the Senate", "Congress", "parliament") that
   * the dictionary gives to one country (Phoenix lists "Senate" for the US Congress) belongs to the
   * country written just before it, else to the story's (its dateline's, else the one it names
   * most): "the Senate" of a Cambodian story is Cambodia's ("Senate (Cambodia)", KHMLEG), not the
   * US Congress.
   */
  private List<Mention> institutionsOfTheirCountry(List<Mention> mentions) {
    String storyCountry = ContextRoles.storyCountry(mentions);
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String generic = m.text().strip().replaceFirst("^(?i)the\\s+", "");
      String owner = m.cameoCode() == null ? null : dictionary.countryOf(m.cameoCode());
      String agent =
          m.inDictionary() && m.type() == ActorType.ORGANISATION && owner != null
              ? contextRoles.institutionAgent(generic)
              : null;
      boolean bareInstitution =
          agent != null
              && TextNormalizer.key(generic).split(" ").length <= 2
              && contextRoles.isGeneric(generic);
      String country = bareInstitution ? sentenceCountry(m, mentions, storyCountry) : null;
      if (country == null || country.equals(owner)) {
        out.add(m);
        continue;
      }
      Actor c = dictionary.actor(country);
      String name =
          Character.toUpperCase(generic.charAt(0))
              + generic.substring(1)
              + " ("
              + (c == null ? country : c.name)
              + ")";
      String id =
          ActorType.ORGANISATION.code()
              + ":"
              + TextNormalizer.slug(generic)
              + "-"
              + country.toLowerCase(Locale.ROOT);
      out.add(
          Placement.of(m)
              .unknown(ActorType.ORGANISATION, name, Math.min(0.8, m.confidence()))
              .withIdentity(id, name)
              .withRole(country + agent, country, Mention.CONTEXT));
    }
    return out;
  }

  /**
   * The country written just before an institution ("Cambodia's Senate", "the Cambodian Senate"),
   * else the story's country.
   */
  private static String sentenceCountry(Mention m, List<Mention> mentions, String storyCountry) {
    for (Mention o : mentions) {
      if (o.type() == ActorType.COUNTRY
          && o.sentence() == m.sentence()
          && o.end() <= m.begin()
          && m.begin() - o.end() <= 8) return o.actorId();
    }
    return storyCountry;
  }

  /**
   * An NER mention taken for a dictionary actor found from the story around it (a body of an
   * organisation, a country's institution).
   */
  private Mention asDictionaryActor(Mention m, Resolved how) {
    String code = how.code();
    return Placement.of(m)
        .actor(
            how.actor().type,
            m.source(),
            how.actor().id,
            how.actor().name,
            code,
            dictionary.countryOf(code),
            how.roleByDate(),
            how.roleSource(),
            AliasKind.NAME.code(),
            Math.min(0.85, m.confidence()));
  }

  /**
   * A generic institution name NER found ("Congress", "Central Bank", "Parliament": a role noun of
   * the agents dictionary) names the institution of the country the story gave it: "Congress
   * (United States)", so that the central banks of twenty countries are not one actor.
   */
  private List<Mention> byCountry(List<Mention> mentions, LocalDate date) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!m.inDictionary()
          && m.country() != null
          && m.type() == ActorType.ORGANISATION
          && contextRoles.isGeneric(m.actorName())) {
        Actor c = dictionary.actor(m.country());
        Resolved named = c == null ? null : lookup.countrysInstitution(c, m.actorName(), date);
        if (named != null) {
          out.add(asDictionaryActor(m, named));
          continue;
        }
        String countryName = c == null ? m.country() : c.name;
        out.add(
            m.withIdentity(
                m.actorId() + "-" + m.country().toLowerCase(Locale.ROOT),
                m.actorName() + " (" + countryName + ")"));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A dictionary person matched by a surname alone ("Stoltenberg") inside a longer NER person name
   * whose given name is not this person's ("Gerhard Stoltenberg", the West German finance minister,
   * is not Jens Stoltenberg): the longer name is another person, so the dictionary match is not
   * used. A given name with the same initial ("Joseph Biden", "Michael R. Pompeo") is taken for the
   * same person.
   */
  private boolean anotherPersonsSurname(
      String text, Span match, Actor actor, List<Span> nerPersons, LocalDate date) {
    if (match.end() - match.begin() < 2
        || text.substring(match.begin(), match.end()).strip().contains(" ")) return false;
    for (Span n : nerPersons) {
      if (n.begin() >= match.begin() || n.end() < match.end()) continue;
      String longer = text.substring(n.begin(), n.end());
      Optional<Resolved> same = lookup.lookup(longer, date, ActorType.PERSON);
      if (same.isPresent()) return !same.get().actor().id.equals(actor.id);
      String given = givenName(text.substring(n.begin(), match.begin()));
      if (given != null && !sameInitial(given, actor)) return true;
    }
    return false;
  }

  /** A role read from context names its country when the code has one (PAKGOV -> PAK). */
  private List<Mention> withCountries(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.cameoCode() != null && m.country() == null && m.roleSource() != null) {
        out.add(m.withRole(m.cameoCode(), dictionary.countryOf(m.cameoCode()), m.roleSource()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private Mention dictionaryMention(Placement at, LocalDate date, String text, Span m, Resolved r) {
    Actor a = r.actor();
    String surface = at.text();
    double confidence = r.ambiguous() ? 0.6 : 0.95;
    StatesThatChanged.Before before =
        a.type == ActorType.COUNTRY ? StatesThatChanged.on(a.id, date) : null;
    if (before != null && before.region()) {
      // "Ukraine" in 1987: a place of the Soviet Union
      return at.place(a.name, before.predecessor(), AliasKind.REGION.code(), confidence);
    }
    if (before != null && dictionary.actor(before.predecessor()) != null) {
      // "Moscow" in 1987: the Soviet Union
      r = r.as(dictionary.actor(before.predecessor()), date);
      a = r.actor();
    }
    if (a.type == ActorType.COUNTRY
        && !r.kind().isPlace()
        && PlaceRules.datelinePlace(text, m, surface)) {
      // "BAHRAIN - Iran reported ...": a dateline names where the story was filed, not an actor
      return at.place(
          TitleCase.ifAllCaps(TextNormalizer.singleSpaces(surface)),
          a.id,
          r.kind().code(),
          confidence);
    }
    if (r.kind().isPlace()) {
      if (!PlaceRules.capitalForItsCountry(text, m, surface, r.kind())) {
        return at.place(
            TitleCase.ifAllCaps(TextNormalizer.singleSpaces(surface)),
            a.id,
            r.kind().code(),
            confidence);
      }
      confidence = Math.min(confidence, 0.8);
    }
    String code = r.code();
    String country = a.type == ActorType.COUNTRY ? a.id : dictionary.countryOf(code);
    return at.actor(
        a.type,
        Mention.DICTIONARY,
        a.id,
        a.name,
        code,
        country,
        r.roleByDate(),
        r.roleSource(),
        r.kind().code(),
        confidence);
  }

  private Mention nerMention(
      String articleId,
      String text,
      LocalDate date,
      List<Span> sentences,
      Span name,
      ActorType type,
      double confidence) {
    // "S.A.", "L.P.": a legal form NER took for an organisation's name is none
    if (type == ActorType.ORGANISATION && LegalForms.isOnlyAForm(name.text())) return null;
    Placement at = Placement.of(articleId, text, sentences, name, name.text());
    Optional<Resolved> known = lookup.lookup(name.text(), date, type);
    String withoutForm =
        type == ActorType.ORGANISATION
            ? LegalForms.strip(TextNormalizer.singleSpaces(name.text()))
            : null;
    if (known.isEmpty() && withoutForm != null && !withoutForm.equals(name.text())) {
      // "Texaco Inc" is the dictionary's Texaco; "Canada Ltd" is no country
      known =
          lookup.lookup(withoutForm, date, type).filter(r -> r.actor().type != ActorType.COUNTRY);
    }
    // A phrase the dictionaries mark as no actor (a news agency, a ship, a generic word) is none
    // when NER finds it either.
    if (known.isPresent() && known.get().actor().type == ActorType.IGNORE) return null;
    if (known.isPresent()) {
      Resolved r = known.get();
      Actor a = r.actor();
      String code = r.code();
      String country = a.type == ActorType.COUNTRY ? a.id : dictionary.countryOf(code);
      return at.actor(
          a.type,
          Mention.NER,
          a.id,
          a.name,
          code,
          country,
          r.roleByDate(),
          r.roleSource(),
          r.kind().code(),
          Math.min(0.85, confidence));
    }
    if (type != ActorType.LOCATION && PlaceRules.datelineTown(text, name)) {
      return at.place(
          TitleCase.ifAllCaps(TextNormalizer.singleSpaces(name.text())),
          null,
          null,
          Math.min(0.85, confidence));
    }
    // A name broken over lines in the text is one name with single spaces.
    return at.unknown(
        type,
        withoutForm != null ? withoutForm : TextNormalizer.singleSpaces(name.text()),
        confidence);
  }

  /**
   * An office the dictionary lists as an organisation, written as the title of the person after it
   * ("Secretary of State Michael R. Pompeo"), is the person's title, not an actor of the sentence.
   */
  private List<Mention> withoutTitlesOfPersons(String text, List<Mention> sorted) {
    List<Mention> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Mention m = sorted.get(i);
      Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      boolean title =
          next != null
              && m.type() == ActorType.ORGANISATION
              && next.type() == ActorType.PERSON
              && next.begin() >= m.end()
              && text.substring(m.end(), next.begin()).isBlank()
              && contextRoles.isGeneric(m.text().replaceAll("^(?i)(US|U\\.S\\.)\\s+", ""));
      if (!title) out.add(m);
    }
    return out;
  }

  private static List<Span> sorted(List<Span> spans) {
    List<Span> s = new ArrayList<>(spans);
    s.sort(Comparator.comparingInt(Span::begin).thenComparing(x -> -(x.end() - x.begin())));
    return s;
  }
}
