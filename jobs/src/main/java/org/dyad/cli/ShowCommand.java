package org.dyad.cli;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.dyad.config.ConfigException;
import org.dyad.relations.Occurrences;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.RelationTables;
import org.dyad.tables.TopicTables;
import org.dyad.trends.Trend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the reports of a run in the terminal: dyads, actors or topics, as an aligned table (fitted to the terminal), CSV or JSON.",
      "  dyad show dyads --period 1987-W16 --trend rising      the rising dyads of a week, with evidence",
      "  dyad show dyads --pair Japan,\"United States\"          one pair's history",
      "  dyad show dyads --actor Iran                          Iran's partners, period by period",
      "  dyad show actors [--period P] [--actor A]             the actors most in the news (or one actor's activity)",
      "  dyad show actors --article reuters-123                one article's actors, with the names it uses",
      "  dyad show topics [--period P] [--actor A]             topics, a period's movers, or an actor's topics",
      "  dyad show topics --trend rising                       the rising topics of every period",
      "Actors are given by id (IRN, person:mike-pompeo) or name (any case); an unknown one is reported with the closest names."
    })
final class ShowCommand implements Callable<Integer> {
  enum What {
    dyads, actors, topics
  }

  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Parameters(index = "0", paramLabel = "WHAT", description = "${COMPLETION-CANDIDATES}")
  What what;

  @Option(names = "--period", paramLabel = "P", description = "Only this period (e.g. 1987-W16, 2019-05, undated).")
  String period;

  @Option(names = "--actor", paramLabel = "A", description = "Only rows of this actor (id or name).")
  String actor;

  @Option(names = "--pair", paramLabel = "A,B", description = "dyads: one pair's history (ids or names, comma-separated).")
  String pair;

  @Option(names = "--trend", paramLabel = "T", description = "dyads, actors: only this trend (${COMPLETION-CANDIDATES}); ordered by z-score.")
  Trend trend;

  @Option(names = "--level", paramLabel = "L", defaultValue = "actor", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Occurrences.Level level;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Rows per period (dyads, a period's actors and topics) or in all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TextTable.Format format;

  @Option(names = "--article", paramLabel = "ID", description = "actors: the actors of one article, with the names it calls them by.")
  String article;

  @Option(names = "--keep-affiliations", description = "dyads: keep the pairs of an actor and its own country or organisation.")
  boolean keepAffiliations;

  @Override
  public Integer call() {
    if (limit < 1) throw new ConfigException("--limit: " + limit + " is not a positive number of rows");
    String[] ab = pair == null ? null : pair.split(",");
    if (ab != null && (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank())) {
      throw new ConfigException("--pair: '" + pair + "' is not two actors separated by a comma, e.g. USA,IRN");
    }
    if (pair != null && what != What.dyads) throw new ConfigException("--pair: only `dyad show dyads` takes a pair");
    if (article != null && what != What.actors) throw new ConfigException("--article: only `dyad show actors` takes an article");
    boolean country = level == Occurrences.Level.COUNTRY;
    List<String> tables = new ArrayList<>(List.of(ActorTables.ACTORS.name()));
    switch (what) {
      case dyads -> tables.add((country ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS).name());
      case actors -> tables.add(article != null ? ActorTables.MENTIONS.name() : (country ? RelationTables.COUNTRY_ACTIVITY : RelationTables.ACTOR_ACTIVITY).name());
      case topics -> tables.addAll(List.of(TopicTables.TOPICS.name(), TopicTables.TOPIC_TRENDS.name(), TopicTables.TOPIC_MOVERS.name(), TopicTables.ACTOR_TOPICS.name()));
    }
    reports.require(tables.toArray(String[]::new));
    SparkSession spark = sparkOptions.start("show", 0);
    try {
      Dataset<Row> actors = spark.read().parquet(reports.table(ActorTables.ACTORS.name()));
      String actorId = actor == null ? null : resolve(actors, actor);
      String[] pairIds = ab == null ? null : new String[] {resolve(actors, ab[0]), resolve(actors, ab[1])};
      Result r =
          switch (what) {
            case dyads -> dyads(spark, country, actorId, pairIds);
            case actors -> actors(spark, actors, country, actorId);
            case topics -> topics(spark, actorId);
          };
      System.out.print(TextTable.render(r.headers, r.rows, format, terminalWidth(), r.numeric));
      return 0;
    } finally {
      spark.stop();
    }
  }

  record Result(List<String> headers, List<List<String>> rows, Set<String> numeric) {}

  static int terminalWidth() {
    try {
      int w = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip());
      return Math.max(60, w);
    } catch (NumberFormatException e) {
      return 120;
    }
  }

  /** An actor's id from its id or name; an unknown one is an error naming the closest actors. */
  static String resolve(Dataset<Row> actors, String given) {
    String q = given.strip();
    List<Row> hit = actors.where(col(Col.ACTOR_ID).equalTo(q).or(lower(col(Col.NAME)).equalTo(q.toLowerCase(Locale.ROOT))))
        .orderBy(col(Col.ARTICLE_COUNT).desc()).select(Col.ACTOR_ID).limit(1).collectAsList();
    if (!hit.isEmpty()) return hit.get(0).getString(0);
    List<String> names = actors.orderBy(col(Col.ARTICLE_COUNT).desc()).select(Col.NAME).limit(20000).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    throw new ConfigException("--actor/--pair: no actor '" + q + "' in these reports; the closest: " + String.join(", ", closest(q, names, 5)));
  }

  /** The names nearest to a query: those containing it first, then by edit distance. */
  static List<String> closest(String query, List<String> names, int n) {
    String q = query.toLowerCase(Locale.ROOT);
    return names.stream().filter(x -> x != null).distinct()
        .sorted(Comparator.comparingInt((String x) -> x.toLowerCase(Locale.ROOT).contains(q) ? 0 : 1)
            .thenComparingInt(x -> distance(q, x.toLowerCase(Locale.ROOT))))
        .limit(n).toList();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private void checkPeriod(Dataset<Row> d) {
    if (period == null) return;
    if (d.where(col(Col.PERIOD).equalTo(period)).isEmpty()) {
      List<String> ps = d.select(Col.PERIOD).distinct().orderBy(Col.PERIOD).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
      throw new ConfigException("--period: no period '" + period + "' in these reports; its periods: " + String.join(", ", ps));
    }
  }

  private static String s(Row r, String c) {
    Object v = r.getAs(c);
    if (v == null) return "";
    if (v instanceof Double d) return d.isNaN() ? "" : String.format(Locale.ROOT, Math.abs(d) < 1 ? "%.3f" : "%.2f", d);
    return String.valueOf(v);
  }

  private Result dyads(SparkSession spark, boolean country, String actorId, String[] pairIds) {
    Dataset<Row> d = spark.read().parquet(reports.table((country ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS).name()));
    checkPeriod(d);
    if (!keepAffiliations && pairIds == null) d = d.where(not(coalesce(col(Col.AFFILIATION), lit(false))));
    if (period != null) d = d.where(col(Col.PERIOD).equalTo(period));
    if (trend != null) d = d.where(col(Col.TREND).equalTo(trend.toString()));
    if (actorId != null) d = d.where(col(Col.ACTOR_A).equalTo(actorId).or(col(Col.ACTOR_B).equalTo(actorId)));
    if (pairIds != null) {
      String a = pairIds[0].compareTo(pairIds[1]) < 0 ? pairIds[0] : pairIds[1];
      String b = a.equals(pairIds[0]) ? pairIds[1] : pairIds[0];
      d = d.where(col(Col.ACTOR_A).equalTo(a).and(col(Col.ACTOR_B).equalTo(b)));
    } else {
      Column order = trend != null ? col(Col.Z_SCORE).desc_nulls_last() : col(Col.STRENGTH).desc();
      d = d.withColumn("_n", row_number().over(Window.partitionBy(Col.PERIOD).orderBy(order, col(Col.ACTOR_A), col(Col.ACTOR_B)))).where(col("_n").leq(limit));
    }
    List<String> h = List.of("period", "a", "b", "strength", "npmi", "z", "trend", "topic", "evidence");
    List<List<String>> rows = new ArrayList<>();
    Column within = trend != null ? col(Col.Z_SCORE).desc_nulls_last() : col(Col.STRENGTH).desc();
    for (Row r : d.orderBy(col(Col.PERIOD), within, col(Col.ACTOR_A), col(Col.ACTOR_B))
        .select(col(Col.PERIOD), coalesce(col(Col.NAME_A), col(Col.ACTOR_A)).as("a"), coalesce(col(Col.NAME_B), col(Col.ACTOR_B)).as("b"),
            col(Col.STRENGTH), col(Col.NPMI), col(Col.Z_SCORE), col(Col.TREND), expr("top_topics[0].label").as("topic"), expr("evidence[0].sentence").as("evidence"))
        .collectAsList()) {
      rows.add(List.of(s(r, Col.PERIOD), s(r, "a"), s(r, "b"), s(r, Col.STRENGTH), s(r, Col.NPMI), s(r, Col.Z_SCORE), s(r, Col.TREND), s(r, "topic"), s(r, "evidence")));
    }
    return new Result(h, rows, Set.of("strength", "npmi", "z"));
  }

  private Result actors(SparkSession spark, Dataset<Row> actors, boolean country, String actorId) {
    List<List<String>> rows = new ArrayList<>();
    if (article != null) {
      // one article's actors, from its mentions: how often, from which source, under which names
      Dataset<Row> m = spark.read().parquet(reports.table(ActorTables.MENTIONS.name())).where(col(Col.ARTICLE_ID).equalTo(article));
      if (m.isEmpty()) throw new ConfigException("--article: no mention in an article '" + article + "' (ids look like reuters-123 or seed-000-...)");
      if (actorId != null) m = m.where(col(Col.ACTOR_ID).equalTo(actorId));
      for (Row r : m.groupBy(Col.ACTOR_ID)
          .agg(min(Col.ACTOR_NAME).as(Col.NAME), min(Col.ENTITY_TYPE).as(Col.TYPE), max(Col.CAMEO_CODE).as(Col.CAMEO_CODE), max(Col.COUNTRY).as(Col.COUNTRY),
              count(lit(1)).as(Col.MENTION_COUNT), concat_ws(", ", array_sort(collect_set(Col.SOURCE))).as("source"),
              concat_ws("; ", array_sort(collect_set(regexp_replace(col(Col.TEXT), "\\s+", " ")))).as("names"))
          .orderBy(col(Col.MENTION_COUNT).desc(), col(Col.ACTOR_ID)).limit(limit).collectAsList()) {
        rows.add(List.of(s(r, Col.ACTOR_ID), s(r, Col.NAME), s(r, Col.TYPE), s(r, Col.CAMEO_CODE), s(r, Col.COUNTRY), s(r, Col.MENTION_COUNT), s(r, "source"), s(r, "names")));
      }
      return new Result(List.of("actor_id", "name", "type", "code", "country", "mentions", "source", "names seen"), rows, Set.of("mentions"));
    }
    if (period == null && actorId == null && trend == null) {
      List<String> h = List.of("actor_id", "name", "type", "code", "country", "articles", "mentions", "names seen");
      Dataset<Row> a = country ? actors.where(col(Col.TYPE).equalTo("country")) : actors;
      for (Row r : a.orderBy(col(Col.ARTICLE_COUNT).desc(), col(Col.ACTOR_ID)).limit(limit)
          .withColumn("names", concat_ws("; ", col(Col.ALIASES))).collectAsList()) {
        rows.add(List.of(s(r, Col.ACTOR_ID), s(r, Col.NAME), s(r, Col.TYPE), s(r, Col.CAMEO_CODE), s(r, Col.COUNTRY), s(r, Col.ARTICLE_COUNT), s(r, Col.MENTION_COUNT),
            s(r, "names")));
      }
      return new Result(h, rows, Set.of("articles", "mentions"));
    }
    Dataset<Row> d = spark.read().parquet(reports.table((country ? RelationTables.COUNTRY_ACTIVITY : RelationTables.ACTOR_ACTIVITY).name()));
    checkPeriod(d);
    if (period != null) d = d.where(col(Col.PERIOD).equalTo(period));
    if (trend != null) d = d.where(col(Col.TREND).equalTo(trend.toString()));
    if (actorId != null) d = d.where(col(Col.ACTOR_ID).equalTo(actorId));
    else {
      Column order = trend != null ? col(Col.Z_SCORE).desc_nulls_last() : col(Col.ARTICLE_COUNT).desc();
      d = d.withColumn("_n", row_number().over(Window.partitionBy(Col.PERIOD).orderBy(order, col(Col.ACTOR_ID)))).where(col("_n").leq(limit));
    }
    List<String> h = List.of("period", "actor_id", "name", "type", "articles", "share", "z", "trend");
    for (Row r : d.orderBy(col(Col.PERIOD), col(Col.ARTICLE_COUNT).desc(), col(Col.ACTOR_ID)).collectAsList()) {
      rows.add(List.of(s(r, Col.PERIOD), s(r, Col.ACTOR_ID), s(r, Col.NAME), s(r, Col.TYPE), s(r, Col.ARTICLE_COUNT), s(r, Col.SHARE), s(r, Col.Z_SCORE), s(r, Col.TREND)));
    }
    return new Result(h, rows, Set.of("articles", "share", "z"));
  }

  private Result topics(SparkSession spark, String actorId) {
    List<List<String>> rows = new ArrayList<>();
    if (actorId != null) {
      Dataset<Row> d = spark.read().parquet(reports.table(TopicTables.ACTOR_TOPICS.name()));
      checkPeriod(d);
      d = d.where(col(Col.ACTOR_ID).equalTo(actorId).and(col(Col.RANK).leq(limit)));
      if (period != null) d = d.where(col(Col.PERIOD).equalTo(period));
      for (Row r : d.orderBy(Col.PERIOD, Col.RANK).collectAsList()) {
        rows.add(List.of(s(r, Col.PERIOD), s(r, Col.RANK), s(r, Col.LABEL), s(r, Col.TOPIC_COUNT), s(r, Col.SHARE)));
      }
      return new Result(List.of("period", "rank", "topic", "stories", "share"), rows, Set.of("rank", "stories", "share"));
    }
    if (trend != null) {
      // the topics with this trend, period by period, by z-score
      Dataset<Row> d = spark.read().parquet(reports.table(TopicTables.TOPIC_TRENDS.name()));
      checkPeriod(d);
      d = d.where(col(Col.TREND).equalTo(trend.toString()));
      if (period != null) d = d.where(col(Col.PERIOD).equalTo(period));
      d = d.withColumn("_n", row_number().over(Window.partitionBy(Col.PERIOD).orderBy(col(Col.Z_SCORE).desc_nulls_last(), col(Col.TOPIC_ID)))).where(col("_n").leq(limit));
      for (Row r : d.orderBy(col(Col.PERIOD), col("_n")).collectAsList()) {
        rows.add(List.of(s(r, Col.PERIOD), s(r, Col.LABEL), s(r, Col.TOPIC_COUNT), s(r, Col.SHARE), s(r, Col.CHANGE), s(r, Col.Z_SCORE), s(r, Col.TREND),
            Boolean.TRUE.equals(r.getAs(Col.BURST)) ? "burst" : ""));
      }
      return new Result(List.of("period", "topic", "stories", "share", "change", "z", "trend", "burst"), rows, Set.of("stories", "share", "change", "z"));
    }
    if (period != null) {
      Dataset<Row> d = spark.read().parquet(reports.table(TopicTables.TOPIC_MOVERS.name()));
      checkPeriod(d);
      for (Row r : d.where(col(Col.PERIOD).equalTo(period).and(col(Col.RANK).leq(limit))).orderBy(col(Col.DIRECTION).desc(), col(Col.RANK)).collectAsList()) {
        rows.add(List.of(s(r, Col.PERIOD), s(r, Col.DIRECTION), s(r, Col.RANK), s(r, Col.LABEL), s(r, Col.TOPIC_COUNT), s(r, Col.CHANGE), s(r, Col.Z_SCORE),
            Boolean.TRUE.equals(r.getAs(Col.BURST)) ? "burst" : ""));
      }
      return new Result(List.of("period", "moves", "rank", "topic", "stories", "change", "z", "burst"), rows, Set.of("rank", "stories", "change", "z"));
    }
    Dataset<Row> t = spark.read().parquet(reports.table(TopicTables.TOPICS.name()));
    for (Row r : t.orderBy(col(Col.TOPIC_COUNT).desc(), col(Col.TOPIC_ID)).limit(Math.max(limit, 20))
        .select(col(Col.TOPIC_ID), col(Col.LABEL), col(Col.TOPIC_COUNT), col(Col.SHARE), concat_ws(" ", slice(col(Col.TERMS + "." + Col.WORD), 1, 10)).as("words"))
        .collectAsList()) {
      rows.add(List.of(s(r, Col.TOPIC_ID), s(r, Col.LABEL), s(r, Col.TOPIC_COUNT), s(r, Col.SHARE), s(r, "words")));
    }
    return new Result(List.of("topic", "label", "stories", "share", "top words"), rows, Set.of("topic", "stories", "share"));
  }
}
