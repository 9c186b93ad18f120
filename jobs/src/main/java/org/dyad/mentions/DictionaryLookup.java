package org.dyad.mentions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorType;
import org.dyad.actors.Alias;
import org.dyad.actors.AliasKind;

/** A phrase looked up in the actor dictionary on the article's date: the one actor it names. */
final class DictionaryLookup implements Serializable {
  private final ActorDictionary dictionary;

  DictionaryLookup(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The actor a phrase names, the kind of alias that named it, its role on the date (null when it
   * holds none) and whether another actor of the same priority had the phrase too.
   */
  record Resolved(Actor actor, AliasKind kind, Actor.Chosen role, boolean ambiguous) {

    /** The CAMEO code: the role's, else a country's own id, else null. */
    String code() {
      return role == null
          ? (actor.type == ActorType.COUNTRY ? actor.id : null)
          : role.role().code();
    }

    Boolean roleByDate() {
      return role == null ? null : role.byDate();
    }

    /**
     * Where a dictionary actor's role came from: the file that gave it (a country's own code has
     * none).
     */
    String roleSource() {
      return role == null ? null : role.role().source();
    }

    /** The same match taken for another actor ("Moscow" in 1987: the Soviet Union). */
    Resolved as(Actor other, LocalDate date) {
      return new Resolved(other, kind, other.roleOn(date).orElse(null), ambiguous);
    }
  }

  /**
   * The best candidate of a phrase: highest priority; among those, one holding a role on the date;
   * then the dictionary's order.
   */
  Optional<Resolved> lookup(String phrase, LocalDate date, ActorType wanted) {
    Optional<Resolved> r = lookupAs(phrase, date, wanted);
    if (r.isPresent() || wanted != ActorType.PERSON) return r;
    // Another spelling of a person's name the dictionary knows: a short or full given name, middle
    // initials left out ("Robert Dole" for the dictionary's "Bob Dole", "James E. Risch").
    for (String other : GivenNames.spellings(phrase)) {
      r = lookupAs(other, date, wanted).filter(x -> x.actor().type == ActorType.PERSON);
      if (r.isPresent()) return r;
    }
    return r;
  }

  private Optional<Resolved> lookupAs(String phrase, LocalDate date, ActorType wanted) {
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

  /**
   * The dictionary's organisation named by a country's name and a generic institution name ("United
   * States Congress", "U.S. Congress" for "Congress" in an American story), or null: one actor for
   * the institution, whether a story names its country or not.
   */
  Resolved countrysInstitution(Actor country, String generic, LocalDate date) {
    Set<String> names = new LinkedHashSet<>();
    names.add(country.name);
    for (Alias a : country.aliases) if (a.kind() == AliasKind.NAME) names.add(a.text());
    for (String n : names) {
      Optional<Resolved> r = lookup(n + " " + generic, date, ActorType.ORGANISATION);
      if (r.isPresent() && r.get().actor().type == ActorType.ORGANISATION && !r.get().ambiguous())
        return r.get();
    }
    return null;
  }
}
