package org.dyad.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.actors.ActorType;
import org.dyad.text.TextNormalizer;

/**
 * One organisation under the shorter names a story gives it: the last words of its name ("the
 * Community" after "the European Community", "the Commission" after "the European Commission"), its
 * first words ("Central Bank" after "the Central Bank of Barbados", "Dome" after "Dome Petroleum
 * Ltd"), or its initials ("OECD" beside "Organisation for Economic Cooperation and Development").
 */
final class OrganisationNames {
  private OrganisationNames() {}

  /**
   * Lower-case words an acronym skips ("Organisation for Economic Cooperation and Development":
   * OECD).
   */
  private static final Set<String> SKIPPED =
      Set.of("of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "et", "&");

  /**
   * The mention of the one other organisation of the story of which this NER name (not a dictionary
   * actor, not a person or country) is a shorter form, or null when there is none or more than one.
   * A full name NER found is folded into a dictionary acronym the same way ("Organisation for ..."
   * into the dictionary's OECD).
   */
  static Mention longerForm(Mention m, List<Mention> story) {
    if (m.inDictionary() || !(isOrganisation(m) || m.type() == ActorType.LOCATION)) return null;
    String name = m.actorName();
    Mention found = null;
    for (Mention o : story) {
      if (o.actorId().equals(m.actorId()) || !isOrganisation(o)) continue;
      if (!(shorterForm(name, o.actorName())
          || shorterForm(name, o.text())
          || acronymOf(name, o.actorName())
          || acronymOf(name, o.text())
          || (o.inDictionary() && (acronymOf(o.text(), name) || acronymOf(o.actorName(), name))))) {
        continue;
      }
      if (found != null && !found.actorId().equals(o.actorId())) return null;
      if (found == null || (o.inDictionary() && !found.inDictionary())) found = o;
    }
    return found;
  }

  private static boolean isOrganisation(Mention m) {
    return m.type() == ActorType.ORGANISATION || m.type() == ActorType.GROUP;
  }

  /** Whether the short name is the first or last whole words of a longer name. */
  static boolean shorterForm(String shortName, String longName) {
    String s = norm(shortName);
    String l = norm(longName);
    if (s.isEmpty() || l.length() <= s.length()) return false;
    if (l.endsWith(" " + s)) return true;
    // "Kachin" is a people before it is the "Kachin Independence Army": the first word of an armed
    // group's or a movement's name, alone, names those it is named after.
    return l.startsWith(s + " ") && !(s.indexOf(' ') < 0 && ARMED_OR_MOVEMENT.matcher(l).find());
  }

  private static final Pattern ARMED_OR_MOVEMENT =
      Pattern.compile(
          "\\b(army|front|forces|militia|brigades?|movement|liberation|independence|rebels?)\\b");

  /**
   * Whether a name in capitals (2 to 6 letters, dots allowed) is the initials of the capitalized
   * words of a longer name.
   */
  static boolean acronymOf(String acronym, String longName) {
    String a = acronym.replace(".", "").strip();
    if (a.length() < 2 || a.length() > 6 || !a.chars().allMatch(Character::isUpperCase))
      return false;
    StringBuilder initials = new StringBuilder();
    for (String w : longName.strip().split("\\s+")) {
      if (w.isEmpty() || SKIPPED.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (!Character.isUpperCase(w.charAt(0))) return false;
      initials.append(w.charAt(0));
    }
    return initials.length() >= 2 && initials.toString().equals(a);
  }

  private static String norm(String name) {
    return TextNormalizer.singleSpaces(name.strip()).toLowerCase(Locale.ROOT);
  }
}
