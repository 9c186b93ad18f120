package org.dyad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dyad's events against a hand-coded gold set (jobs/src/test/resources/events-gold): per story, the
 * sets of (source country, target country, quad class) -- and of the root, and of the directed pair
 * -- of the gold and of the coder are compared, so that a sentence split differently does not count
 * against the coder, and an event told twice in a story counts once. Countries are the first three
 * letters of a CAMEO actor code (USAGOV: USA; IGO for international organisations); an event of one
 * country on itself is domestic and left out on both sides. The baseline codes every pair of
 * countries named in one sentence, both ways, as verbal cooperation (quad 1), the commonest class
 * of event data.
 */
public final class EventGold {
  private EventGold() {}

  /** One hand-coded event. */
  public record Gold(
      String story, int sentence, String source, String target, String code, int quad) {}

  /** One event of Dyad's (or of the baseline): who on whom, and what. */
  public record Coded(String story, String source, String target, String code, int quad) {}

  /** Precision, recall and F1 of a set comparison. */
  public record Prf(int truePositives, int predicted, int expected) {
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return expected == 0 ? 0 : (double) truePositives / expected;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf o) {
      return new Prf(
          truePositives + o.truePositives, predicted + o.predicted, expected + o.expected);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.3f R %.3f F1 %.3f (%d of %d coded, %d of %d gold)",
          precision(),
          recall(),
          f1(),
          truePositives,
          predicted,
          truePositives,
          expected);
    }
  }

  /**
   * The scores over the stories: at (source, target, quad), (source, target, root) and (source,
   * target); direction accuracy (gold events whose pair the coder has, coded the right way round);
   * events coded on pairs the gold does not have.
   */
  public record Score(
      int stories,
      Prf quad,
      Prf root,
      Prf pair,
      int rightPairs,
      int rightDirection,
      int spurious,
      int coded) {
    public double directionAccuracy() {
      return rightPairs == 0 ? 0 : (double) rightDirection / rightPairs;
    }
  }

  /** The country of a CAMEO actor code: its first three letters, or null. */
  static String country(String code) {
    if (code == null || code.length() < 3) return null;
    String c = code.toUpperCase(Locale.ROOT);
    // a company's code names its country after MNC: MNCCHN is Chinese
    if (c.startsWith("MNC") && c.length() >= 6) return c.substring(3, 6);
    return c.substring(0, 3);
  }

  static String root(String code) {
    return code == null || code.length() < 2 ? "" : code.substring(0, 2);
  }

  /** gold.tsv: story, sentence, source, target, code, quad, words, note; '#' lines are comments. */
  public static List<Gold> read(Path tsv) throws IOException {
    List<Gold> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 6)
        throw new IllegalArgumentException(tsv + ":" + n + ": fewer than 6 tab-separated fields");
      String code = f[4].strip();
      int quad = Integer.parseInt(f[5].strip());
      int expectedQuad = quadOf(code);
      if (quad != expectedQuad)
        throw new IllegalArgumentException(
            tsv + ":" + n + ": quad " + quad + " is not the quad class of " + code);
      out.add(
          new Gold(
              f[0].strip(),
              Integer.parseInt(f[1].strip()),
              f[2].strip(),
              f[3].strip(),
              code,
              quad));
    }
    return out;
  }

  /** parts.tsv: story TAB dev|test. */
  public static Map<String, String> parts(Path tsv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      out.put(f[0].strip(), f[1].strip());
    }
    return out;
  }

  /** GDELT's quad class of a CAMEO code's root. */
  static int quadOf(String code) {
    int r = Integer.parseInt(root(code));
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
  }

  private static String key(String story, String source, String target, String what) {
    return story + "|" + source + "|" + target + "|" + what;
  }

  /** The gold's events as coded ones, to be keyed alike. */
  private static List<Coded> asCoded(List<Gold> gold) {
    List<Coded> out = new ArrayList<>(gold.size());
    for (Gold g : gold) out.add(new Coded(g.story(), g.source(), g.target(), g.code(), g.quad()));
    return out;
  }

  /** An event of the stories between two countries as [story, source country, target country]. */
  private static String[] countries(Coded c, Set<String> stories) {
    if (!stories.contains(c.story())) return null;
    String s = country(c.source());
    String t = country(c.target());
    return s == null || t == null || s.equals(t) ? null : new String[] {c.story(), s, t};
  }

  /** The keys of a side's events: by quad, by root, the directed pair, the pair either way. */
  private record Keys(Set<String> quad, Set<String> root, Set<String> pair, Set<String> either) {
    static Keys of(List<Coded> events, Set<String> stories) {
      Keys k = new Keys(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
      for (Coded c : events) {
        String[] x = countries(c, stories);
        if (x == null) continue;
        k.quad.add(key(x[0], x[1], x[2], String.valueOf(c.quad())));
        k.root.add(key(x[0], x[1], x[2], EventGold.root(c.code())));
        k.pair.add(key(x[0], x[1], x[2], ""));
        k.either.add(unordered(x[0], x[1], x[2]));
      }
      return k;
    }
  }

  /** The coder's (or baseline's) events of the given stories against the gold's. */
  public static Score score(List<Gold> gold, List<Coded> coded, Set<String> stories) {
    Keys g = Keys.of(asCoded(gold), stories);
    Keys c = Keys.of(coded, stories);
    int spurious = 0;
    for (String q : c.quad()) {
      String[] f = q.split("\\|", -1);
      if (!g.either().contains(unordered(f[0], f[1], f[2]))) spurious++;
    }
    int rightPairs = 0;
    int rightDirection = 0;
    for (String p : g.pair()) {
      String[] f = p.split("\\|", -1);
      if (!c.either().contains(unordered(f[0], f[1], f[2]))) continue;
      rightPairs++;
      if (c.pair().contains(p)) rightDirection++;
    }
    return new Score(
        stories.size(),
        prf(g.quad(), c.quad()),
        prf(g.root(), c.root()),
        prf(g.pair(), c.pair()),
        rightPairs,
        rightDirection,
        spurious,
        c.quad().size());
  }

  private static String unordered(String story, String a, String b) {
    return a.compareTo(b) < 0 ? story + "|" + a + "|" + b : story + "|" + b + "|" + a;
  }

  private static Prf prf(Set<String> gold, Set<String> coded) {
    int tp = 0;
    for (String c : coded) if (gold.contains(c)) tp++;
    return new Prf(tp, coded.size(), gold.size());
  }

  /**
   * The baseline: every pair of countries named in one sentence (the countries of its mentions,
   * places excepted), both ways, as quad 1.
   *
   * @param sentenceCountries story -> sentence -> the countries its mentions name
   */
  public static List<Coded> baseline(Map<String, Map<Integer, Set<String>>> sentenceCountries) {
    List<Coded> out = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, Set<String>>> story : sentenceCountries.entrySet()) {
      for (Set<String> countries : story.getValue().values()) {
        for (String a : countries)
          for (String b : countries)
            if (!a.equals(b)) out.add(new Coded(story.getKey(), a, b, "01", 1));
      }
    }
    return out;
  }

  /** Per story, the gold and the coded (source>target:quad) sets, for reading the mistakes. */
  public static List<String> listing(List<Gold> gold, List<Coded> coded, Set<String> stories) {
    Map<String, Set<String>> g = byStory(asCoded(gold), stories);
    Map<String, Set<String>> c = byStory(coded, stories);
    List<String> out = new ArrayList<>();
    for (String story : new TreeSet<>(stories)) {
      Set<String> gs = g.getOrDefault(story, Set.of());
      Set<String> cs = c.getOrDefault(story, Set.of());
      List<String> parts = new ArrayList<>();
      for (String x : gs) parts.add((cs.contains(x) ? "ok " : "MISS ") + x);
      for (String x : cs) if (!gs.contains(x)) parts.add("EXTRA " + x);
      out.add(String.format(Locale.ROOT, "%-14s %s", story, String.join("  ", parts)));
    }
    return out;
  }

  private static Map<String, Set<String>> byStory(List<Coded> events, Set<String> stories) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Coded e : events) {
      String[] x = countries(e, stories);
      if (x != null)
        out.computeIfAbsent(x[0], k -> new TreeSet<>()).add(x[1] + ">" + x[2] + ":" + e.quad());
    }
    return out;
  }
}
