package org.dyad.eval;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.mentions.GivenNames;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.RelationTables;
import org.dyad.tables.StateTables;
import org.dyad.text.TextNormalizer;

/**
 * What a reader of a run's actor table notices first, counted on any corpus without gold: junk
 * names among the most-mentioned actors ({@link JunkNames}), news organisations left as actors
 * where the words around them cite them as a source, organisations and persons split over
 * spellings, sentences cut at a dateline or a date, articles the annotators failed on and accepted
 * articles without a mention. The rules here are written apart from the pipeline's, so that they
 * check it rather than repeat it.
 */
public final class ActorAudit {
  private ActorAudit() {}

  public record Audit(
      List<String> top,
      List<String> junkInTop,
      Map<String, Long> newsActors,
      List<String> attributionLeft,
      List<String> organisationSplits,
      List<String> personSplits,
      long sentences,
      Map<String, Long> cutSentences,
      long evidenceSentences,
      Map<String, Long> cutEvidence,
      List<String> cutExamples,
      long isolated,
      long articles,
      long articlesWithoutMentions) {}

  /** Words around a name that cite it as the source of the news. */
  private static final Pattern CITED_BEFORE =
      Pattern.compile(
          "(?i)\\b(told|according\\s+to|quoted\\s+by|reported\\s+by|cited\\s+by|seen\\s+by|reviewed\\s+by|obtained\\s+by|interview\\s+with|spoke\\s+to|speaking\\s+to)\\s+(?:the\\s+|an?\\s+)?(?:exclusive\\s+|new\\s+)?$");

  private static final Pattern CITED_AFTER =
      Pattern.compile(
          "(?i)^(?:['\u2019]s)?\\s*(?:\\w+\\s+){0,1}(said|says|reported|reports|quoted|cited|tally|count|analysis|investigation|poll|survey|witness|calculations?|review)\\b");

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";

  private static final Map<String, Pattern> CUTS = new LinkedHashMap<>();

  static {
    CUTS.put("starts with a comma", Pattern.compile("^\\s*,"));
    // "18. ChemLawn said": a day number the splitter took for a list item (a table row's leading
    // number without a period is not counted).
    CUTS.put("starts with a bare day number", Pattern.compile("^\\s*\\d{1,2}\\.\\s+\\p{Lu}"));
    // "... effective March", "... since Oct.": a date cut before its day ("April/Dec." is a range).
    CUTS.put(
        "ends on a bare month name",
        Pattern.compile(
            "(?<![/\\-])\\b(?:"
                + MONTH
                + "|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.)\\s*[\"\u201d]?\\s*$"));
  }

  /** How a sentence is cut ("starts with a comma", ...), or null when it is whole. */
  static String cut(String sentence) {
    for (Map.Entry<String, Pattern> c : CUTS.entrySet())
      if (c.getValue().matcher(sentence).find()) return c.getKey();
    return null;
  }

  public static Audit run(SparkSession spark, String reports, int topN) {
    Dataset<Row> actors = spark.read().parquet(reports + "/" + ActorTables.ACTORS.name());
    Dataset<Row> mentions = spark.read().parquet(reports + "/" + ActorTables.MENTIONS.name());
    Dataset<Row> sentences = spark.read().parquet(reports + "/" + ActorTables.SENTENCES.name());

    // The most-mentioned actors other than places and countries, and the junk among them.
    List<String> top = new ArrayList<>();
    List<String> junk = new ArrayList<>();
    for (Row r :
        actors
            .filter(col(Col.TYPE).isin("person", "organisation", "group"))
            .orderBy(col(Col.MENTION_COUNT).desc(), col(Col.ACTOR_ID))
            .limit(topN)
            .select(Col.ACTOR_ID, Col.NAME, Col.TYPE, Col.MENTION_COUNT)
            .collectAsList()) {
      top.add(r.getString(1) + " (" + r.getLong(3) + ")");
      String why = JunkNames.reason(r.getString(1), r.getString(2));
      if (why != null) junk.add(r.getString(1) + ": " + why);
    }

    // News organisations (CAMEO MED codes) left as actors, and their mentions that the words
    // around cite as a source.
    Map<String, Long> news = new TreeMap<>();
    for (Row r :
        actors
            .filter(col(Col.CAMEO_CODE).rlike("^([A-Z]{3})?MED$"))
            .filter(col(Col.TYPE).isin("organisation", "group"))
            .select(Col.NAME, Col.MENTION_COUNT)
            .collectAsList()) news.put(r.getString(0), r.getLong(1));
    List<String> attribution = new ArrayList<>();
    for (Row r :
        mentions
            .filter(col(Col.CAMEO_CODE).rlike("^([A-Z]{3})?MED$"))
            .filter(col(Col.ENTITY_TYPE).isin("organisation", "group"))
            .join(
                sentences.select(
                    col(Col.ARTICLE_ID),
                    col(Col.SENTENCE),
                    col(Col.BEGIN).as("s_begin"),
                    col(Col.TEXT).as("s_text")),
                new String[] {Col.ARTICLE_ID, Col.SENTENCE})
            .select(
                col(Col.ACTOR_NAME), col(Col.BEGIN), col(Col.END), col("s_begin"), col("s_text"))
            .collectAsList()) {
      String s = r.getString(4);
      int b = r.getInt(1) - r.getInt(3);
      int e = r.getInt(2) - r.getInt(3);
      if (b < 0 || e > s.length() || b > e) continue;
      String before = s.substring(Math.max(0, b - 40), b);
      String after = s.substring(e, Math.min(s.length(), e + 40));
      boolean credit = before.endsWith("(") && after.startsWith(")");
      if (credit || CITED_BEFORE.matcher(before).find() || CITED_AFTER.matcher(after).find())
        attribution.add(r.getString(0) + ": " + TextNormalizer.singleSpaces(s.strip()));
    }

    // Organisations of one name under two spellings: the same letters without dots and spaces,
    // or an acronym beside the name whose initials it is.
    List<Row> orgs =
        actors
            .filter(col(Col.TYPE).isin("organisation", "group"))
            .select(Col.ACTOR_ID, Col.NAME, Col.MENTION_COUNT)
            .collectAsList();
    Map<String, List<String>> byLetters = new HashMap<>();
    Map<String, List<String>> byInitials = new HashMap<>();
    Map<String, Long> count = new HashMap<>();
    for (Row r : orgs) {
      // "Central Bank (Argentina)": an institution of its country, one per country on purpose.
      if (r.getString(1).endsWith(")")) continue;
      String name = r.getString(1);
      count.put(r.getString(0), r.getLong(2));
      byLetters.computeIfAbsent(letters(name), k -> new ArrayList<>()).add(r.getString(0));
      String initials = name.contains(" ") ? initials(name) : null;
      if (initials != null)
        byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(r.getString(0));
    }
    List<String> orgSplits = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byLetters.entrySet()) {
      List<String> ids = new ArrayList<>(e.getValue());
      // An acronym beside the one full name whose initials it is ("IAEA", "International Atomic
      // Energy Agency"); with two such names the acronym is ambiguous and not counted.
      List<String> full = byInitials.getOrDefault(e.getKey(), List.of());
      if (e.getKey().length() >= 3 && e.getKey().length() <= 6 && full.size() == 1)
        ids.addAll(full);
      List<String> distinct = ids.stream().distinct().sorted().toList();
      if (distinct.size() > 1 && distinct.stream().anyMatch(i -> count.get(i) >= 2))
        orgSplits.add(String.join(" = ", distinct));
    }
    orgSplits.sort(null);

    // Persons of one name: a short form of the given name and middle initials aside.
    Map<String, List<String>> persons = new TreeMap<>();
    for (Row r :
        actors
            .filter(col(Col.TYPE).equalTo("person"))
            .select(Col.ACTOR_ID, Col.NAME)
            .collectAsList()) {
      String key = GivenNames.key(r.getString(1));
      if (key != null) persons.computeIfAbsent(key, k -> new ArrayList<>()).add(r.getString(0));
    }
    List<String> personSplits = new ArrayList<>();
    for (List<String> ids : persons.values())
      if (ids.size() > 1) personSplits.add(String.join(" = ", ids.stream().sorted().toList()));

    // Sentences cut at a dateline or a date, among all and among the evidence of the dyads.
    Map<String, Long> cut = new LinkedHashMap<>();
    Map<String, Long> cutEvidence = new LinkedHashMap<>();
    List<String> examples = new ArrayList<>();
    List<String> texts = sentences.select(Col.TEXT).as(Encoders.STRING()).collectAsList();
    List<String> evidence = new ArrayList<>();
    Path rel = new Path(reports, RelationTables.ACTOR_RELATIONSHIPS.name());
    try {
      if (rel.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(rel))
        evidence =
            spark
                .read()
                .parquet(rel.toString())
                .select(explode(col(Col.EVIDENCE)).as("e"))
                .select(col("e." + Col.SENTENCE))
                .distinct()
                .as(Encoders.STRING())
                .collectAsList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<String, Pattern> c : CUTS.entrySet()) {
      long n = 0;
      for (String t : texts)
        if (t != null && c.getValue().matcher(t).find()) {
          n++;
          if (examples.size() < 12)
            examples.add(c.getKey() + ": " + TextNormalizer.singleSpaces(t.strip()));
        }
      cut.put(c.getKey(), n);
      long m = 0;
      for (String t : evidence) if (t != null && c.getValue().matcher(t).find()) m++;
      cutEvidence.put(c.getKey(), m);
    }

    Path failures = new Path(reports, StateTables.MENTION_FAILURES.name());
    long isolated;
    try {
      isolated =
          failures.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(failures)
              ? spark.read().parquet(failures.toString()).count()
              : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Dataset<Row> articles =
        spark.read().parquet(reports + "/" + IngestTables.ARTICLES.name()).select(Col.ARTICLE_ID);
    long articleCount = articles.count();
    long without = articles.except(mentions.select(Col.ARTICLE_ID).distinct()).count();
    return new Audit(
        top,
        junk,
        news,
        attribution,
        orgSplits,
        personSplits,
        texts.size(),
        cut,
        evidence.size(),
        cutEvidence,
        examples,
        isolated,
        articleCount,
        without);
  }

  /** The letters of a name, upper case, without dots, spaces, hyphens and a leading "The". */
  static String letters(String name) {
    return TextNormalizer.key(name.replaceFirst("^(?i)the\\s+", "")).replace(" ", "");
  }

  /** The initials of a name of three or more capitalized words ("of", "and", "the" skipped). */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.strip().split("[\\s-]+")) {
      String l = w.toLowerCase(Locale.ROOT);
      if (l.isEmpty() || l.equals("of") || l.equals("and") || l.equals("the") || l.equals("for"))
        continue;
      if (!Character.isUpperCase(w.charAt(0))) return null;
      b.append(w.charAt(0));
    }
    return b.length() >= 2 ? b.toString() : null;
  }
}
