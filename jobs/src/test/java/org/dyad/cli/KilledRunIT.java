package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dyad.TableChecksums;
import org.dyad.TestPaths;
import org.dyad.run.RunOutput;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of scripts/dyad's JVM in the middle of a run (during NER, during the dyads stage): the
 * published reports stay as they were and readable, and the next run cleans up and publishes the
 * same rows again (sorted-row checksums of every table).
 */
class KilledRunIT {
  @TempDir Path dir;

  /**
   * Every published table, as a checksum of its rows sorted (the run manifest, which names the run,
   * is left out).
   */
  static Map<String, String> checksums(Path reports) throws Exception {
    return TableChecksums.of(reports, Tables.all());
  }

  private static Optional<Path> staged(Path reports, String table) throws IOException {
    Path staging = reports.resolve(RunOutput.STAGING);
    if (!Files.isDirectory(staging)) return Optional.empty();
    try (Stream<Path> runs = Files.list(staging)) {
      return runs.map(r -> r.resolve(table)).filter(Files::exists).findFirst();
    }
  }

  /**
   * Starts `scripts/dyad run` (the seeds, NER on) and kills its JVM with SIGKILL once the run has
   * begun writing the table.
   */
  private static void killWhenWriting(
      Path workDir, Map<String, String> environment, Path reports, String table) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(TestPaths.repo().resolve("scripts/dyad").toString(), "run")
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("killed-" + table + ".log").toFile());
    builder.environment().remove("DYAD_NER");
    builder.environment().putAll(environment);
    Process p = builder.start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (staged(reports, table).isEmpty()) {
      assertTrue(
          p.isAlive(),
          "the run ended before writing "
              + table
              + ": "
              + Files.readString(workDir.resolve("killed-" + table + ".log")));
      assertTrue(System.nanoTime() < deadline, "the run did not reach " + table + " in 5 minutes");
      Thread.sleep(20);
    }
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    assertEquals(137, p.exitValue(), "killed by SIGKILL");
  }

  @Test
  void aRunKilledDuringNerOrTheDyadsStageLeavesTheReportsAndTheNextRunPublishesTheSameRows()
      throws Exception {
    Path reports = dir.resolve("reports");
    // The class archive of scripts/dyad in a cache of this test's own: the first run that ends well
    // marks the build, the killed runs leave no archive behind, the next whole run makes one, and
    // the last run maps it.
    Path cds = dir.resolve("cache").resolve("cds");
    Map<String, String> env = Map.of("DYAD_CACHE", dir.resolve("cache").toString());
    DyadScriptIT.run(dir, env, null, 0, "run");
    Map<String, String> first = checksums(reports);
    assertEquals(List.of("jsa.runs"), suffixes(cds), "the first run marks the build");

    // The mentions table is written by the job that runs NER (Spark computes NER lazily, for that
    // write);
    // cooccurrence is the dyads stage's first table.
    for (String table : List.of("mentions", "cooccurrence")) {
      killWhenWriting(dir, env, reports, table);
      assertEquals(
          first,
          checksums(reports),
          "killed while writing " + table + ": the published reports are the first run's, whole");
      assertTrue(
          staged(reports, table).isPresent(), "the killed run's staging folder is left behind");
    }

    assertEquals(List.of("jsa.runs"), suffixes(cds), "a killed run leaves no class archive");
    String printed = DyadScriptIT.run(dir, env, null, 0, "run");
    assertTrue(printed.contains("keeps the classes it loads"), printed);
    assertEquals(
        List.of("jsa.PID", "jsa.PID.done", "jsa.runs"),
        suffixes(cds),
        "an archive named by its run's process id, marked done");
    assertTrue(printed.contains("removed the staging folder of killed run"), printed);
    assertFalse(Files.exists(reports.resolve(RunOutput.STAGING)), "nothing left in _staging");
    assertEquals(first, checksums(reports), "the same input and configuration give the same rows");

    // The seeds are a small input, run without generated code (SparkSessions.sizeToInput); with it,
    // the same rows.
    String mapped =
        DyadScriptIT.run(
            dir,
            env,
            null,
            0,
            "run",
            "-o",
            "reports-codegen",
            "--conf",
            "spark.sql.codegen.wholeStage=true",
            "--conf",
            "spark.sql.codegen.factoryMode=FALLBACK");
    assertEquals(
        first, checksums(dir.resolve("reports-codegen")), "generated code or not, the same rows");
    assertEquals(List.of("jsa", "jsa.runs"), suffixes(cds), "the archive was tried and taken");
    assertTrue(
        mapped.lines().allMatch(l -> l.startsWith("[dyad]")),
        "a run that maps the archive prints only Dyad's lines:\n" + mapped);
  }

  /** What follows "dyad-<checksum>." in the names of the class archive's folder, sorted. */
  private static List<String> suffixes(Path cds) throws IOException {
    if (!Files.isDirectory(cds)) return List.of();
    try (Stream<Path> files = Files.list(cds)) {
      return files
          .map(f -> f.getFileName().toString())
          .map(n -> n.substring(n.indexOf('.') + 1))
          .map(n -> n.matches("jsa\\.\\d+.*") ? n.replaceFirst("\\d+", "PID") : n)
          .sorted()
          .toList();
    }
  }
}
