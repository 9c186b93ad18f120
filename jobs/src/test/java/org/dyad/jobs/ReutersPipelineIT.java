package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.CorpusFormat;
import org.dyad.config.DyadConfig;
import org.dyad.config.NerMode;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.tables.IngestTables;
import org.dyad.tables.RelationTables;
import org.dyad.tables.Tables;
import org.dyad.trends.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reuters-21578 files 000-018 from ../shared through the whole pipeline (dictionary actors,
 * weekly): every one of the 19,000 articles accounted for, and the 1987 US-Japan semiconductor
 * dispute visible in the dyads.
 */
class ReutersPipelineIT {
  @TempDir static Path dir;
  static IngestJobIT.Run run;

  @BeforeAll
  static void pipeline() throws Exception {
    DyadConfig config = IngestJobIT.config(TestPaths.sharedData("reuters21578").toString());
    config.ingest.format = CorpusFormat.REUTERS;
    config.actors.ner = NerMode.NONE;
    config.trends.period = Period.WEEK;
    // Topics on the whole corpus are measured by scripts/eval-topics; TopicsJobIT runs them on
    // reut2-000.
    config.topics.enabled = false;
    config.output = dir.resolve("out").toString();
    int status =
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.RELATIONS, false));
    assertEquals(0, status);
    run =
        new IngestJobIT.Run(
            status,
            dir.resolve("out"),
            new ObjectMapper().readTree(dir.resolve("out").resolve(Tables.MANIFEST_FILE).toFile()));
  }

  @Test
  void allNineteenThousandArticlesAreAccountedFor() {
    IngestJobIT.assertAccountedFor(run);
    JsonNode counts = run.manifest.get("counts");
    assertEquals(19_000, counts.get("read").asLong());
    assertEquals(19, run.manifest.get("inputs").get("files").asLong());
    assertEquals(
        11,
        run.manifest.get("inputs").get("skipped").size(),
        "README, DTD, string lists: listed, not read");
    assertEquals(
        0,
        counts.get("undated").asLong(),
        "every Reuters date parses, the 334 irregular ones included");
    assertTrue(
        counts.get("rejected").asLong() < 10, "only truly empty records are rejected: " + counts);
    assertTrue(counts.get("exact_duplicates").asLong() > 100, "Reuters repeats stories: " + counts);
    assertTrue(counts.get("near_duplicates").asLong() > 50, "and edits them: " + counts);
    assertEquals(
        1, run.table(IngestTables.ARTICLES.name()).where("article_id = 'reuters-19000'").count());
  }

  @Test
  void usJapanRisesToItsHighestShareInTheSecondHalfOfApril() {
    List<Row> weeks =
        run.table(RelationTables.COUNTRY_RELATIONSHIPS.name())
            .where("actor_a = 'JPN' and actor_b = 'USA' and cooccurrences > 0")
            .orderBy(functions.col("share").desc())
            .select("period", "share", "trend")
            .collectAsList();
    Row highest = weeks.get(0);
    // ISO weeks 16-18 of 1987 run from 13 April to 3 May; the corpus has no May, and tariffs on
    // Japanese
    // electronics were announced on 17 April.
    assertTrue(
        List.of("1987-W16", "1987-W17", "1987-W18").contains(highest.getString(0)),
        "highest share in " + highest);
    assertEquals("rising", highest.getString(2), highest.toString());
    long mayStories =
        run.table(IngestTables.ARTICLES.name())
            .where(
                "published >= '1987-04-27' and published < '1987-05-04' and published >="
                    + " '1987-05-01'")
            .count();
    assertEquals(0, mayStories, "week 18 holds only late-April stories");
  }
}
