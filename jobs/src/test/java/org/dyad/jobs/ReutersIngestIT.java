package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.dyad.TestPaths;
import org.dyad.config.DyadConfig;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reuters-21578 files 000-018 from ../shared, in full: every one of the 19,000 articles accounted for. */
class ReutersIngestIT {
  @TempDir Path dir;

  @Test
  void allNineteenThousandArticlesAreAccountedFor() throws Exception {
    DyadConfig config = IngestJobTest.config(TestPaths.sharedData("reuters21578").toString());
    config.ingest.format = "reuters";
    IngestJobTest.Run run = IngestJobTest.ingest(dir.resolve("out"), config);
    assertEquals(0, run.status);
    IngestJobTest.assertAccountedFor(run);
    JsonNode counts = run.manifest.get("counts");
    assertEquals(19_000, counts.get("read").asLong());
    assertEquals(19, run.manifest.get("inputs").get("files").asLong());
    assertEquals(11, run.manifest.get("inputs").get("skipped").size(), "README, DTD, string lists: listed, not read");
    assertEquals(0, counts.get("undated").asLong(), "every Reuters date parses, the 334 irregular ones included");
    assertTrue(counts.get("rejected").asLong() < 10, "only truly empty records are rejected: " + counts);
    assertTrue(counts.get("exact_duplicates").asLong() > 100, "Reuters repeats stories: " + counts);
    assertTrue(counts.get("near_duplicates").asLong() > 50, "and edits them: " + counts);
    assertEquals(19_000 - counts.get("exact_duplicates").asLong() - counts.get("rejected").asLong(), run.table(Tables.ARTICLES).count());
    assertEquals(1, run.table(Tables.ARTICLES).where("article_id = 'reuters-19000'").count());
  }
}
