package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.TextNormalizer;

/**
 * Role nouns and the CAMEO agent they give a person: "prime minister" GOV, "defence minister"
 * GOVMIL, "army chief" MIL, "opposition leader" OPP, "former president" ELI. Compiled from the
 * Phoenix agents dictionary ({@link #compile}, by `dyad compile-actors`, into {@value #RESOURCE})
 * with Dyad's own additions for titles today's news uses ({@value #SUPPLEMENT}); phrases are
 * lower-case words with single spaces.
 */
public final class Agents implements Serializable {
  public static final String RESOURCE = "/org/dyad/actors/phoenix-agents.txt";
  public static final String SUPPLEMENT = "/org/dyad/actors/agents-supplement.txt";

  private final Map<String, String> byPhrase;
  private final Map<String, String> countryOf;
  private final int longest;

  private Agents(Map<String, String> byPhrase, Map<String, String> countryOf) {
    this.byPhrase = byPhrase;
    this.countryOf = countryOf;
    int max = 1;
    for (String p : byPhrase.keySet()) max = Math.max(max, p.split(" ").length);
    this.longest = max;
  }

  /** Phoenix's agents, then Dyad's additions (which win a phrase). */
  public static Agents load() throws IOException {
    Map<String, String> m = new HashMap<>();
    Map<String, String> countries = new HashMap<>();
    for (String resource : List.of(RESOURCE, SUPPLEMENT)) {
      try (InputStream in = Agents.class.getResourceAsStream(resource)) {
        if (in == null)
          throw new IllegalStateException(
              "Missing resource " + resource + ": rebuild with `dyad compile-actors`");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) continue;
          String[] f = line.split("\t");
          if (f.length >= 2) m.put(f[0].strip(), f[1].strip());
          if (f.length >= 3 && !f[2].isBlank()) countries.put(f[0].strip(), f[2].strip());
        }
      }
    }
    return new Agents(m, countries);
  }

  public static Agents of(Map<String, String> phrases) {
    return new Agents(new HashMap<>(phrases), new HashMap<>());
  }

  public static Agents of(Map<String, String> phrases, Map<String, String> countries) {
    return new Agents(new HashMap<>(phrases), new HashMap<>(countries));
  }

  /**
   * The country whose title a phrase is when the text names no other ("treasury secretary": USA),
   * from the third column of Dyad's additions, or null for a title many countries use.
   */
  public String country(String phrase) {
    return countryOf.get(phrase);
  }

  /** The agent of a phrase (lower case, single spaces), or null. */
  public String agent(String phrase) {
    return byPhrase.get(phrase);
  }

  /** The most words an agent phrase has. */
  public int longest() {
    return longest;
  }

  private static final Pattern ENTRY =
      Pattern.compile("^([^#\\[]+?)\\s*(?:\\{[^}]*\\})?\\s*\\[~([A-Z]+)\\]");
  private static final Pattern SET = Pattern.compile("^!([A-Z]+)!\\s*=\\s*(.+)$");

  /**
   * Phoenix.agents.txt -> "phrase TAB agent" lines, sorted: substitution sets (!PERSON!, !MINIST!)
   * expanded, "_" read as a space, a final "_" dropped, regular plurals added; returns the phrase
   * count.
   */
  public static int compile(Path agentsFile, Writer out) throws IOException {
    Map<String, List<String>> sets = new HashMap<>();
    Map<String, String> phrases = new TreeMap<>();
    for (String raw : Files.readAllLines(agentsFile, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      Matcher s = SET.matcher(line);
      if (s.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : s.group(2).split(",")) values.add(v.strip());
        sets.put(s.group(1), values);
        continue;
      }
      Matcher e = ENTRY.matcher(line);
      if (!e.find()) continue;
      String agent = e.group(2);
      for (String form : expand(e.group(1).strip(), sets)) {
        String phrase =
            TextNormalizer.singleSpaces(form.replace('_', ' ').toLowerCase(Locale.ROOT)).strip();
        if (phrase.isEmpty()) continue;
        phrases.putIfAbsent(phrase, agent);
        phrases.putIfAbsent(plural(phrase), agent);
      }
    }
    out.write(
        "# Compiled by `dyad compile-actors` from Phoenix.agents.txt (Open Event Data Alliance, MIT"
            + " licence): role phrase TAB CAMEO agent\n");
    for (Map.Entry<String, String> p : phrases.entrySet())
      out.write(p.getKey() + "\t" + p.getValue() + "\n");
    return phrases.size();
  }

  /**
   * The regular English plural of a phrase's last word: ministers, secretaries, ministries,
   * churches.
   */
  static String plural(String phrase) {
    if (phrase.endsWith("s")) return phrase;
    if (phrase.matches(".*[^aeiou]y")) return phrase.substring(0, phrase.length() - 1) + "ies";
    if (phrase.matches(".*(x|ch|sh)")) return phrase + "es";
    return phrase + "s";
  }

  private static List<String> expand(String phrase, Map<String, List<String>> sets) {
    // A final stem that names a set ("DEFENCE_MINIST") stands for the set's words, as in PETRARCH.
    for (Map.Entry<String, List<String>> set : sets.entrySet()) {
      if (phrase.endsWith("_" + set.getKey()) || phrase.equals(set.getKey())) {
        List<String> out = new ArrayList<>();
        String head = phrase.substring(0, phrase.length() - set.getKey().length());
        for (String v : set.getValue()) out.add(head + v);
        return out;
      }
    }
    Matcher m = Pattern.compile("!([A-Z]+)!").matcher(phrase);
    if (!m.find() || !sets.containsKey(m.group(1))) return List.of(phrase.replace("!", ""));
    List<String> out = new ArrayList<>();
    for (String v : sets.get(m.group(1)))
      out.addAll(expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), sets));
    return out;
  }
}
