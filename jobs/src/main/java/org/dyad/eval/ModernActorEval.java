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
 * names it (its full name, another name the gold gives, or for a person the last name); a person or
 * an organisation is split when those mentions belong to more than one actor; a role is right when
 * the actor that most of them belong to carries the gold CAMEO code (an empty gold code is not
 * scored); a "none" row is a name that must not be an actor in its article (a news agency cited as
 * the source, a dateline town, a word taken for a name): it is violated when a mention that is not
 * a location has that text or names an actor of that name. Junk names are judged by {@link
 * JunkNames}.
 */
public final class ModernActorEval {
  private ModernActorEval() {}

  public record Gold(String article, String name, String type, String code, List<String> others) {
    boolean isNone() {
      return type.equals("none");
    }
  }

  public record PersonResult(
      Gold gold, Set<String> actors, String code, boolean found, boolean split, boolean roleRight) {
    /** Whether the gold gives a code to score. */
    public boolean scored() {
      return !gold.code().isEmpty();
    }
  }

  public record Result(
      List<PersonResult> people,
      List<PersonResult> organisations,
      int goldActors,
      int foundActors,
      List<String> missedActors,
      List<String> junk,
      int noneRows,
      List<String> noneViolations) {
    public long found() {
      return people.stream().filter(PersonResult::found).count();
    }

    public long split() {
      return people.stream().filter(PersonResult::split).count();
    }

    public long organisationsSplit() {
      return organisations.stream().filter(PersonResult::split).count();
    }

    public long rolesRight() {
      return people.stream().filter(PersonResult::roleRight).count();
    }

    public long rolesScored() {
      return people.stream().filter(PersonResult::scored).count();
    }

    public double roleAccuracy() {
      return rolesScored() == 0 ? 0 : (double) rolesRight() / rolesScored();
    }

    public long organisationRolesRight() {
      return organisations.stream().filter(PersonResult::roleRight).count();
    }

    public long organisationRolesScored() {
      return organisations.stream().filter(PersonResult::scored).count();
    }
  }

  public static List<Gold> readGold(Path file) throws IOException {
    List<Gold> gold = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      List<String> others = new ArrayList<>();
      if (f.length > 4) for (String o : f[4].split(";")) if (!o.isBlank()) others.add(o.strip());
      gold.add(
          new Gold(
              f[0].strip(),
              f[1].strip(),
              f[2].strip(),
              f.length > 3 ? f[3].strip() : "",
              List.copyOf(others)));
    }
    return gold;
  }

  /** A mention's words as a lookup key, without a possessive. */
  static String key(String surface) {
    String s = surface.replaceAll("(?i)['\u2019]s$", "").replaceAll("['\u2019]$", "");
    return TextNormalizer.key(s);
  }

  /**
   * The keys that name a gold actor: its full name and its other names, and for a person its last
   * name (with particles: "al-Burhan", "von der Leyen").
   */
  static Set<String> names(Gold g) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(g.name()));
    for (String o : g.others()) keys.add(key(o));
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
    List<PersonResult> organisations = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    int found = 0;
    int actorRows = 0;
    int noneRows = 0;
    for (Gold g : gold) {
      Set<String> keys = names(g);
      if (g.isNone()) {
        noneRows++;
        for (Row m : byArticle.getOrDefault(g.article(), List.of())) {
          if (m.getString(4).equals("location")) continue;
          if (keys.contains(key(m.getString(1))) || keys.contains(key(m.getString(3)))) {
            violations.add(g.article() + " " + g.name() + " -> " + m.getString(2));
            break;
          }
        }
        continue;
      }
      actorRows++;
      Map<String, Integer> actors = new LinkedHashMap<>();
      Map<String, String> codes = new HashMap<>();
      for (Row m : byArticle.getOrDefault(g.article(), List.of())) {
        boolean country = g.type().equals("country") && g.code().equals(m.getString(2));
        if (!country && !keys.contains(key(m.getString(1))) && !keys.contains(key(m.getString(3))))
          continue;
        if (!g.type().equals("country") && m.getString(4).equals("location")) continue;
        actors.merge(m.getString(2), 1, Integer::sum);
        if (!m.isNullAt(5)) codes.putIfAbsent(m.getString(2), m.getString(5));
      }
      boolean isFound = !actors.isEmpty();
      if (isFound) found++;
      else missed.add(g.article() + " " + g.name());
      if (g.type().equals("country")) continue;
      String main =
          actors.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      String code = main == null ? null : codes.get(main);
      PersonResult result =
          new PersonResult(
              g,
              actors.keySet(),
              code,
              isFound,
              actors.size() > 1,
              isFound && !g.code().isEmpty() && g.code().equals(code));
      (g.type().equals("person") ? people : organisations).add(result);
    }
    Set<String> articles = new HashSet<>();
    gold.forEach(g -> articles.add(g.article()));
    Map<String, String> junk = new TreeMap<>();
    for (String a : articles) {
      for (Row m : byArticle.getOrDefault(a, List.of())) {
        String why = JunkNames.reason(m.getString(3), m.getString(4));
        if (why != null) junk.put(m.getString(2), a + " " + m.getString(3) + " (" + why + ")");
      }
    }
    return new Result(
        people,
        organisations,
        actorRows,
        found,
        missed,
        List.copyOf(junk.values()),
        noneRows,
        violations);
  }
}
