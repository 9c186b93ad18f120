package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.DyadConfig;
import org.dyad.config.NerMode;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.relations.Occurrences;
import org.dyad.run.Append;
import org.dyad.run.KeptModels;
import org.dyad.run.RunOutput;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.RelationTables;
import org.dyad.tables.StateTables;
import org.dyad.tables.Tables;
import org.dyad.tables.TopicTables;
import org.dyad.trends.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topics end to end on the 1,000 articles of Reuters reut2-000.sgm (1987-02-26 to 1987-03-02), by
 * day.
 */
class TopicsJobIT {
  @TempDir static Path dir;
  static Path out;
  static JsonNode manifest;

  static DyadConfig config(Path output) {
    DyadConfig config = new DyadConfig();
    config.ingest.inputs = List.of(TestPaths.sharedData("reuters21578/reut2-000.sgm").toString());
    config.output = output.toString();
    config.actors.ner = NerMode.NONE;
    config.trends.period = Period.DAY;
    config.topics.k = 8;
    config.topics.iterations = 25;
    config.topics.restarts = 2;
    return config;
  }

  static Path run(Path output) throws IOException {
    assertEquals(
        0,
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config(output), DyadConfig.Scope.RELATIONS, false)));
    return output;
  }

  static Dataset<Row> table(Path output, String name) {
    return SparkTestSession.get().read().parquet(output.resolve(name).toString());
  }

  @BeforeAll
  static void reuters() throws IOException {
    out = run(dir.resolve("one"));
    manifest = new ObjectMapper().readTree(out.resolve(Tables.MANIFEST_FILE).toFile());
  }

  @Test
  void everyArticleHasTopicsOrIsCountedWithoutTerms() {
    JsonNode topics = manifest.get("topics");
    assertEquals(8, topics.get("k").asInt());
    long articles = table(out, IngestTables.ARTICLES.name()).count();
    long assigned = table(out, TopicTables.ARTICLE_TOPICS.name()).count();
    assertEquals(articles, assigned + topics.get("articles_without_terms").asLong());
    assertTrue(assigned > 900, "nearly every Reuters article has usable terms: " + assigned);
    List<Row> sample = table(out, TopicTables.ARTICLE_TOPICS.name()).limit(50).collectAsList();
    assertEquals(50, sample.size());
    for (Row r : sample) {
      List<Row> top = r.getList(r.fieldIndex(Col.TOPICS));
      assertEquals(3, top.size());
      assertEquals(r.<Integer>getAs(Col.TOPIC_ID), top.get(0).<Integer>getAs(Col.TOPIC_ID));
      assertTrue(top.get(0).<Double>getAs(Col.WEIGHT) >= top.get(1).<Double>getAs(Col.WEIGHT));
    }
  }

  @Test
  void topicsHaveReadableLabelsAndTerms() {
    List<Row> topics = table(out, TopicTables.TOPICS.name()).orderBy(Col.TOPIC_ID).collectAsList();
    assertEquals(8, topics.size());
    long stories = 0;
    for (Row t : topics) {
      List<Row> terms = t.getList(t.fieldIndex(Col.TERMS));
      assertEquals(15, terms.size());
      String label = t.getAs(Col.LABEL);
      assertTrue(label.startsWith(terms.get(0).<String>getAs(Col.WORD)), label);
      stories += t.<Long>getAs(Col.TOPIC_COUNT);
    }
    assertEquals(
        stories,
        table(out, TopicTables.ARTICLE_TOPICS.name())
            .join(
                table(out, IngestTables.ARTICLES.name())
                    .where("duplicate_of is null")
                    .select(Col.ARTICLE_ID),
                Col.ARTICLE_ID)
            .count());
    // Reuters' largest subject: company earnings ("vs", "cts", "net", "shr") get a topic of their
    // own.
    assertTrue(
        topics.stream()
            .anyMatch(t -> t.<String>getAs(Col.LABEL).matches(".*\\b(vs|ct|cts|shr|net|qtr)\\b.*")),
        topics.toString());
  }

  @Test
  void trendsAddUpPerPeriodAndBurstsAndMoversAreThere() {
    Dataset<Row> trends = table(out, TopicTables.TOPIC_TRENDS.name());
    List<Row> periods =
        trends
            .groupBy(Col.PERIOD)
            .agg(
                functions.sum(Col.TOPIC_COUNT),
                functions.max(Col.PERIOD_ARTICLES),
                functions.sum(Col.WEIGHTED_SHARE))
            .collectAsList();
    assertFalse(periods.isEmpty(), "topic trends have periods");
    for (Row p : periods) {
      assertEquals(p.getLong(2), p.getLong(1), "each story has one dominant topic: " + p);
      assertTrue(p.getDouble(3) <= 1.0 + 1e-6, p.toString());
    }
    assertTrue(trends.select(Col.PERIOD).distinct().count() >= 4, "reut2-000 spans several days");
    assertTrue(trends.where(Col.BURST + " is not null").count() > 0);
    Dataset<Row> movers = table(out, TopicTables.TOPIC_MOVERS.name());
    assertTrue(movers.count() > 0);
    assertEquals(0, movers.where("rank > 3").count());
    assertEquals(
        0,
        movers
            .where(
                "(direction = 'rising' and change <= 0) or (direction = 'falling' and change >= 0)")
            .count());
  }

  @Test
  void actorsAndDyadsCarryTheirTopics() {
    Dataset<Row> usa = table(out, TopicTables.ACTOR_TOPICS.name()).where("actor_id = 'USA'");
    assertTrue(usa.count() > 0);
    assertEquals(0, usa.where("rank > 3").count());
    Row dyad =
        table(out, RelationTables.COUNTRY_RELATIONSHIPS.name())
            .where("top_topics is not null")
            .orderBy(functions.col(Col.ARTICLES_TOGETHER).desc())
            .first();
    List<Row> top = dyad.getList(dyad.fieldIndex(Col.TOP_TOPICS));
    assertFalse(top.isEmpty());
    assertTrue(top.get(0).<Long>getAs(Col.TOPIC_COUNT) <= dyad.<Long>getAs(Col.ARTICLES_TOGETHER));
  }

  /**
   * The topics job alone, again on the first run's articles and mentions: the same topics, article
   * by article.
   */
  @Test
  void theSameInputGivesTheSameTopics() throws IOException {
    DyadConfig config = config(dir.resolve("two"));
    RunOutput again =
        new RunOutput(SparkTestSession.get().sparkContext().hadoopConfiguration(), config.output);
    topicsAgain(config, again, KeptModels.fit("again", "2026-12-07T00:00:00Z"));
    Dataset<Row> topics =
        SparkTestSession.get().read().parquet(again.stagingPath(TopicTables.TOPICS));
    Dataset<Row> articleTopics =
        SparkTestSession.get().read().parquet(again.stagingPath(TopicTables.ARTICLE_TOPICS));
    assertEquals(
        table(out, TopicTables.TOPICS.name()).orderBy(Col.TOPIC_ID).collectAsList().toString(),
        topics.orderBy(Col.TOPIC_ID).collectAsList().toString());
    assertEquals(table(out, TopicTables.ARTICLE_TOPICS.name()).count(), articleTopics.count());
    assertEquals(
        0,
        table(out, TopicTables.ARTICLE_TOPICS.name())
            .select(Col.ARTICLE_ID, Col.TOPIC_ID)
            .except(articleTopics.select(Col.ARTICLE_ID, Col.TOPIC_ID))
            .count());
    // Weights agree to rounding: Spark may sum partial results in another order.
    Dataset<Row> both =
        table(out, TopicTables.ARTICLE_TOPICS.name())
            .select(Col.ARTICLE_ID, Col.TOPIC_WEIGHT)
            .join(
                articleTopics.select(col(Col.ARTICLE_ID), col(Col.TOPIC_WEIGHT).as("again")),
                Col.ARTICLE_ID);
    assertEquals(0, both.where(abs(col(Col.TOPIC_WEIGHT).minus(col("again"))).gt(1e-9)).count());
  }

  /** The first run's reports, as a run that applies their models reads them. */
  static Append.Previous first() throws IOException {
    return Append.previous(
        SparkTestSession.get().sparkContext().hadoopConfiguration(), out.toString());
  }

  /** The topics job alone on the first run's articles and mentions, into {@code again}. */
  /** The progress of the runs {@link #topicsAgain} makes. */
  static final Progress progress = new Progress(System.err);

  static TopicsJob.Result topicsAgain(DyadConfig config, RunOutput again, KeptModels models)
      throws IOException {
    return TopicsJob.run(
        SparkTestSession.get(),
        config.topics.settings(),
        config.trends.settings(),
        SparkTestSession.text(),
        out.resolve(IngestTables.ARTICLES.name()).toString(),
        out.resolve(ActorTables.MENTIONS.name()).toString(),
        Occurrences.stories(
            SparkTestSession.get()
                .read()
                .parquet(out.resolve(IngestTables.ARTICLES.name()).toString()),
            config.trends.period),
        again,
        progress,
        null,
        models);
  }

  /**
   * The model the first run kept, read back from its reports, places every article exactly where
   * the first run's fit placed it (the same rows, weights to the last bit), and is kept again as it
   * was, with the run that fitted it. Settings it was not fitted with are refused when a run asks
   * for it (--models-from), and make an append run fit again.
   */
  @Test
  void theKeptModelPlacesEveryArticleAsItsFitDid() throws IOException {
    DyadConfig config = config(dir.resolve("kept"));
    RunOutput again =
        new RunOutput(SparkTestSession.get().sparkContext().hadoopConfiguration(), config.output);
    TopicsJob.Result result =
        topicsAgain(config, again, new KeptModels(first(), true, "again", "2026-12-07"));
    JsonNode fitted = manifest.get("topics").get("model");
    assertEquals("this run", fitted.get("fitted").asText());
    assertTrue(result.model().kept());
    assertEquals(manifest.get("run_id").asText(), result.model().fittedByRun());
    assertEquals(fitted.get("fitted_at").asText(), result.model().fittedAt());
    for (var t : List.of(TopicTables.TOPICS, TopicTables.ARTICLE_TOPICS, StateTables.TOPIC_MODEL)) {
      Dataset<Row> first = table(out, t.name());
      Dataset<Row> second = SparkTestSession.get().read().parquet(again.stagingPath(t));
      assertTrue(first.count() > 0, t.name());
      assertEquals(first.count(), second.count(), t.name());
      assertEquals(0, first.exceptAll(second).count(), t.name());
    }

    DyadConfig other = config(dir.resolve("other"));
    other.topics.k = 6;
    RunOutput otherOut =
        new RunOutput(SparkTestSession.get().sparkContext().hadoopConfiguration(), other.output);
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> topicsAgain(other, otherOut, new KeptModels(first(), true, "o", "2026")));
    assertTrue(refused.getMessage().contains("--models-from"), refused.getMessage());
    // (as the pipeline does when a stage fails: its progress line stops)
    progress.failCurrent(refused.getMessage());
    TopicsJob.Result refitted =
        topicsAgain(other, otherOut, new KeptModels(first(), false, "o", "2026"));
    assertFalse(refitted.model().kept());
    assertEquals(6, refitted.k());
  }

  /**
   * Articles with no usable term are counted and skipped; a small corpus gets fewer topics, and
   * says so.
   */
  @Test
  void articlesWithoutTermsAreCountedAndSkipped() throws IOException {
    Path corpus = dir.resolve("small");
    Files.createDirectories(corpus);
    StringBuilder lines = new StringBuilder();
    String[] themes = {
      "oil prices crude barrels opec output", "wheat grain harvest farmers exports tonnes"
    };
    for (int i = 0; i < 40; i++) {
      lines
          .append("{\"id\":\"s")
          .append(i)
          .append("\",\"published\":\"2019-05-")
          .append(10 + i % 10)
          .append("\",\"text\":\"Story ")
          .append(i)
          .append(" about ")
          .append(themes[i % 2])
          .append(" in week ")
          .append(i)
          .append(".\"}\n");
    }
    lines.append("{\"id\":\"n1\",\"published\":\"2019-05-12\",\"text\":\"12.5 13.75 1,000\"}\n");
    lines.append("{\"id\":\"n2\",\"published\":\"2019-05-13\",\"text\":\"42 -- 17 / 3\"}\n");
    Files.writeString(corpus.resolve("small.jsonl"), lines.toString());
    DyadConfig config = config(dir.resolve("small-out"));
    config.ingest.inputs = List.of(corpus.toString());
    config.ingest.nearDuplicates.enabled = false;
    assertEquals(
        0,
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.RELATIONS, false)));
    JsonNode topics =
        new ObjectMapper()
            .readTree(dir.resolve("small-out").resolve(Tables.MANIFEST_FILE).toFile())
            .get("topics");
    assertEquals(2, topics.get("articles_without_terms").asLong(), topics.toString());
    assertEquals(2, topics.get("k").asInt(), "42 stories: k lowered from 8 to 2");
    assertTrue(topics.get("note").asText().contains("k lowered from 8 to 2"), topics.toString());
    Dataset<Row> assigned = table(dir.resolve("small-out"), TopicTables.ARTICLE_TOPICS.name());
    assertEquals(40, assigned.count());
    assertEquals(0, assigned.where("article_id in ('n1', 'n2')").count());
    // The two themes are the two topics.
    assertEquals(2, assigned.groupBy(Col.TOPIC_ID).count().count());
    assertEquals(
        1,
        assigned.where("article_id in ('s0', 's2', 's4')").select(Col.TOPIC_ID).distinct().count());
  }

  @Test
  void topicTablesReadBackWithDuckDb() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String t :
          List.of(
              TopicTables.ARTICLE_TOPICS.name(),
              TopicTables.TOPIC_TRENDS.name(),
              TopicTables.TOPIC_MOVERS.name(),
              TopicTables.ACTOR_TOPICS.name())) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('"
                    + out.resolve(t)
                    + "/*/*.parquet', hive_partitioning = true)")) {
          rs.next();
          assertEquals(table(out, t).count(), rs.getLong(1), t);
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT label, terms[1].word FROM read_parquet('"
                  + out.resolve(TopicTables.TOPICS.name())
                  + "/*.parquet') ORDER BY topic_id LIMIT 1")) {
        rs.next();
        assertTrue(rs.getString(1).startsWith(rs.getString(2)));
      }
    }
  }
}
