package org.dyad.eval;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.mentions.NameParticles;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.text.TextNormalizer;

/**
 * Scores the actors of a run on a test set with gold actors per article (the modern test set:
 * jobs/src/test/resources/modern-news): each gold actor is found when a mention in its article
 * names it (its full name, or its last name); a person is split when those mentions belong to more
 * than one actor; a role is right when the person's actor carries the gold CAMEO code; a name is
 * junk when it holds a quotation mark, a comma or a line break.
 */
public final class ModernActorEval {
  private ModernActorEval() {}

  public record Gold(String article, String name, String type, String code) {}

  public record PersonResult(
      Gold gold,
      Set<String> actors,
      String code,
      boolean found,
      boolean split,
      boolean roleRight) {}

  public record Result(
      List<PersonResult> people,
      int goldActors,
      int foundActors,
      List<String> missedActors,
      List<String> junk) {
    public long found() {
      return people.stream().filter(PersonResult::found).count();
    }

    public long split() {
      return people.stream().filter(PersonResult::split).count();
    }

    public long rolesRight() {
      return people.stream().filter(PersonResult::roleRight).count();
    }

    public double roleAccuracy() {
      return people.isEmpty() ? 0 : (double) rolesRight() / people.size();
    }
  }

  public static List<Gold> readGold(Path file) throws IOException {
    List<Gold> gold = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      gold.add(
          new Gold(f[0].strip(), f[1].strip(), f[2].strip(), f.length > 3 ? f[3].strip() : ""));
    }
    return gold;
  }

  /** A mention's words as a lookup key, without a possessive. */
  static String key(String surface) {
    String s = surface.replaceAll("(?i)['\u2019]s$", "").replaceAll("['\u2019]$", "");
    return TextNormalizer.key(s);
  }

  /**
   * The keys that name a gold actor: its full name, and for a person its last name (with particles:
   * "al-Burhan", "von der Leyen").
   */
  static Set<String> names(Gold g) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(g.name()));
    if (g.type().equals("person")) {
      String[] words = g.name().split("\\s+");
      int i = words.length - 1;
      while (i > 0 && NameParticles.isParticle(words[i - 1])) i--;
      keys.add(key(String.join(" ", Arrays.copyOfRange(words, i, words.length))));
    }
    return keys;
  }

  public static Result evaluate(SparkSession spark, String reports, Path goldFile)
      throws IOException {
    List<Gold> gold = readGold(goldFile);
    Map<String, List<Row>> byArticle = new HashMap<>();
    for (Row r :
        spark
            .read()
            .parquet(reports + "/" + ActorTables.MENTIONS.name())
            .select(
                col(Col.ARTICLE_ID),
                col(Col.TEXT),
                col(Col.ACTOR_ID),
                col(Col.ACTOR_NAME),
                col(Col.ENTITY_TYPE),
                col(Col.CAMEO_CODE))
            .collectAsList()) {
      byArticle.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    }
    List<PersonResult> people = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    int found = 0;
    for (Gold g : gold) {
      Set<String> keys = names(g);
      Map<String, Integer> actors = new LinkedHashMap<>();
      Map<String, String> codes = new HashMap<>();
      for (Row m : byArticle.getOrDefault(g.article(), List.of())) {
        boolean country = g.type().equals("country") && g.code().equals(m.getString(2));
        if (!country && !keys.contains(key(m.getString(1))) && !keys.contains(key(m.getString(3))))
          continue;
        if (g.type().equals("person") && m.getString(4).equals("location")) continue;
        actors.merge(m.getString(2), 1, Integer::sum);
        if (!m.isNullAt(5)) codes.putIfAbsent(m.getString(2), m.getString(5));
      }
      boolean isFound = !actors.isEmpty();
      if (isFound) found++;
      else missed.add(g.article() + " " + g.name());
      if (!g.type().equals("person")) continue;
      String main =
          actors.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      String code = main == null ? null : codes.get(main);
      people.add(
          new PersonResult(
              g,
              actors.keySet(),
              code,
              isFound,
              actors.size() > 1,
              isFound && g.code().equals(code)));
    }
    Set<String> articles = new HashSet<>();
    gold.forEach(g -> articles.add(g.article()));
    Map<String, String> junk = new TreeMap<>();
    for (String a : articles) {
      for (Row m : byArticle.getOrDefault(a, List.of())) {
        String name = m.getString(3);
        if (!m.getString(4).equals("location")
            && name.matches("(?s).*([,\"\u201C\u201D\u2018\\n\\r]|\u2019(?!s\\b)(?=\\W|$)).*"))
          junk.put(m.getString(2), a + " " + name);
      }
    }
    return new Result(people, gold.size(), found, missed, List.copyOf(junk.values()));
  }
}
