package org.dyad.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorType;
import org.dyad.text.TextNormalizer;

/**
 * Short forms of a name that the article wrote in full: a surname, an organisation's short name, a
 * one-word name NER typed two ways.
 */
final class ShortNames {
  private ShortNames() {}

  /**
   * A shorter form of a person's name takes the one full name in the article it ends ("Pompeo" ->
   * "Michael R. Pompeo", "al-Burhan" -> "Abdel Fattah al-Burhan"), whatever type NER gave it
   * ("Al-Burhan's forces" tagged as an organisation is the general), when exactly one person of the
   * article has that last name. Dictionary actors other than persons keep their own.
   */
  static List<Mention> resolve(List<Mention> mentions) {
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
    return acronymsOfTheStory(givenNameAlone(oneSpellingPerPerson(oneTypePerName(out))));
  }

  /**
   * Two dictionary organisations of one code in a story, one written as the acronym of the other
   * ("the International Atomic Energy Agency (IAEA)", which Phoenix lists twice): one actor, the
   * full name's.
   */
  static List<Mention> acronymsOfTheStory(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention full = null;
      if (m.inDictionary() && m.type() == ActorType.ORGANISATION && m.cameoCode() != null) {
        for (Mention o : mentions) {
          if (o.inDictionary()
              && o.type() == ActorType.ORGANISATION
              && !o.actorId().equals(m.actorId())
              && m.cameoCode().equals(o.cameoCode())
              && OrganisationNames.acronymOf(m.text().strip(), o.actorName())) {
            full = o;
            break;
          }
        }
      }
      out.add(full == null ? m : m.withActor(full));
    }
    return out;
  }

  /**
   * The spellings of one person's name in a story are one actor: a short form of the given name and
   * middle initials aside ("Jim Risch", "James E. Risch"; "Bob Menendez", "Robert Menendez"). The
   * dictionary's actor wins; two dictionary actors are two people and stay apart.
   */
  static List<Mention> oneSpellingPerPerson(List<Mention> mentions) {
    Map<String, Mention> chosen = new HashMap<>();
    Map<String, Set<String>> dictionaryIds = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != ActorType.PERSON) continue;
      String key = GivenNames.key(m.actorName());
      if (key == null) continue;
      if (m.inDictionary())
        dictionaryIds.computeIfAbsent(key, k -> new HashSet<>()).add(m.actorId());
      Mention c = chosen.get(key);
      if (c == null || (m.inDictionary() && !c.inDictionary())) chosen.put(key, m);
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String key = m.type() == ActorType.PERSON ? GivenNames.key(m.actorName()) : null;
      Mention c = key == null ? null : chosen.get(key);
      boolean merge =
          c != null
              && !c.actorId().equals(m.actorId())
              && !m.inDictionary()
              && dictionaryIds.getOrDefault(key, Set.of()).size() <= 1;
      out.add(merge ? m.withActor(c) : m);
    }
    return out;
  }

  /**
   * A one-word name that is the given name of exactly one person the story names in full, and no
   * one's surname, is that person ("Mahathir" after "Mahathir Mohamad", "Prabowo" after "Prabowo
   * Subianto": names whose bearer goes by the first), whatever type NER gave it. Names the
   * dictionary knows keep their actor.
   */
  static List<Mention> givenNameAlone(List<Mention> mentions) {
    Map<String, Set<String>> byFirstName = new HashMap<>();
    Set<String> lastNames = new HashSet<>();
    Map<String, Mention> full = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != ActorType.PERSON) continue;
      String[] words = m.actorName().strip().split("\\s+");
      if (words.length < 2) continue;
      byFirstName
          .computeIfAbsent(TextNormalizer.key(words[0]), k -> new HashSet<>())
          .add(m.actorId());
      lastNames.addAll(lastNames(words));
      full.putIfAbsent(m.actorId(), m);
    }
    if (byFirstName.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String word = TextNormalizer.key(m.text().strip());
      boolean candidate =
          !m.inDictionary()
              && (m.type() == ActorType.PERSON
                  || m.type() == ActorType.ORGANISATION
                  || m.type() == ActorType.GROUP)
              && !word.contains(" ")
              && !lastNames.contains(word);
      Set<String> ids = candidate ? byFirstName.getOrDefault(word, Set.of()) : Set.of();
      if (ids.size() == 1 && !ids.contains(m.actorId())) {
        out.add(m.withActor(full.get(ids.iterator().next())));
      } else {
        out.add(m);
      }
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
      out.add(TextNormalizer.key(String.join(" ", Arrays.copyOfRange(words, i, words.length))));
    return out;
  }
}
