package org.dyad.run;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dyad.tables.IngestTables;
import org.dyad.tables.Table;
import org.dyad.tables.TopicTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing: whole runs only, nothing stale left, killed runs cleaned up and finished, one run per
 * folder.
 */
class RunOutputTest {
  @TempDir Path dir;

  private static final Configuration CONF = new Configuration();
  private static final List<Table> INGEST =
      List.of(IngestTables.ARTICLES, IngestTables.REJECTS, IngestTables.ARTICLE_COPIES);

  /** Writes a fake table file into the run's staging folder. */
  private static void stage(RunOutput out, Table table, String content) throws IOException {
    Path folder = Path.of(URI.create(out.stagingPath(table)));
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("part-0.parquet"), content);
  }

  private String published(Table table) throws IOException {
    return Files.readString(dir.resolve(table.name()).resolve("part-0.parquet"));
  }

  @Test
  void aRunWithFewerTablesRemovesTheTablesItDidNotWrite() throws IOException {
    try (RunOutput first = new RunOutput(CONF, dir.toString())) {
      first.recover();
      for (Table t : INGEST) stage(first, t, "first");
      stage(first, TopicTables.TOPICS, "first");
      first.publish(
          List.of(
              IngestTables.ARTICLES,
              IngestTables.REJECTS,
              IngestTables.ARTICLE_COPIES,
              TopicTables.TOPICS),
          "{\"run\":1}");
    }
    assertTrue(Files.exists(dir.resolve("topics")));
    try (RunOutput second = new RunOutput(CONF, dir.toString())) {
      second.recover();
      for (Table t : INGEST) stage(second, t, "second");
      second.publish(INGEST, "{\"run\":2}");
    }
    assertEquals("second", published(IngestTables.ARTICLES));
    assertFalse(
        Files.exists(dir.resolve("topics")), "the first run's topics described other articles");
    assertEquals("{\"run\":2}", Files.readString(dir.resolve("_manifest.json")));
    assertFalse(Files.exists(dir.resolve(RunOutput.STAGING)));
    assertFalse(Files.exists(dir.resolve(RunOutput.PUBLISHING)));
  }

  @Test
  void aPublishKilledHalfWayIsFinishedByTheNextRun() throws IOException {
    RunOutput killed = new RunOutput(CONF, dir.toString());
    for (Table t : INGEST) stage(killed, t, "killed run");
    // what publish() had done when the process died: the plan and the manifest written, one table
    // moved
    Path staging = dir.resolve(RunOutput.STAGING).resolve(killed.runId());
    Files.writeString(staging.resolve("_manifest.json"), "{\"run\":\"killed\"}");
    Files.writeString(
        dir.resolve(RunOutput.PUBLISHING),
        killed.runId() + "\narticles\nrejects\narticle_copies\n");
    Files.move(staging.resolve("articles"), dir.resolve("articles"));
    Files.createDirectories(dir.resolve("rejects"));
    Files.writeString(dir.resolve("rejects").resolve("part-0.parquet"), "an older run");

    try (RunOutput next = new RunOutput(CONF, dir.toString())) {
      String said = next.recover();
      assertNotNull(said);
      assertTrue(said.contains("finished the publish of run " + killed.runId()), said);
    }
    for (Table t : INGEST)
      assertEquals("killed run", published(t), t.name() + ": one run's tables, not a mix");
    assertEquals("{\"run\":\"killed\"}", Files.readString(dir.resolve("_manifest.json")));
    assertFalse(Files.exists(dir.resolve(RunOutput.PUBLISHING)));
    assertFalse(Files.exists(staging));
  }

  @Test
  void killedRunsStagingIsRemovedAFailedRunsIsKept() throws IOException {
    RunOutput killed = new RunOutput(CONF, dir.toString());
    stage(killed, IngestTables.ARTICLES, "half written");
    Path failed = dir.resolve(RunOutput.STAGING).resolve("20260101T000000Z-failed00");
    Files.createDirectories(failed);
    Files.writeString(failed.resolve("_manifest.json"), "{\"status\":\"failed\"}");
    // killed after writing its manifest for the publish, before the publish began
    Path beforePublish = dir.resolve(RunOutput.STAGING).resolve("20260101T000000Z-manifest");
    Files.createDirectories(beforePublish.resolve("articles"));
    Files.writeString(beforePublish.resolve("_manifest.json"), "{\"status\":\"succeeded\"}");
    try (RunOutput next = new RunOutput(CONF, dir.toString())) {
      String said = next.recover();
      assertTrue(said.contains("removed the staging folder of killed run " + killed.runId()), said);
    }
    assertFalse(Files.exists(dir.resolve(RunOutput.STAGING).resolve(killed.runId())));
    assertFalse(
        Files.exists(beforePublish), "a run killed just before its publish is a killed run too");
    assertTrue(
        Files.exists(failed.resolve("_manifest.json")),
        "a failed run's manifest is kept for inspection");
  }

  @Test
  void oneRunAtATimePerOutputFolder() throws IOException {
    try (RunOutput first = new RunOutput(CONF, dir.toString())) {
      first.recover();
      stage(first, IngestTables.ARTICLES, "running");
      RunOutput second = new RunOutput(CONF, dir.toString());
      IOException e = assertThrows(IOException.class, second::recover);
      assertTrue(e.getMessage().contains("Another Dyad run is writing to"), e.getMessage());
      assertTrue(
          Files.exists(dir.resolve(RunOutput.STAGING).resolve(first.runId())),
          "the running run's staging is left alone");
    }
    try (RunOutput third = new RunOutput(CONF, dir.toString())) {
      assertDoesNotThrow(third::recover, "the lock goes with the run");
    }
  }
}
