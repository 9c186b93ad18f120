package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.tables.Tables;
import org.dyad.tables.TopicTables;
import org.dyad.tables.ActorTables;
import org.dyad.tables.IngestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/dyad as a user runs it, in its own JVM, after `mvn package`. */
class DyadScriptIT {
  @TempDir Path dir;

  static String run(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(TestPaths.repo().resolve("scripts/dyad").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    // Training the NER model takes ~40 minutes: the script's tests run with dictionary actors only.
    builder.environment().put("DYAD_NER", "none");
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "scripts/dyad finished");
    assertEquals(0, p.exitValue(), output);
    return output;
  }

  @Test
  void runWithNoArgumentsReadsTheSeedsIntoReports() throws Exception {
    String output = run(dir, "run");
    Path reports = dir.resolve("reports");
    for (String stage : List.of("list", "read", "validate", "exact-dups", "near-dups", "write", "dictionary", "mentions", "actors", "topic-model", "topic-trends", "dyads", "country-dyads", "publish")) {
      assertTrue(output.contains("[dyad] " + stage), "a progress line for " + stage + ":\n" + output);
    }
    JsonNode manifest = new ObjectMapper().readTree(reports.resolve(Tables.MANIFEST_FILE).toFile());
    assertEquals("succeeded", manifest.get("status").asText());
    JsonNode counts = manifest.get("counts");
    assertEquals(counts.get("read").asLong(), counts.get("accepted").asLong() + counts.get("rejected").asLong());
    assertTrue(manifest.get("inputs").get("file_list").get(0).get("path").asText().contains("seeds"));

    Dataset<Row> articles = SparkTestSession.get().read().parquet(reports.resolve(IngestTables.ARTICLES.name()).toString());
    assertEquals(counts.get("articles").asLong(), articles.count());
    assertEquals(IngestTables.ARTICLES.schema().fieldNames().length, articles.columns().length);
    assertTrue(articles.where("text like '%Khamenei%'").count() >= 1, "the seed article is in the articles table");
    assertEquals(counts.get("rejected").asLong(), SparkTestSession.get().read().parquet(reports.resolve(IngestTables.REJECTS.name()).toString()).count());
    Dataset<Row> actors = SparkTestSession.get().read().parquet(reports.resolve(ActorTables.ACTORS.name()).toString());
    assertEquals(manifest.get("actors").get("actors").asLong(), actors.count());
    assertTrue(actors.where("actor_id = 'person:ali-khamenei'").count() == 1);
    assertEquals(
        manifest.get("actors").get("mentions").asLong(),
        SparkTestSession.get().read().parquet(reports.resolve(ActorTables.MENTIONS.name()).toString()).count());
    // About ten stories: two topics, and the manifest says k was lowered.
    assertEquals(2, manifest.get("topics").get("k").asInt(), manifest.get("topics").toString());
    assertTrue(manifest.get("topics").get("note").asText().contains("k lowered"));
    assertEquals(2, SparkTestSession.get().read().parquet(reports.resolve(TopicTables.TOPICS.name()).toString()).count());
  }

  @Test
  void helpOnEveryCommand() throws Exception {
    for (String command : List.of("run", "ingest", "compile-actors", "train-ner", "eval-ner", "eval-actors", "eval-topics", "list-actors", "show-dyads", "show-topics")) {
      String output = run(dir, command, "--help");
      assertTrue(output.contains("Usage: dyad " + command), output);
    }
    assertTrue(run(dir, "--help").contains("Commands:"));
  }

  @Test
  void aFieldMappingFromTheCommandLine() throws Exception {
    Path corpus = dir.resolve("feed.jsonl");
    Files.writeString(corpus, "{\"story\":\"Rouhani spoke in Tehran about the nuclear deal.\",\"when\":\"15 May 2019\"}\n");
    run(dir, "ingest", "--input", corpus.toString(), "--field", "text=story", "--field", "published=when", "-o", "out");
    JsonNode counts = new ObjectMapper().readTree(dir.resolve("out").resolve(Tables.MANIFEST_FILE).toFile()).get("counts");
    assertEquals(1, counts.get("read").asLong());
    assertEquals(1, counts.get("accepted").asLong());
    assertEquals(0, counts.get("rejected").asLong());
    Row r = SparkTestSession.get().read().parquet(dir.resolve("out").resolve(IngestTables.ARTICLES.name()).toString()).first();
    assertEquals("Rouhani spoke in Tehran about the nuclear deal.", r.getAs("text"));
    assertEquals(java.sql.Timestamp.valueOf("2019-05-15 00:00:00"), r.getAs("published"));
  }
}
