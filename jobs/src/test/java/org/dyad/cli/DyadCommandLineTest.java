package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.config.DyadConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line is a thin layer: options and the config file become one DyadConfig. */
class DyadCommandLineTest {
  @TempDir Path dir;

  private static RunCommand parse(String... args) {
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs(args);
    return run;
  }

  private static DyadConfig effective(RunCommand run) {
    DyadConfig config = run.common.load();
    run.ingest.applyTo(config.ingest, "seeds");
    return config;
  }

  @Test
  void defaultsReadTheSeedsIntoReports() {
    DyadConfig c = effective(parse());
    assertEquals(List.of("seeds"), c.ingest.inputs);
    assertEquals("reports", c.output);
    assertEquals("auto", c.ingest.format);
    assertTrue(c.ingest.nearDuplicates.enabled);
  }

  @Test
  void optionsSetTheConfiguration() {
    DyadConfig c =
        effective(
            parse(
                "--input", "a", "-i", "b", "--format", "jsonl", "--field", "text=body", "--field", "published=date",
                "--date", "2019-05-15", "--source", "AP", "--max-chars", "5000", "--near-dup-threshold", "0.8",
                "-o", "out"));
    assertEquals(List.of("a", "b"), c.ingest.inputs);
    assertEquals("jsonl", c.ingest.format);
    assertEquals(Map.of("text", "body", "published", "date"), c.ingest.fields);
    assertEquals("2019-05-15", c.ingest.date);
    assertEquals("AP", c.ingest.source);
    assertEquals(5000, c.ingest.maxChars);
    assertEquals(0.8, c.ingest.nearDuplicates.threshold);
    assertEquals("out", c.output);
    assertFalse(effective(parse("--no-near-dups")).ingest.nearDuplicates.enabled);
  }

  @Test
  void theConfigFileIsReadAndOptionsOverrideIt() throws IOException {
    Path file = dir.resolve("dyad.json");
    Files.writeString(
        file,
        "{\"output\": \"from-file\", \"ingest\": {\"inputs\": [\"corpus\"], \"maxChars\": 10, \"nearDuplicates\": {\"threshold\": 0.9}}}");
    DyadConfig c = effective(parse("--config", file.toString(), "--max-chars", "20"));
    assertEquals("from-file", c.output);
    assertEquals(List.of("corpus"), c.ingest.inputs);
    assertEquals(20, c.ingest.maxChars);
    assertEquals(0.9, c.ingest.nearDuplicates.threshold);
  }

  @Test
  void aTypoInTheConfigFileIsAnError() throws IOException {
    Path file = dir.resolve("dyad.json");
    Files.writeString(file, "{\"ingest\": {\"maxChar\": 10}}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DyadConfig.load(file.toFile()));
    assertTrue(e.getMessage().contains("maxChar"), e.getMessage());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("run", "ingest")) {
      StringWriter out = new StringWriter();
      int status = new CommandLine(new Dyad()).setOut(new PrintWriter(out)).execute(command, "--help");
      assertEquals(0, status);
      assertTrue(out.toString().contains("--input"), out.toString());
      assertTrue(out.toString().contains("--field"), out.toString());
    }
  }

  @Test
  void badUsageExitsWithTheUsageCode() {
    StringWriter err = new StringWriter();
    int status = new CommandLine(new Dyad()).setErr(new PrintWriter(err)).execute("run", "--max-chars", "lots");
    assertEquals(CommandLine.ExitCode.USAGE, status);
    assertTrue(err.toString().contains("--max-chars"));
  }
}
