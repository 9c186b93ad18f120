package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.tables.ActorTables;
import org.dyad.tables.IngestTables;
import org.dyad.tables.Tables;
import org.dyad.tables.TopicTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/dyad as a user runs it, in its own JVM, after `mvn package`. */
class DyadScriptIT {
  @TempDir Path dir;

  /**
   * Runs scripts/dyad with dictionary actors only (the default run with NER is tested once, below).
   */
  static String run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, "none", 0, args);
  }

  /**
   * Runs scripts/dyad; returns what it printed (standard output and error), having checked its exit
   * status.
   */
  static String run(Path workDir, String ner, int expectedStatus, String... args)
      throws IOException, InterruptedException {
    return run(workDir, java.util.Map.of(), ner, expectedStatus, args);
  }

  /** {@link #run(Path, String, int, String...)} with more environment variables. */
  static String run(
      Path workDir,
      java.util.Map<String, String> environment,
      String ner,
      int expectedStatus,
      String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(TestPaths.repo().resolve("scripts/dyad").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    if (ner != null) builder.environment().put("DYAD_NER", ner);
    else builder.environment().remove("DYAD_NER");
    builder.environment().remove("TF_CPP_MIN_LOG_LEVEL");
    builder.environment().putAll(environment);
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "scripts/dyad finished");
    assertEquals(expectedStatus, p.exitValue(), output);
    return output;
  }

  /**
   * The README's first command as a new user types it: no options, NER on with the shipped tagger.
   */
  @Test
  void runWithNoArgumentsReadsTheSeedsIntoReports() throws Exception {
    String output = run(dir, null, 0, "run");
    Path reports = dir.resolve("reports");
    for (String stage :
        List.of(
            "list",
            "read",
            "validate",
            "exact-dups",
            "near-dups",
            "write",
            "dictionary",
            "ner-model",
            "mentions",
            "actors",
            "topic-model",
            "topic-trends",
            "dyads",
            "country-dyads",
            "publish",
            "report")) {
      assertTrue(
          output.contains("[dyad] " + stage), "a progress line for " + stage + ":\n" + output);
    }
    // The HTML report, written at the end of the run, and its path printed
    Path page = reports.resolve("report").resolve("index.html").toRealPath();
    assertTrue(output.contains("open " + page), "the report's path is printed:\n" + output);
    assertTrue(Files.size(page) > 10_000, "a page with its data: " + Files.size(page));
    // Quiet: the stage lines and little else (no Spark or TensorFlow logging, no escape codes).
    List<String> lines = output.lines().toList();
    assertTrue(lines.size() < 40, lines.size() + " lines:\n" + output);
    assertTrue(
        lines.stream().allMatch(l -> l.startsWith("[dyad]")), "only Dyad's own lines:\n" + output);
    assertFalse(output.contains("\u001b["), "no terminal escape codes");
    JsonNode manifest = new ObjectMapper().readTree(reports.resolve(Tables.MANIFEST_FILE).toFile());
    assertEquals("succeeded", manifest.get("status").asText());
    JsonNode counts = manifest.get("counts");
    assertEquals(
        counts.get("read").asLong(),
        counts.get("accepted").asLong() + counts.get("rejected").asLong());
    assertTrue(
        manifest.get("inputs").get("file_list").get(0).get("path").asText().contains("seeds"));

    Dataset<Row> articles =
        SparkTestSession.get()
            .read()
            .parquet(reports.resolve(IngestTables.ARTICLES.name()).toString());
    assertEquals(counts.get("articles").asLong(), articles.count());
    assertEquals(IngestTables.ARTICLES.schema().fieldNames().length, articles.columns().length);
    assertTrue(
        articles.where("text like '%Khamenei%'").count() >= 1,
        "the seed article is in the articles table");
    assertEquals(
        counts.get("rejected").asLong(),
        SparkTestSession.get()
            .read()
            .parquet(reports.resolve(IngestTables.REJECTS.name()).toString())
            .count());
    Dataset<Row> actors =
        SparkTestSession.get()
            .read()
            .parquet(reports.resolve(ActorTables.ACTORS.name()).toString());
    assertEquals(manifest.get("actors").get("actors").asLong(), actors.count());
    assertTrue(actors.where("actor_id = 'person:ali-khamenei'").count() == 1);
    assertTrue(
        manifest.get("actors").get("ner").asText().contains("models/dyad-ner-tagger.gz"),
        "the shipped NER tagger ran: " + manifest.get("actors"));
    assertTrue(
        manifest.get("actors").get("mentions_by_source").has("ner"),
        manifest.get("actors").toString());
    assertEquals(
        manifest.get("actors").get("mentions").asLong(),
        SparkTestSession.get()
            .read()
            .parquet(reports.resolve(ActorTables.MENTIONS.name()).toString())
            .count());
    // About ten stories: two topics, and the manifest says k was lowered.
    assertEquals(2, manifest.get("topics").get("k").asInt(), manifest.get("topics").toString());
    assertTrue(manifest.get("topics").get("note").asText().contains("k lowered"));
    assertEquals(
        2,
        SparkTestSession.get()
            .read()
            .parquet(reports.resolve(TopicTables.TOPICS.name()).toString())
            .count());
  }

  @Test
  void aBadOptionFailsBeforeSparkAndAStageFailureSaysWhere() throws Exception {
    String bad = run(dir, "none", 2, "run", "--window", "sentance");
    assertTrue(bad.contains("expected one of sentence, article but was 'sentance'"), bad);
    assertFalse(bad.contains("Exception"), "no stack trace for a user error: " + bad);
    Path corpus = Files.writeString(dir.resolve("only-bad.jsonl"), "{not json}\n");
    String nothing =
        run(
            dir,
            "none",
            3,
            "ingest",
            "--input",
            corpus.toString(),
            "-o",
            dir.resolve("nothing").toString());
    assertTrue(nothing.contains("No usable articles"), nothing);
  }

  @Test
  void helpOnEveryCommand() throws Exception {
    for (String command :
        List.of(
            "run",
            "ingest",
            "compile-actors",
            "train-ner",
            "eval-ner",
            "eval-events",
            "bench-coder",
            "eval-actors",
            "eval-topics",
            "show",
            "report")) {
      String output = run(dir, command, "--help");
      assertTrue(output.contains("Usage: dyad " + command), output);
    }
    assertTrue(run(dir, "--help").contains("Commands:"));
  }

  @Test
  void aFieldMappingFromTheCommandLine() throws Exception {
    Path corpus = dir.resolve("feed.jsonl");
    Files.writeString(
        corpus,
        "{\"story\":\"Rouhani spoke in Tehran about the nuclear deal.\",\"when\":\"15 May"
            + " 2019\"}\n");
    run(
        dir,
        "ingest",
        "--input",
        corpus.toString(),
        "--field",
        "text=story",
        "--field",
        "published=when",
        "-o",
        "out");
    JsonNode counts =
        new ObjectMapper()
            .readTree(dir.resolve("out").resolve(Tables.MANIFEST_FILE).toFile())
            .get("counts");
    assertEquals(1, counts.get("read").asLong());
    assertEquals(1, counts.get("accepted").asLong());
    assertEquals(0, counts.get("rejected").asLong());
    Row r =
        SparkTestSession.get()
            .read()
            .parquet(dir.resolve("out").resolve(IngestTables.ARTICLES.name()).toString())
            .first();
    assertEquals("Rouhani spoke in Tehran about the nuclear deal.", r.getAs("text"));
    assertEquals(Timestamp.valueOf("2019-05-15 00:00:00"), r.getAs("published"));
  }
}
