package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.TestPaths;
import org.dyad.config.ConfigException;
import org.dyad.config.CorpusFormat;
import org.dyad.config.DyadConfig;
import org.dyad.config.IngestConfig;
import org.dyad.config.NerMode;
import org.dyad.ingest.EpochUnit;
import org.dyad.relations.CooccurrenceWindow;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import org.dyad.topics.TopicMethod;
import org.dyad.trends.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line is a thin layer: options and the config file become one DyadConfig. */
class DyadCommandLineTest {
  @TempDir Path dir;

  private static RunCommand parse(String... args) {
    CommandLine cmd = Dyad.commandLine();
    cmd.parseArgs(prepend("run", args));
    return (RunCommand) cmd.getSubcommands().get("run").getCommand();
  }

  private static String[] prepend(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** Runs the command line; returns the exit status, with what it printed on standard error. */
  private record Outcome(int status, String err, long millis) {}

  private static Outcome execute(String... args) {
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int status = Dyad.commandLine().setErr(new PrintWriter(err)).execute(args);
    return new Outcome(status, err.toString(), (System.nanoTime() - start) / 1_000_000);
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
    assertEquals(CorpusFormat.AUTO, c.ingest.format);
    assertTrue(c.ingest.nearDuplicates.enabled);
  }

  @Test
  void optionsSetTheConfiguration() {
    DyadConfig c =
        effective(
            parse(
                "--input",
                "a",
                "-i",
                "b",
                "--format",
                "jsonl",
                "--field",
                "text=body",
                "--field",
                "published=date",
                "--date",
                "2019-05-15",
                "--source",
                "AP",
                "--max-chars",
                "5000",
                "--near-dup-threshold",
                "0.8",
                "-o",
                "out"));
    assertEquals(List.of("a", "b"), c.ingest.inputs);
    assertEquals(CorpusFormat.JSONL, c.ingest.format);
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
        "{\"output\": \"from-file\", \"ingest\": {\"inputs\": [\"corpus\"], \"maxChars\": 10,"
            + " \"nearDuplicates\": {\"threshold\": 0.9}}}");
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
    ConfigException e = assertThrows(ConfigException.class, () -> DyadConfig.load(file.toFile()));
    assertTrue(
        e.getMessage().contains("ingest.maxChar") && e.getMessage().contains("maxChars"),
        e.getMessage());
  }

  @Test
  void enumeratedSettingsReadTheirNamesInAnyCaseFromTheFileAndTheOptions() throws IOException {
    Path file = dir.resolve("dyad.json");
    Files.writeString(
        file,
        "{\"trends\": {\"period\": \"Month\"}, \"relations\": {\"window\": \"article\"},"
            + " \"topics\": {\"method\": \"LDA\"}, \"actors\": {\"ner\": \"none\"}}");
    RunCommand run =
        parse(
            "--config",
            file.toString(),
            "--window",
            "SENTENCE",
            "--format",
            "Reuters",
            "--input",
            file.toString(),
            "-o",
            dir.resolve("out").toString());
    DyadConfig c = run.configuration();
    assertEquals(Period.MONTH, c.trends.period);
    assertEquals(CooccurrenceWindow.SENTENCE, c.relations.window, "the option wins over the file");
    assertEquals(TopicMethod.LDA, c.topics.method);
    assertEquals(NerMode.NONE, c.actors.ner);
    assertEquals(CorpusFormat.REUTERS, c.ingest.format);
    // Written back by their names, as a configuration file takes them.
    String json = DyadConfig.JSON.writeValueAsString(c);
    assertTrue(
        json.contains("\"period\" : \"month\"") && json.contains("\"window\" : \"sentence\""),
        json);
    assertEquals(c.trends.period, DyadConfig.JSON.readValue(json, DyadConfig.class).trends.period);
  }

  @Test
  void aBadValueInTheConfigFileNamesTheKeyAndTheAcceptedValues() throws IOException {
    Path file = dir.resolve("dyad.json");
    Files.writeString(file, "{\"relations\": {\"window\": \"sentance\"}}");
    ConfigException e = assertThrows(ConfigException.class, () -> DyadConfig.load(file.toFile()));
    assertTrue(
        e.getMessage().contains("relations.window")
            && e.getMessage().contains("sentance")
            && e.getMessage().contains("sentence, article"),
        e.getMessage());
  }

  @Test
  void aMistypedOptionValueFailsAtOnceWithTheAcceptedValues() {
    Outcome o = execute("run", "--window", "sentance");
    assertEquals(2, o.status());
    assertTrue(
        o.err().contains("--window")
            && o.err().contains("sentance")
            && o.err().contains("sentence, article"),
        o.err());
    assertTrue(o.err().lines().count() <= 3, "a message, not a help dump: " + o.err());
    assertTrue(o.millis() < 2000, "before anything runs: " + o.millis() + " ms");
    for (String[] bad :
        new String[][] {
          {"run", "--period", "fortnight"},
          {"run", "--ner", "maybe"},
          {"run", "--format", "xml"},
          {"run", "--topic-method", "nmf"},
          {"show", "dyads", "--trend", "up"},
          {"show", "dyads", "--level", "city"},
          {"show", "dyads", "--format", "xml"}
        }) {
      Outcome b = execute(bad);
      assertEquals(2, b.status(), String.join(" ", bad));
      assertTrue(b.err().contains("expected one of"), b.err());
    }
  }

  @Test
  void anAppendToReportsReadAnotherWayOrMadeWithoutStateIsRefusedBeforeSparkStarts()
      throws IOException {
    Path out = dir.resolve("appended");
    Files.createDirectories(out);
    ObjectNode earlier = DyadConfig.JSON.createObjectNode();
    earlier.put("run_id", "20261128T000000Z-earlier");
    ObjectNode ingest = DyadConfig.JSON.valueToTree(new IngestConfig());
    ingest.put("format", "reuters");
    earlier.putObject("config").set("ingest", ingest);
    Files.writeString(out.resolve(Tables.MANIFEST_FILE), earlier.toString());
    Outcome o =
        execute("run", "--append", "--input", TestPaths.seeds().toString(), "-o", out.toString());
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains("_state/records") && o.err().contains("without --append"), o.err());

    for (Table t : StateTables.ALL) Files.createDirectories(out.resolve(t.name()));
    o = execute("run", "--append", "--input", TestPaths.seeds().toString(), "-o", out.toString());
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains("ingest.format") && o.err().contains("\"reuters\""), o.err());
    assertTrue(o.millis() < 2000, "before Spark starts: " + o.millis() + " ms");
    // the same setting as before: accepted (nothing is run here: the configuration only)
    RunCommand same =
        parse(
            "--append",
            "--format",
            "reuters",
            "--input",
            TestPaths.seeds().toString(),
            "-o",
            out.toString());
    assertTrue(same.configuration().append);
  }

  @Test
  void theModelOptionsAreCheckedBeforeSparkStarts() {
    String seeds = TestPaths.seeds().toString();
    String out = dir.resolve("models").toString();
    Outcome refit = execute("run", "--refit", "--input", seeds, "-o", out);
    assertEquals(2, refit.status(), refit.err());
    assertTrue(refit.err().contains("--refit: only an --append run"), refit.err());
    Outcome both = execute("run", "--append", "--models-from", seeds, "--input", seeds, "-o", out);
    assertEquals(2, both.status(), both.err());
    assertTrue(both.err().contains("give one of the two"), both.err());
    Outcome missing =
        execute(
            "run", "--models-from", dir.resolve("nowhere").toString(), "--input", seeds, "-o", out);
    assertEquals(2, missing.status(), missing.err());
    assertTrue(missing.err().contains("--models-from") && missing.err().contains("does not exist"));
    for (Outcome o : List.of(refit, both, missing))
      assertTrue(o.millis() < 2000, o.millis() + " ms");
    RunCommand fine = parse("--append", "--refit", "--input", seeds, "-o", out);
    assertTrue(fine.configuration().refit);
    assertEquals(seeds, parse("--models-from", seeds, "--input", seeds).configuration().modelsFrom);
  }

  @Test
  void everyProblemOfAConfigurationIsReportedBeforeSparkStarts() {
    Outcome o =
        execute(
            "run",
            "--input",
            dir.resolve("missing").toString(),
            "--min-support",
            "0",
            "--baseline",
            "0",
            "-o",
            dir.resolve("x").toString(),
            "--actors",
            dir.resolve("no-such-actors.txt").toString(),
            "--ner-model",
            dir.toString(),
            "--date",
            "someday");
    assertEquals(2, o.status(), o.err());
    for (String expected :
        List.of(
            "--input",
            "does not exist",
            "--min-support",
            "--baseline",
            "--actors",
            "--ner-model",
            "--date")) {
      assertTrue(o.err().contains(expected), expected + " in:\n" + o.err());
    }
    assertTrue(o.millis() < 2000, o.millis() + " ms");
  }

  @Test
  void anOutputThatIsAFileOrAMalformedActorFileIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Path actors =
        Files.writeString(
            dir.resolve("actors.txt"), "Acme | organisation\nBad line with no type\n");
    Outcome o = execute("ingest", "--input", file.toString(), "-o", file.toString());
    assertEquals(2, o.status());
    assertTrue(o.err().contains("is a file, not a folder"), o.err());
    Outcome a =
        execute(
            "run",
            "--input",
            file.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--actors",
            actors.toString(),
            "--ner",
            "none");
    assertEquals(2, a.status());
    assertTrue(a.err().contains("actors.txt:2"), "the bad line is named: " + a.err());
  }

  @Test
  void anOutputThatCannotHoldReportsOrMixesWithTheInputIsAUsageError() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Rouhani spoke in Tehran.");
    Path link = Files.createSymbolicLink(dir.resolve("corpus-link"), corpus);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("articles"));
    Files.createDirectories(out.resolve("news"));
    Files.writeString(out.resolve("news").resolve("b.txt"), "Hunt warned of war.");
    String[][] refused = {
      {corpus.toString(), corpus.toString(), "is the input folder"},
      {corpus.toString(), link.toString(), "is the input folder"},
      {corpus.toString(), corpus.resolve("reports").toString(), "is inside the input folder"},
      {link.toString(), corpus.resolve("reports").toString(), "is inside the input folder"},
      {out.resolve("articles").toString(), out.toString(), "is in the output folder's articles"},
      // /proc takes no new folder, even from root, whose permission bits say it could.
      {corpus.toString(), "/proc/dyad-reports", "cannot be created"},
    };
    for (String[] c : refused) {
      Outcome o = execute("ingest", "--input", c[0], "-o", c[1]);
      assertEquals(2, o.status(), String.join(" ", c) + ": " + o.err());
      assertTrue(o.err().contains(c[2]), c[2] + " in: " + o.err());
    }
    // A folder of the user's own inside the output folder is an input like any other.
    assertEquals(
        List.of(), problems("--input", out.resolve("news").toString(), "-o", out.toString()));
  }

  private static List<String> problems(String... args) {
    try {
      effective(parse(args)).validate(DyadConfig.Scope.INGEST);
      return List.of();
    } catch (ConfigException e) {
      return List.of(e.getMessage());
    }
  }

  @Test
  void severalInputsFollowOneOption() {
    DyadConfig c = effective(parse("--input", "a.sgm", "b.sgm", "c.sgm", "--format", "reuters"));
    assertEquals(List.of("a.sgm", "b.sgm", "c.sgm"), c.ingest.inputs);
  }

  @Test
  void commandsThatReadReportsTakeTheSameOptionAndSayWhatIsMissing() {
    for (List<String> command :
        List.of(
            List.of("eval-actors"),
            List.of("eval-topics"),
            List.of("show", "dyads"),
            List.of("show", "actors"),
            List.of("show", "topics"),
            List.of("show", "events"),
            List.of("show", "escalation"),
            List.of("export", "--gdelt", "-o", dir.resolve("gdelt").toString()),
            List.of(
                "eval-events",
                "--gold",
                TestPaths.repo().resolve("jobs/src/test/resources/events-gold").toString()),
            List.of("report"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--reports", dir.resolve("nothing-here").toString()));
      Outcome o = execute(args.toArray(String[]::new));
      assertEquals(2, o.status(), command + ": " + o.err());
      assertTrue(o.err().contains("is not a folder of reports"), command + ": " + o.err());
      assertFalse(o.err().contains("Exception"), "no stack trace: " + o.err());
    }
    Outcome o = execute("show", "dyads", "-o", "reports");
    assertEquals(2, o.status(), "-o is not an option of show: " + o.err());
    Outcome what = execute("show", "dyadz");
    assertEquals(2, what.status(), what.err());
    assertTrue(
        what.err().contains("dyads, actors, topics, events, escalation"),
        "the values WHAT takes: " + what.err());
    Outcome pair = execute("show", "actors", "--pair", "USA,IRN");
    assertEquals(2, pair.status(), pair.err());
    assertTrue(
        pair.err().contains("only `dyad show dyads` and `dyad show events` take a pair"),
        pair.err());
  }

  @Test
  void summariesInTheHelpAreWholeSentences() {
    StringWriter out = new StringWriter();
    Dyad.commandLine().setOut(new PrintWriter(out)).execute("--help");
    List<String> commands = new ArrayList<>();
    for (String l :
        out.toString()
            .lines()
            .dropWhile(l -> !l.startsWith("Commands:"))
            .skip(1)
            .takeWhile(l -> !l.isBlank())
            .toList()) {
      if (l.startsWith("  ") && !l.startsWith("   ")) commands.add(l.strip());
      else commands.set(commands.size() - 1, commands.get(commands.size() - 1) + " " + l.strip());
    }
    assertTrue(commands.size() >= 10, out.toString());
    for (String line : commands) assertTrue(line.endsWith("."), "a whole sentence: " + line);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("run", "ingest")) {
      StringWriter out = new StringWriter();
      int status = Dyad.commandLine().setOut(new PrintWriter(out)).execute(command, "--help");
      assertEquals(0, status);
      assertTrue(out.toString().contains("--input"), out.toString());
      assertTrue(out.toString().contains("--field"), out.toString());
    }
  }

  @Test
  void badUsageExitsWithTheUsageCode() {
    Outcome o = execute("run", "--max-chars", "lots");
    assertEquals(2, o.status());
    assertTrue(o.err().contains("--max-chars"));
    Outcome unknown = execute("run", "--windwo", "article");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("--window"), "a suggestion: " + unknown.err());
  }

  /** `dyad` alone printed its usage and exited 0, as if something had run: now a usage error, 2. */
  @Test
  void noCommandIsAUsageError() {
    Outcome o = execute();
    assertEquals(2, o.status);
    assertTrue(o.err.contains("no command given") && o.err.contains("Usage: dyad"), o.err);
  }

  /** An unknown option is named as one; the word after it is not called an option too. */
  @Test
  void anUnknownOptionIsNamedAndTheWordAfterItIsNotAnOption() {
    Outcome o = execute("run", "--windw", "sentence");
    assertEquals(2, o.status);
    assertTrue(o.err.contains("unknown option --windw (and the word sentence after it)"), o.err);
    assertTrue(o.err.contains("--window"), "suggests the option meant: " + o.err);
    assertFalse(o.err.contains("Unknown options"), o.err);
  }

  @Test
  void theEpochUnitIsAnOptionCheckedBeforeSpark() {
    RunCommand run = parse("--epoch-unit", "MILLISECONDS");
    assertEquals(EpochUnit.MILLISECONDS, effective(run).ingest.epochUnit);
    Outcome o = execute("run", "--epoch-unit", "minutes");
    assertEquals(2, o.status);
    assertTrue(o.err.contains("expected one of auto, seconds, milliseconds"), o.err);
  }
}
