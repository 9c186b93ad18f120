package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.tables.ActorTables;
import org.dyad.tables.IngestTables;

/**
 * Scores Dyad's actors on Reuters-21578 against the articles' own labels, article by article:
 * countries against PLACES (mapped to CAMEO codes once, in reuters-places.tsv), people against
 * PEOPLE (matched by surname and given name, reuters-people.tsv).
 */
public final class ReutersActorEval {
  public static final String PLACES = "/org/dyad/eval/reuters-places.tsv";
  public static final String PEOPLE = "/org/dyad/eval/reuters-people.tsv";

  /** Which mentions count as naming a country of the article. */
  public enum CountryRule {
    /** Countries named as such ("Japan", "Japanese", "Tokyo said"). */
    NAMED,
    /** ... and places in them ("in Tokyo"). */
    NAMED_AND_PLACES,
    /** ... and the countries of the persons and organisations named (Baker -> USA). */
    ALL,
    /**
     * Of those, the countries the article is about: named in its first sentence (which holds the
     * dateline) or at least twice. Dyad's rule for "the countries of an article".
     */
    SALIENT
  }

  public record Score(long hits, long predicted, long gold, long articles) {
    public double precision() {
      return predicted == 0 ? 0 : (double) hits / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) hits / gold;
    }
  }

  public record Person(String label, List<List<String>> surnames, String given) {}

  /**
   * @param found labelled people found in their articles, of {@code labelled}
   * @param predictedLabelled persons found in those articles that are labelled, of {@code
   *     predicted}
   */
  public record PeopleScore(
      long found, long labelled, long predictedLabelled, long predicted, long articles) {
    public double recall() {
      return labelled == 0 ? 0 : (double) found / labelled;
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) predictedLabelled / predicted;
    }
  }

  public record Result(
      Map<CountryRule, Score> countries, PeopleScore people, long unmappedPlaces) {}

  public static Result evaluate(SparkSession spark, String reports) throws IOException {
    Map<String, String> places = readPlaces();
    Map<String, Person> people = readPeople();
    Map<String, Set<String>> goldCountries = new HashMap<>();
    Map<String, List<String>> goldPeople = new HashMap<>();
    long unmapped = 0;
    for (Row r :
        spark
            .read()
            .parquet(reports + "/" + IngestTables.ARTICLES.name())
            .selectExpr("article_id", "labels['places']", "labels['people']")
            .collectAsList()) {
      List<String> p = r.isNullAt(1) ? List.of() : r.getList(1);
      Set<String> mapped = new HashSet<>();
      for (String label : p) {
        String code = places.get(label);
        if (code == null) unmapped++;
        else mapped.add(code);
      }
      if (!mapped.isEmpty()) goldCountries.put(r.getString(0), mapped);
      List<String> pe = r.isNullAt(2) ? List.of() : r.getList(2);
      if (!pe.isEmpty()) goldPeople.put(r.getString(0), pe);
    }
    Map<String, Map<CountryRule, Set<String>>> predicted = new HashMap<>();
    Map<String, Set<String>> persons = new HashMap<>();
    Map<String, Map<String, int[]>> salience =
        new HashMap<>(); // article -> country -> {first sentence, mentions}
    for (Row m :
        spark
            .read()
            .parquet(reports + "/" + ActorTables.MENTIONS.name())
            .selectExpr("article_id", "entity_type", "country", "actor_name", "sentence")
            .collectAsList()) {
      String article = m.getString(0);
      String type = m.getString(1);
      String country = m.isNullAt(2) ? null : m.getString(2);
      if (country != null) {
        Map<CountryRule, Set<String>> sets =
            predicted.computeIfAbsent(article, k -> new HashMap<>());
        for (CountryRule rule :
            List.of(CountryRule.NAMED, CountryRule.NAMED_AND_PLACES, CountryRule.ALL)) {
          boolean counts =
              switch (rule) {
                case NAMED -> type.equals("country");
                case NAMED_AND_PLACES -> type.equals("country") || type.equals("location");
                default -> true;
              };
          if (counts) sets.computeIfAbsent(rule, k -> new HashSet<>()).add(country);
        }
        int[] s =
            salience
                .computeIfAbsent(article, k -> new HashMap<>())
                .computeIfAbsent(country, k -> new int[] {Integer.MAX_VALUE, 0});
        s[0] = Math.min(s[0], m.getInt(4));
        s[1]++;
      }
      if (type.equals("person"))
        persons.computeIfAbsent(article, k -> new HashSet<>()).add(m.getString(3));
    }
    salience.forEach(
        (article, byCountry) ->
            byCountry.forEach(
                (country, s) -> {
                  if (s[0] == 0 || s[1] >= 2) {
                    predicted
                        .computeIfAbsent(article, k -> new HashMap<>())
                        .computeIfAbsent(CountryRule.SALIENT, k -> new HashSet<>())
                        .add(country);
                  }
                }));

    Map<CountryRule, Score> countries = new LinkedHashMap<>();
    for (CountryRule rule : CountryRule.values()) {
      long hits = 0, pred = 0, gold = 0;
      for (Map.Entry<String, Set<String>> e : goldCountries.entrySet()) {
        Set<String> g = e.getValue();
        Set<String> p = predicted.getOrDefault(e.getKey(), Map.of()).getOrDefault(rule, Set.of());
        gold += g.size();
        pred += p.size();
        for (String c : p) if (g.contains(c)) hits++;
      }
      countries.put(rule, new Score(hits, pred, gold, goldCountries.size()));
    }

    long hits = 0, gold = 0, pred = 0, predHits = 0;
    for (Map.Entry<String, List<String>> e : goldPeople.entrySet()) {
      Set<String> found = persons.getOrDefault(e.getKey(), Set.of());
      List<Person> expected = new ArrayList<>();
      for (String label : e.getValue()) {
        Person p = people.get(label);
        if (p != null) expected.add(p);
      }
      gold += expected.size();
      for (Person p : expected) if (found.stream().anyMatch(name -> matches(name, p))) hits++;
      pred += found.size();
      for (String name : found) if (expected.stream().anyMatch(p -> matches(name, p))) predHits++;
    }
    return new Result(
        countries, new PeopleScore(hits, gold, predHits, pred, goldPeople.size()), unmapped);
  }

  /**
   * A name ends with one of the surname forms and, when both have one, agrees on the first given
   * name or its initial.
   */
  static boolean matches(String name, Person p) {
    List<String> tokens = tokens(name);
    for (List<String> surname : p.surnames()) {
      if (tokens.size() < surname.size()) continue;
      if (!tokens.subList(tokens.size() - surname.size(), tokens.size()).equals(surname)) continue;
      if (p.given().isEmpty() || tokens.size() == surname.size()) return true;
      String first = tokens.get(0);
      if (first.equals(p.given()) || (first.length() == 1 && p.given().startsWith(first)))
        return true;
    }
    return false;
  }

  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : name.toLowerCase(Locale.ROOT).replace('-', ' ').replace(".", " ").split("\\s+"))
      if (!t.isEmpty()) out.add(t);
    return out;
  }

  static Map<String, String> readPlaces() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String[] f : tsv(PLACES)) out.put(f[0], f[1]);
    return out;
  }

  static Map<String, Person> readPeople() throws IOException {
    Map<String, Person> out = new HashMap<>();
    for (String[] f : tsv(PEOPLE)) {
      List<List<String>> surnames = new ArrayList<>();
      for (String s : f[1].split("\\|")) surnames.add(tokens(s));
      out.put(f[0], new Person(f[0], surnames, f.length > 2 ? f[2].strip() : ""));
    }
    return out;
  }

  private static List<String[]> tsv(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = ReutersActorEval.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
