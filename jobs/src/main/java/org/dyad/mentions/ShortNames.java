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
    return oneTypePerName(out);
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
