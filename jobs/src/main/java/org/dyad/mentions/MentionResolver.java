package org.dyad.mentions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorType;
import org.dyad.actors.Agents;
import org.dyad.actors.Alias;
import org.dyad.actors.AliasKind;
import org.dyad.actors.PhoenixCompiler;
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
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "to",
          "from",
          "into",
          "near",
          "outside",
          "inside",
          "across",
          "through",
          "toward",
          "towards",
          "via",
          "around",
          "within",
          "throughout",
          "visited",
          "visiting",
          "visit",
          "left",
          "reached",
          "arrived",
          "entered");
  private static final Set<String> SHIP_WORDS =
      Set.of(
          "carrier",
          "aircraft",
          "ship",
          "vessel",
          "destroyer",
          "frigate",
          "tanker",
          "submarine",
          "cruiser",
          "warship",
          "strike",
          "task",
          "uss",
          "hms",
          "hmcs",
          "ins",
          "battleship");
  private static final int DATELINE_CHARS = 40;

  /** "U.S. dollar", "Swiss franc": a currency, not the country acting. */
  private static final Set<String> CURRENCY_WORDS =
      Set.of(
          "dollar",
          "dollars",
          "dlr",
          "dlrs",
          "yen",
          "franc",
          "francs",
          "mark",
          "marks",
          "pound",
          "pounds",
          "sterling",
          "crown",
          "crowns",
          "krona",
          "kronor",
          "krone",
          "kroner",
          "lira",
          "lire",
          "peseta",
          "pesetas",
          "guilder",
          "guilders",
          "rand",
          "rupee",
          "rupees",
          "peso",
          "pesos",
          "cruzado",
          "cruzados",
          "riyal",
          "riyals",
          "dinar",
          "dinars",
          "escudo",
          "escudos",
          "schilling",
          "schillings",
          "shilling",
          "shillings",
          "yuan",
          "won",
          "ringgit",
          "baht",
          "rupiah",
          "rial",
          "rials",
          "euro",
          "euros",
          "auction");

  /** "in London Tuesday": a day or month after a place does not continue its name. */
  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Words that may stand capitalized before a place without making it part of a longer name. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "in", "at", "to", "from", "of", "and", "or", "but", "for", "on", "by",
          "with", "as", "while", "after", "before", "when", "where", "both", "near", "said",
          "says");

  private final ActorDictionary dictionary;
  private final ContextRoles contextRoles;

  /** With the shipped agents (role nouns) for roles from context. */
  public MentionResolver(ActorDictionary dictionary) {
    this(dictionary, loadAgents());
  }

  public MentionResolver(ActorDictionary dictionary, Agents agents) {
    this.dictionary = dictionary;
    this.contextRoles = new ContextRoles(agents);
  }

  private static Agents loadAgents() {
    try {
      return Agents.load();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
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
      Optional<Resolved> r = lookup(surface, date, null);
      if (r.isEmpty()) continue;
      // Left unclaimed, so that NER's "Latin America" stays a place of its own.
      if (r.get().actor.type == ActorType.COUNTRY && anotherPlace(text, m, surface, r.get().kind))
        continue;
      if (r.get().actor.type == ActorType.PERSON
          && anotherPersonsSurname(text, m, r.get().actor, nerPersons, date)) continue;
      claimed.claim(m);
      if (r.get().actor.type == ActorType.IGNORE) continue;
      if (r.get().actor.type == ActorType.COUNTRY && notTheCountry(text, m, r.get().kind)) continue;
      if (r.get().actor.type == ActorType.ORGANISATION && namesSecurities(text, m)) continue;
      mentions.add(dictionaryMention(articleId, text, date, sentences, m, surface, r.get()));
    }

    List<Mention> fromNer = new ArrayList<>();
    for (Span chunk : NameSpans.prepare(text, nerChunks)) {
      ActorType type = nerType(chunk.label());
      if (type == null) continue;
      Span n = type == ActorType.PERSON ? personAfterPlace(text, chunk, mentions) : chunk;
      Mention country =
          type == ActorType.ORGANISATION ? countryInsideName(text, n, mentions) : null;
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
    mentions = resolveShortNames(mentions);
    mentions = bodiesOfOrganisations(mentions, date);
    mentions.removeIf(m -> NewsSources.citedAsSource(text, m));
    mentions.sort(Comparator.comparingInt(Mention::begin));
    mentions = withoutTitlesOfPersons(text, mentions);
    return ActorLists.mark(
        text, byCountry(withCountries(contextRoles.apply(text, mentions)), date));
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
        Actor found = null;
        Resolved how = null;
        for (Mention o : mentions) {
          if (o == m
              || !o.inDictionary()
              || !(o.type() == ActorType.ORGANISATION || o.type() == ActorType.COUNTRY)) continue;
          for (String owner : List.of(o.text().replaceAll("\\s+", " "), o.actorName())) {
            Optional<Resolved> r =
                lookup(owner + " " + m.actorName(), date, ActorType.ORGANISATION);
            if (r.isPresent()
                && r.get().actor.type == ActorType.ORGANISATION
                && !r.get().actor.id.equals(o.actorId())) {
              ids.add(r.get().actor.id);
              found = r.get().actor;
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
   * An NER person that starts with a country or place the dictionary found and goes on with a full
   * name ("general manager for Canada Hajimu Watanabe"): the person is the name after the place,
   * which stays a mention of its own.
   */
  private static Span personAfterPlace(String text, Span n, List<Mention> mentions) {
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
   * An NER mention taken for a dictionary actor found from the story around it (a body of an
   * organisation, a country's institution).
   */
  private Mention asDictionaryActor(Mention m, Resolved how) {
    Actor found = how.actor;
    String code = how.role == null ? null : how.role.role().code();
    return new Mention(
        m.articleId(),
        m.sentence(),
        m.sentenceBegin(),
        m.sentenceEnd(),
        m.begin(),
        m.end(),
        m.text(),
        found.type,
        m.source(),
        found.id,
        found.name,
        code,
        dictionary.countryOf(code),
        how.role == null ? null : how.role.byDate(),
        roleSource(how),
        AliasKind.NAME.code(),
        Math.min(0.85, m.confidence()),
        true);
  }

  /**
   * The one dictionary country mention inside an NER organisation's name that goes on with
   * capitalized words of its own ("Texaco Canada", "Merrill Lynch U.K.", "U.S. Administration"), or
   * null; a name with two countries in it ("Iran-Iraq") is none.
   */
  private static Mention countryInsideName(String text, Span n, List<Mention> mentions) {
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
        && !ORGANISATION_NOUNS.matcher(rest).find()) return null;
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

  /** Words of companies' and institutions' names besides those of the dictionary compiler. */
  private static final java.util.regex.Pattern ORGANISATION_NOUNS =
      java.util.regex.Pattern.compile(
          "\\b(Exchange|Embassy|Board|Airlines?|Airways|Industries|Motors|Institute|Treasury|Reserve)\\b");

  /**
   * An organisation's name as NER gave it, demonym and all ("American Motors Corp"), without
   * brackets, tickers or a possessive.
   */
  static Span trimName(String text, Span n) {
    return name(text, n, false);
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
        Resolved named = c == null ? null : countrysInstitution(c, m.actorName(), date);
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
   * The dictionary's organisation named by a country's name and a generic institution name ("United
   * States Congress", "U.S. Congress" for "Congress" in an American story), or null: one actor for
   * the institution, whether a story names its country or not.
   */
  private Resolved countrysInstitution(Actor country, String generic, LocalDate date) {
    Set<String> names = new java.util.LinkedHashSet<>();
    names.add(country.name);
    for (Alias a : country.aliases) if (a.kind() == AliasKind.NAME) names.add(a.text());
    for (String n : names) {
      Optional<Resolved> r = lookup(n + " " + generic, date, ActorType.ORGANISATION);
      if (r.isPresent() && r.get().actor.type == ActorType.ORGANISATION && !r.get().ambiguous)
        return r.get();
    }
    return null;
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
      Optional<Resolved> same = lookup(longer, date, ActorType.PERSON);
      if (same.isPresent()) return !same.get().actor.id.equals(actor.id);
      String given = givenName(text.substring(n.begin(), match.begin()));
      if (given != null && !sameInitial(given, actor)) return true;
    }
    return false;
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
  private static boolean sameInitial(String given, Actor actor) {
    char initial = Character.toLowerCase(given.charAt(0));
    List<String> names = new ArrayList<>();
    names.add(actor.name);
    for (org.dyad.actors.Alias a : actor.aliases) names.add(a.text());
    for (String name : names) {
      String[] words = name.strip().split("[\\s_]+");
      if (words.length > 1
          && !words[0].isEmpty()
          && Character.toLowerCase(words[0].charAt(0)) == initial) return true;
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

  private record Resolved(Actor actor, AliasKind kind, Actor.Chosen role, boolean ambiguous) {}

  /**
   * Where a dictionary actor's role came from: the file that gave it (a country's own code has
   * none).
   */
  private static String roleSource(Resolved r) {
    return r.role == null ? null : r.role.role().source();
  }

  /**
   * The best candidate of a phrase: highest priority; among those, one holding a role on the date;
   * then the dictionary's order.
   */
  private Optional<Resolved> lookup(String phrase, LocalDate date, ActorType wanted) {
    List<ActorDictionary.Candidate> candidates = dictionary.candidates(phrase);
    if (candidates.isEmpty()) return Optional.empty();
    int top = candidates.get(0).priority();
    ActorDictionary.Candidate best = null;
    Actor.Chosen bestRole = null;
    Set<String> tied = new HashSet<>();
    for (ActorDictionary.Candidate c : candidates) {
      Actor a = dictionary.actor(c.actorId());
      if (wanted != null && !compatible(wanted, a.type)) continue;
      if (c.priority() == top) tied.add(c.actorId());
      if (a.type == ActorType.IGNORE) {
        if (best == null) return Optional.of(new Resolved(a, c.kind(), null, false));
        continue;
      }
      Optional<Actor.Chosen> role = a.roleOn(date);
      // One word ("Khalid") names a person only while that person holds a role: not the king who
      // died in 1982.
      // (A former office-holder is not named by one word either: "Carter" in 1987 is not the
      // ex-president.)
      if (a.type == ActorType.PERSON
          && date != null
          && (role.isEmpty() || role.get().former())
          && !phrase.strip().contains(" ")) continue;
      if (best == null || (bestRole == null && role.isPresent() && c.priority() == top)) {
        best = c;
        bestRole = role.orElse(null);
      }
    }
    if (best == null) return Optional.empty();
    return Optional.of(
        new Resolved(dictionary.actor(best.actorId()), best.kind(), bestRole, tied.size() > 1));
  }

  private static boolean compatible(ActorType ner, ActorType actor) {
    // A phrase marked as no actor is none whatever NER took it for.
    if (actor == ActorType.IGNORE) return true;
    return switch (ner) {
      case PERSON -> actor == ActorType.PERSON;
      case ORGANISATION ->
          actor == ActorType.ORGANISATION || actor == ActorType.GROUP || actor == ActorType.COUNTRY;
      case LOCATION -> actor == ActorType.COUNTRY || actor == ActorType.LOCATION;
      default -> true;
    };
  }

  private Mention dictionaryMention(
      String articleId,
      String text,
      LocalDate date,
      List<Span> sentences,
      Span m,
      String surface,
      Resolved r) {
    Actor a = r.actor;
    double confidence = r.ambiguous ? 0.6 : 0.95;
    StatesThatChanged.Before before =
        a.type == ActorType.COUNTRY ? StatesThatChanged.on(a.id, date) : null;
    if (before != null && before.region()) {
      // "Ukraine" in 1987: a place of the Soviet Union
      String name = a.name;
      int sl = sentenceOf(sentences, m.begin());
      return new Mention(
          articleId,
          sl,
          sentenceBegin(sentences, sl),
          sentenceEnd(sentences, sl, text),
          m.begin(),
          m.end(),
          surface,
          ActorType.LOCATION,
          Mention.DICTIONARY,
          ActorType.LOCATION.code() + ":" + slug(name),
          name,
          null,
          before.predecessor(),
          null,
          null,
          AliasKind.REGION.code(),
          confidence,
          true);
    }
    if (before != null && dictionary.actor(before.predecessor()) != null) {
      // "Moscow" in 1987: the Soviet Union
      a = dictionary.actor(before.predecessor());
      r = new Resolved(a, r.kind, a.roleOn(date).orElse(null), r.ambiguous);
    }
    if (a.type == ActorType.COUNTRY && !r.kind.isPlace() && datelinePlace(text, m, surface)) {
      // "BAHRAIN - Iran reported ...": a dateline names where the story was filed, not an actor
      String name = TitleCase.ifAllCaps(surface.replaceAll("\\s+", " "));
      int sl = sentenceOf(sentences, m.begin());
      return new Mention(
          articleId,
          sl,
          sentenceBegin(sentences, sl),
          sentenceEnd(sentences, sl, text),
          m.begin(),
          m.end(),
          surface,
          ActorType.LOCATION,
          Mention.DICTIONARY,
          ActorType.LOCATION.code() + ":" + slug(name),
          name,
          null,
          a.id,
          null,
          null,
          r.kind.code(),
          confidence,
          true);
    }
    if (r.kind.isPlace()) {
      boolean metonymy =
          r.kind == AliasKind.CAPITAL
              && !afterLocative(text, m.begin())
              && !inDateline(text, m, surface)
              && !namesAnEvent(text, m.end())
              && !placeOfSomething(text, m.end());
      if (!metonymy) {
        String name = TitleCase.ifAllCaps(surface.replaceAll("\\s+", " "));
        int sl = sentenceOf(sentences, m.begin());
        return new Mention(
            articleId,
            sl,
            sentenceBegin(sentences, sl),
            sentenceEnd(sentences, sl, text),
            m.begin(),
            m.end(),
            surface,
            ActorType.LOCATION,
            Mention.DICTIONARY,
            ActorType.LOCATION.code() + ":" + slug(name),
            name,
            null,
            a.id,
            null,
            null,
            r.kind.code(),
            confidence,
            true);
      }
      confidence = Math.min(confidence, 0.8);
    }
    String code =
        r.role == null ? (a.type == ActorType.COUNTRY ? a.id : null) : r.role.role().code();
    String country = a.type == ActorType.COUNTRY ? a.id : dictionary.countryOf(code);
    int sentence = sentenceOf(sentences, m.begin());
    return new Mention(
        articleId,
        sentence,
        sentenceBegin(sentences, sentence),
        sentenceEnd(sentences, sentence, text),
        m.begin(),
        m.end(),
        surface,
        a.type,
        Mention.DICTIONARY,
        a.id,
        a.name,
        code,
        country,
        r.role == null ? null : r.role.byDate(),
        roleSource(r),
        r.kind.code(),
        confidence,
        true);
  }

  private Mention nerMention(
      String articleId,
      String text,
      LocalDate date,
      List<Span> sentences,
      Span name,
      ActorType type,
      double confidence) {
    int sentence = sentenceOf(sentences, name.begin());
    int sb = sentenceBegin(sentences, sentence);
    int se = sentenceEnd(sentences, sentence, text);
    Optional<Resolved> known = lookup(name.text(), date, type);
    String withoutForm =
        type == ActorType.ORGANISATION
            ? LegalForms.strip(name.text().replaceAll("\\s+", " "))
            : null;
    if (known.isEmpty() && withoutForm != null && !withoutForm.equals(name.text())) {
      // "Texaco Inc" is the dictionary's Texaco; "Canada Ltd" is no country
      known = lookup(withoutForm, date, type).filter(r -> r.actor.type != ActorType.COUNTRY);
    }
    // A phrase the dictionaries mark as no actor (a news agency, a ship, a generic word) is none
    // when NER finds it either.
    if (known.isPresent() && known.get().actor.type == ActorType.IGNORE) return null;
    if (known.isPresent()) {
      Resolved r = known.get();
      Actor a = r.actor;
      String code =
          r.role == null ? (a.type == ActorType.COUNTRY ? a.id : null) : r.role.role().code();
      String country = a.type == ActorType.COUNTRY ? a.id : dictionary.countryOf(code);
      return new Mention(
          articleId,
          sentence,
          sb,
          se,
          name.begin(),
          name.end(),
          name.text(),
          a.type,
          Mention.NER,
          a.id,
          a.name,
          code,
          country,
          r.role == null ? null : r.role.byDate(),
          roleSource(r),
          r.kind.code(),
          Math.min(0.85, confidence),
          true);
    }
    // A name broken over lines in the text is one name with single spaces.
    String canonical = withoutForm != null ? withoutForm : name.text().replaceAll("\\s+", " ");
    return new Mention(
        articleId,
        sentence,
        sb,
        se,
        name.begin(),
        name.end(),
        name.text(),
        type,
        Mention.NER,
        type.code() + ":" + slug(canonical),
        canonical,
        null,
        null,
        null,
        null,
        null,
        confidence,
        false);
  }

  /**
   * A shorter form of a person's name takes the one full name in the article it ends ("Pompeo" ->
   * "Michael R. Pompeo", "al-Burhan" -> "Abdel Fattah al-Burhan"), whatever type NER gave it
   * ("Al-Burhan's forces" tagged as an organisation is the general), when exactly one person of the
   * article has that last name. Dictionary actors other than persons keep their own.
   */
  private static List<Mention> resolveShortNames(List<Mention> mentions) {
    Map<String, Set<String>> byLastName = new HashMap<>();
    Map<String, Mention> full = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != ActorType.PERSON) continue;
      String[] words = m.actorName().split("\\s+");
      if (words.length < 2) continue;
      for (String last : lastNames(words))
        byLastName.computeIfAbsent(last, k -> new HashSet<>()).add(m.actorId());
      full.putIfAbsent(m.actorId(), m);
    }
    // The people the story names in full (as written), by surname.
    Map<String, Set<String>> writtenByLastName = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != ActorType.PERSON) continue;
      String[] words = m.text().strip().split("\\s+");
      if (words.length < 2) continue;
      for (String last : lastNames(words))
        writtenByLastName.computeIfAbsent(last, k -> new HashSet<>()).add(m.actorId());
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention longer = OrganisationNames.longerForm(m, mentions);
      if (longer != null) {
        // "the Community" after "the European Community", "Central Bank" after "Central Bank of
        // Barbados", "OECD"
        // beside "Organisation for Economic Cooperation and Development": one organisation.
        out.add(m.withActor(longer));
        continue;
      }
      boolean shortForm =
          m.type() == ActorType.PERSON ? !m.actorName().contains(" ") : !m.inDictionary();
      if (shortForm && !m.inDictionary()) {
        Set<String> ids = byLastName.getOrDefault(TextNormalizer.key(m.actorName()), Set.of());
        if (ids.size() == 1 && !ids.contains(m.actorId())) {
          out.add(m.withActor(full.get(ids.iterator().next())));
          continue;
        }
      }
      if (m.inDictionary()
          && m.type() == ActorType.PERSON
          && !m.text().strip().contains(" ")
          && holdsNoOffice(m)) {
        // "Stoltenberg declined to comment" in a story that named Gerhard Stoltenberg, not the
        // dictionary's
        // Jens Stoltenberg (who held no office then): the surname is the person the story named in
        // full.
        Set<String> ids = writtenByLastName.getOrDefault(TextNormalizer.key(m.text()), Set.of());
        if (ids.size() == 1 && !ids.contains(m.actorId())) {
          out.add(m.withActor(full.get(ids.iterator().next())));
          continue;
        }
      }
      out.add(m);
    }
    return oneTypePerName(out);
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

  /**
   * A one-word name NER typed as a person somewhere in the story is that person wherever NER typed
   * it otherwise in the story ("Watanabe said", typed an organisation in four sentences and a
   * person in three).
   */
  private static List<Mention> oneTypePerName(List<Mention> mentions) {
    Map<String, Mention> persons = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == ActorType.PERSON && !m.text().strip().contains(" "))
        persons.putIfAbsent(TextNormalizer.key(m.text()), m);
    }
    if (persons.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention p =
          m.inDictionary() || m.type() == ActorType.PERSON || m.text().strip().contains(" ")
              ? null
              : persons.get(TextNormalizer.key(m.text()));
      out.add(p == null ? m : m.withActor(p));
    }
    return out;
  }

  /**
   * A dictionary person with no role on the story's date, or only a former or elite one (CAMEO
   * ELI).
   */
  private static boolean holdsNoOffice(Mention m) {
    return m.cameoCode() == null || m.cameoCode().endsWith("ELI");
  }

  /**
   * The keys a person's last name is written with: its last word, and with the particles before it
   * ("al-Burhan", "von der Leyen").
   */
  static List<String> lastNames(String[] words) {
    List<String> out = new ArrayList<>();
    int i = words.length - 1;
    out.add(TextNormalizer.key(words[i]));
    String last = words[i];
    int hyphen = last.indexOf('-');
    if (hyphen > 0 && NameParticles.isParticle(last.substring(0, hyphen)))
      out.add(TextNormalizer.key(last.substring(hyphen + 1)));
    while (i > 0 && NameParticles.isParticle(words[i - 1])) i--;
    if (i < words.length - 1)
      out.add(
          TextNormalizer.key(
              String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))));
    return out;
  }

  /**
   * "the Pentagon" -> "Pentagon": a lower-case article is not part of a name (the dictionary lists
   * "the X" forms too).
   */
  private static Span withoutArticle(String text, Span m) {
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
   * Words that make "America" a continent or a region of one ("Latin America", "South American",
   * "Pan-American").
   */
  private static final Set<String> CONTINENT_WORDS =
      Set.of(
          "latin", "south", "central", "north", "middle", "meso", "pan", "inter", "anglo", "afro",
          "ibero");

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
   * Events and agreements named after the city where they happened: "the Paris accord", "the Louvre
   * agreement".
   */
  private static final Set<String> EVENT_WORDS =
      Set.of(
          "accord",
          "accords",
          "agreement",
          "agreements",
          "pact",
          "club",
          "summit",
          "talks",
          "meeting",
          "conference",
          "declaration",
          "treaty",
          "round",
          "communique",
          "protocol",
          "process",
          "consensus",
          "group",
          "exchange",
          "bourse",
          "market",
          "stock");

  /**
   * Nouns a capital describes as a place: where someone works or trades ("London office", "Tokyo
   * dealers", "London-based").
   */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "office",
          "offices",
          "branch",
          "branches",
          "headquarters",
          "executive",
          "executives",
          "dealer",
          "dealers",
          "trader",
          "traders",
          "trading",
          "broker",
          "brokers",
          "banker",
          "bankers",
          "analyst",
          "analysts",
          "markets",
          "operation",
          "operations",
          "subsidiary",
          "unit",
          "arm",
          "mergers",
          "bureau",
          "correspondent",
          "newspaper",
          "newspapers",
          "based",
          "area",
          "airport",
          "port",
          "residents",
          "police",
          "court",
          "prices",
          "shares",
          "stocks",
          "gold",
          "metal",
          "metals",
          "time");

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
   * What a treasury issues: "U.S. Treasury bonds", "Treasury bill rates", "the Treasury market".
   */
  private static final Set<String> SECURITIES_WORDS =
      Set.of(
          "bill",
          "bills",
          "bond",
          "bonds",
          "note",
          "notes",
          "securities",
          "security",
          "issue",
          "issues",
          "market",
          "markets",
          "yield",
          "yields",
          "paper",
          "debt",
          "auction",
          "auctions",
          "refunding",
          "prices",
          "futures",
          "stock",
          "stocks",
          "loan",
          "coupon",
          "coupons",
          "rates",
          "rate",
          "obligations",
          "certificates",
          "strips");

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
   * A country's name in capitals at a story's start, followed by the dateline's comma or dash
   * ("BAHRAIN -", "KUWAIT, April 7 -").
   */
  /**
   * A dateline's place with its country: "OSAKA, Japan, April 27 -", "Halifax, Newfoundland, June
   * 15 -".
   */
  private static final java.util.regex.Pattern DATELINE_WITH_COUNTRY =
      java.util.regex.Pattern.compile("^\\s*[A-Z][A-Za-z.' -]{1,30}, $");

  private static final java.util.regex.Pattern DATE_AFTER =
      java.util.regex.Pattern.compile(
          "^,\\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z.]*\\s+\\d{1,2}\\s*[-\u2013]");

  static boolean datelinePlace(String text, Span m, String surface) {
    if (m.begin() < DATELINE_CHARS
        && DATELINE_WITH_COUNTRY.matcher(text.substring(0, m.begin())).matches()
        && DATE_AFTER
            .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)))
            .find()) {
      return true;
    }
    if (!inDateline(text, m, surface)) return false;
    for (int i = 0; i < m.begin(); i++) if (Character.isLetter(text.charAt(i))) return false;
    int p = m.end();
    while (p < text.length() && text.charAt(p) == ' ') p++;
    return p < text.length()
        && (text.charAt(p) == ',' || text.charAt(p) == '-' || text.charAt(p) == '\u2013');
  }

  private static boolean inDateline(String text, Span m, String surface) {
    return m.begin() < DATELINE_CHARS
        && surface.equals(surface.toUpperCase(Locale.ROOT))
        && surface.length() > 3;
  }

  private static boolean besideShipWord(String text, Span name) {
    String before = previousWord(text, name.begin());
    String after = nextWord(text, name.end());
    return (before != null && SHIP_WORDS.contains(before.toLowerCase(Locale.ROOT)))
        || (after != null && SHIP_WORDS.contains(after.toLowerCase(Locale.ROOT)));
  }

  static String previousWord(String text, int begin) {
    int end = begin;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
    return start < end ? text.substring(start, end) : null;
  }

  static String nextWord(String text, int end) {
    int start = end;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
    int stop = start;
    while (stop < text.length() && Character.isLetter(text.charAt(stop))) stop++;
    return start < stop ? text.substring(start, stop) : null;
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
    String name = text.substring(begin, end).strip();
    if (name.isEmpty() || (withoutTitles && Titles.isTitle(name)) || !looksLikeName(name))
      return null;
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

  private static int sentenceBegin(List<Span> sentences, int index) {
    return sentences.isEmpty() ? 0 : sentences.get(index).begin();
  }

  private static int sentenceEnd(List<Span> sentences, int index, String text) {
    return sentences.isEmpty()
        ? text.length()
        : Math.min(text.length(), sentences.get(index).end());
  }

  private static int sentenceOf(List<Span> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) if (sentences.get(i).covers(offset)) return i;
    return Math.max(0, sentences.size() - 1);
  }

  private static List<Span> sorted(List<Span> spans) {
    List<Span> s = new ArrayList<>(spans);
    s.sort(Comparator.comparingInt(Span::begin).thenComparing(x -> -(x.end() - x.begin())));
    return s;
  }

  static String slug(String name) {
    return TextNormalizer.slug(name);
  }
}
