package org.dyad.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Names the named-entity tagger looks up as features: phrases in lower case, each with the kinds of
 * name it is ("C" a country, "D" a demonym, "L" a place, "P" a person, "O" an organisation, "G" an
 * armed or political group). Made from Dyad's actor gazetteer (the Phoenix dictionaries and
 * CountryInfo, {@code phoenix-actors.txt.gz}); a model records the phrases it was trained with, so
 * that the same words always give the same features.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest phrase looked up, in words. */
  static final int MAX_WORDS = 6;

  private final Map<String, String> kinds;
  private final Set<String> firstWords;

  Gazetteer(Map<String, String> kinds) {
    this.kinds = Map.copyOf(kinds);
    Set<String> first = new HashSet<>();
    for (String k : kinds.keySet()) first.add(k.split(" ", 2)[0]);
    this.firstWords = Set.copyOf(first);
  }

  public int size() {
    return kinds.size();
  }

  /** The phrases and their kinds, sorted (what a model file records). */
  public TreeMap<String, String> entries() {
    return new TreeMap<>(kinds);
  }

  public static Gazetteer of(Map<String, String> kinds) {
    return new Gazetteer(kinds);
  }

  /** Reads Dyad's actor gazetteer format: name | type | code | dates | aliases | source. */
  public static Gazetteer fromActors(InputStream gzipped) throws IOException {
    Map<String, Set<Character>> kinds = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split(" \\| ", -1);
        if (f.length < 5) continue;
        char kind =
            switch (f[1].strip()) {
              case "country" -> 'C';
              case "person" -> 'P';
              case "organisation" -> 'O';
              case "group" -> 'G';
              case "location" -> 'L';
              default -> 0;
            };
        if (kind == 0) continue;
        add(kinds, f[0], kind);
        for (String alias : f[4].split(";")) {
          String a = alias.strip();
          if (a.isEmpty()) continue;
          char k = kind;
          int at = a.indexOf('@');
          if (at >= 0) {
            String what = a.substring(at + 1);
            a = a.substring(0, at);
            if (what.equals("demonym")) k = kind == 'C' ? 'D' : kind;
            else if (kind == 'C') k = 'L';
          }
          add(kinds, a.replace("*", ""), k);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Set<Character>> e : kinds.entrySet()) {
      StringBuilder b = new StringBuilder();
      e.getValue().stream().sorted().forEach(b::append);
      out.put(e.getKey(), b.toString());
    }
    return new Gazetteer(out);
  }

  private static void add(Map<String, Set<Character>> kinds, String phrase, char kind) {
    String p = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (p.isEmpty() || p.split(" ").length > MAX_WORDS) return;
    kinds.computeIfAbsent(p, x -> new HashSet<>()).add(kind);
  }

  /**
   * Per word of a sentence (lower case), the longest phrase that covers it, as "B-kinds" for its
   * first word and "I-kinds" for the others; null for a word no phrase covers.
   */
  public String[] match(String[] lower) {
    int n = lower.length;
    String[] out = new String[n];
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < n) {
      if (!firstWords.contains(lower[i])) {
        i++;
        continue;
      }
      int best = 0;
      String kind = null;
      b.setLength(0);
      for (int len = 1; len <= MAX_WORDS && i + len <= n; len++) {
        if (len > 1) b.append(' ');
        b.append(lower[i + len - 1]);
        String k = kinds.get(b.toString());
        if (k != null) {
          best = len;
          kind = k;
        }
      }
      if (kind == null) {
        i++;
        continue;
      }
      out[i] = "B-" + kind;
      for (int j = 1; j < best; j++) out[i + j] = "I-" + kind;
      i += best;
    }
    return out;
  }
}
