package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;

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
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.DyadConfig;
import org.dyad.config.NerMode;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.RelationTables;
import org.dyad.tables.Tables;
import org.dyad.tables.TopicTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the seed article (dictionary actors), then the reports read back by Spark
 * and DuckDB.
 */
class RelationshipsJobIT {
  @TempDir static Path dir;
  static Path out;

  static Path run(Path corpus, Path output, int minSupport) throws IOException {
    DyadConfig config = new DyadConfig();
    config.ingest.inputs = List.of(corpus.toString());
    config.output = output.toString();
    config.actors.ner = NerMode.NONE;
    config.relations.minSupport = minSupport;
    assertEquals(
        0,
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.RELATIONS, false)));
    return output;
  }

  static Dataset<Row> table(Path output, String name) {
    return SparkTestSession.get().read().parquet(output.resolve(name).toString());
  }

  @BeforeAll
  static void seed() throws IOException {
    out = run(TestPaths.seeds().resolve("text"), dir.resolve("seed"), 1);
  }

  @Test
  void usaIranIsTheStrongestCountryDyadOfTheSeedArticle() {
    Row top = table(out, RelationTables.COUNTRY_RELATIONSHIPS.name()).where("rank = 1").first();
    assertEquals("IRN", top.getAs(Col.ACTOR_A));
    assertEquals("USA", top.getAs(Col.ACTOR_B));
    assertEquals("2019-W20", top.getAs(Col.PERIOD));
    assertTrue(top.<Long>getAs(Col.SENTENCES_TOGETHER) >= 5, "US and Iran share many sentences");
    assertEquals(1L, (long) top.getAs(Col.ARTICLES_TOGETHER));
    assertEquals("new", top.getAs(Col.TREND), "the first period has no baseline");
  }

  @Test
  void sentencePairsComeWithTheSentenceThatJoinsThem() {
    Dataset<Row> r = table(out, RelationTables.ACTOR_RELATIONSHIPS.name());
    Row row = r.where("actor_a = 'IRN' and actor_b = 'person:mike-pompeo'").first();
    assertTrue(row.<Long>getAs(Col.SENTENCES_TOGETHER) >= 1);
    assertFalse(row.<Boolean>getAs(Col.AFFILIATION));
    List<Row> evidence = row.getList(row.fieldIndex(Col.EVIDENCE));
    assertFalse(evidence.isEmpty());
    String sentence = evidence.get(0).getAs(Col.SENTENCE);
    assertTrue(sentence.contains("Pompeo"), sentence);
    assertFalse(sentence.contains("\n"), "evidence is one line: " + sentence);
    assertEquals("seed-000-9a3ecba5e6e5a41a", evidence.get(0).getAs(Col.ARTICLE_ID));
  }

  /**
   * Khamenei and Iran, Mogherini and the EU: who someone is, not a relationship; kept on request.
   */
  @Test
  void affiliationsAreMarkedAndLeftOutOfTheRelationshipsUnlessKept() throws IOException {
    String[][] affiliations = {
      {"IRN", "person:ali-khamenei"}, {"organisation:european-union", "person:federica-mogherini"}
    };
    Dataset<Row> pairs = table(out, RelationTables.COOCCURRENCE.name());
    Dataset<Row> relationships = table(out, RelationTables.ACTOR_RELATIONSHIPS.name());
    for (String[] p : affiliations) {
      String pair = "actor_a = '" + p[0] + "' and actor_b = '" + p[1] + "'";
      assertTrue(pairs.where(pair).first().<Boolean>getAs(Col.AFFILIATION), p[1]);
      assertEquals(0, relationships.where(pair).count(), p[1] + " is not ranked as a relationship");
    }
    DyadConfig config = new DyadConfig();
    config.ingest.inputs = List.of(TestPaths.seeds().resolve("text").toString());
    config.output = dir.resolve("kept").toString();
    config.actors.ner = NerMode.NONE;
    config.relations.minSupport = 1;
    config.relations.keepAffiliations = true;
    config.topics.enabled = false;
    assertEquals(
        0,
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.RELATIONS, false)));
    Row kept =
        table(dir.resolve("kept"), RelationTables.ACTOR_RELATIONSHIPS.name())
            .where("actor_a = 'IRN' and actor_b = 'person:ali-khamenei'")
            .first();
    assertTrue(kept.<Boolean>getAs(Col.AFFILIATION));
    List<Row> evidence = kept.getList(kept.fieldIndex(Col.EVIDENCE));
    assertTrue(evidence.get(0).<String>getAs(Col.SENTENCE).contains("Khamenei"));
  }

  @Test
  void statisticsAreConsistentWithTheirCounts() {
    List<Row> pairs = table(out, RelationTables.COOCCURRENCE.name()).collectAsList();
    assertFalse(pairs.isEmpty(), "the seeds have co-occurring pairs");
    for (Row row : pairs) {
      long k = row.getAs(Col.COOCCURRENCES);
      long a = row.getAs(Col.UNITS_A);
      long b = row.getAs(Col.UNITS_B);
      long n = row.getAs(Col.PERIOD_UNITS);
      assertTrue(k <= Math.min(a, b) && a <= n && b <= n, row.toString());
      assertEquals((double) a * b / n, row.<Double>getAs(Col.EXPECTED), 1e-9);
      assertTrue(
          row.<String>getAs(Col.ACTOR_A).compareTo(row.getAs(Col.ACTOR_B)) < 0, "ordered pairs");
    }
  }

  @Test
  void everyReportReadsBackWithDuckDb() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String t :
          List.of(
              RelationTables.COOCCURRENCE.name(),
              RelationTables.ACTOR_RELATIONSHIPS.name(),
              RelationTables.ACTOR_ACTIVITY.name(),
              RelationTables.COUNTRY_COOCCURRENCE.name(),
              RelationTables.COUNTRY_RELATIONSHIPS.name(),
              RelationTables.COUNTRY_ACTIVITY.name())) {
        String glob = out.resolve(t) + "/*/*.parquet";
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
          rs.next();
          assertEquals(table(out, t).count(), rs.getLong(1), t);
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT actor_a, actor_b, evidence[1].sentence FROM read_parquet('"
                  + out.resolve(RelationTables.COUNTRY_RELATIONSHIPS.name())
                  + "/*/*.parquet', hive_partitioning = true) WHERE period = '2019-W20' ORDER BY"
                  + " rank LIMIT 1")) {
        rs.next();
        assertEquals("IRN", rs.getString(1));
        assertEquals("USA", rs.getString(2));
        assertNotNull(rs.getString(3));
      }
      for (String t :
          List.of(
              IngestTables.ARTICLES.name(),
              ActorTables.MENTIONS.name(),
              ActorTables.ACTORS.name())) {
        String glob =
            out.resolve(t)
                + (t.equals(ActorTables.MENTIONS.name()) ? "/*/*.parquet" : "/*.parquet");
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
          rs.next();
          assertEquals(table(out, t).count(), rs.getLong(1), t);
        }
      }
    }
  }

  @Test
  void theManifestHasEveryTableWithItsSchemaVersion() throws IOException {
    var manifest = new ObjectMapper().readTree(out.resolve(Tables.MANIFEST_FILE).toFile());
    for (String t :
        List.of(
            RelationTables.COOCCURRENCE.name(),
            RelationTables.ACTOR_RELATIONSHIPS.name(),
            RelationTables.ACTOR_ACTIVITY.name(),
            RelationTables.COUNTRY_RELATIONSHIPS.name())) {
      assertEquals(
          Tables.named(t).version(),
          manifest.get("tables").get(t).get("schema_version").asInt(),
          t);
      assertEquals(table(out, t).count(), manifest.get("tables").get(t).get("rows").asLong(), t);
    }
  }

  @Test
  void oneArticleIsTooLittleForTopicsAndSaysSo() throws IOException {
    var manifest = new ObjectMapper().readTree(out.resolve(Tables.MANIFEST_FILE).toFile());
    assertTrue(
        manifest.get("topics").get("note").asText().contains("too few"),
        manifest.get("topics").toString());
    for (String t :
        List.of(
            TopicTables.TOPICS.name(),
            TopicTables.ARTICLE_TOPICS.name(),
            TopicTables.TOPIC_TRENDS.name(),
            TopicTables.TOPIC_MOVERS.name(),
            TopicTables.ACTOR_TOPICS.name())) {
      assertEquals(0, table(out, t).count(), t);
    }
    assertEquals(
        0,
        table(out, RelationTables.ACTOR_RELATIONSHIPS.name())
            .where("top_topics is not null")
            .count());
  }

  @Test
  void aCorpusWithoutActorsGivesEmptyReportsNotAnError() throws IOException {
    Path corpus = dir.resolve("plain");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("a.jsonl"),
        "{\"id\":\"x\",\"published\":\"2019-05-15\",\"text\":\"nothing to see here.\"}\n");
    Path output = run(corpus, dir.resolve("plain-out"), 2);
    assertEquals(0, table(output, RelationTables.ACTOR_RELATIONSHIPS.name()).count());
    assertEquals(0, table(output, RelationTables.COUNTRY_ACTIVITY.name()).count());
  }
}
