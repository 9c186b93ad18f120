package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.SparkTestSession;
import org.dyad.TableChecksums;
import org.dyad.TestPaths;
import org.dyad.config.AppendCheck;
import org.dyad.config.ConfigException;
import org.dyad.config.CorpusFormat;
import org.dyad.config.DyadConfig;
import org.dyad.config.NerMode;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import org.dyad.trends.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --append} equals one run over all of the input given the same fitted models, row for
 * row in every table (and in the state a further append reads): on a slice of Reuters (every third
 * story of reut2-000, over five days, daily periods so that trends and their trailing baselines
 * span the two parts, topics on) split in two by date, the append placing the new stories with the
 * topic model of the first part and the run over all given that model ({@code --models-from}), with
 * Dyad's NER model on; and split in two at random, the append fitting the model again ({@code
 * --refit}) and the run over all fitting its own. A file changed since it was read is read again
 * and replaces its earlier records; an append with nothing new leaves the reports as they are; an
 * append read differently (another --format) is refused before anything runs.
 */
class AppendIT {
  @TempDir static Path dir;

  static final Pattern RECORD = Pattern.compile("<REUTERS .*?</REUTERS>\\n", Pattern.DOTALL);
  static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d+)-([A-Z]+)-");
  static final String HEADER = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n";

  static List<String> slice;

  @BeforeAll
  static void slice() throws Exception {
    String sgml =
        Files.readString(
            TestPaths.sharedData("reuters21578/reut2-000.sgm"), StandardCharsets.ISO_8859_1);
    List<String> records = new ArrayList<>();
    Matcher m = RECORD.matcher(sgml);
    for (int i = 0; m.find(); i++) if (i % 3 == 0) records.add(m.group());
    slice = records;
  }

  static void write(Path file, List<String> records) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, HEADER + String.join("", records), StandardCharsets.ISO_8859_1);
  }

  /** Up to March 1st (229 + 38 stories in the whole file) / March 2nd and 3rd. */
  static boolean early(String record) {
    Matcher d = DATE.matcher(record);
    return d.find() && (d.group(2).equals("FEB") || d.group(1).equals("1"));
  }

  static DyadConfig config(Path input, Path output, boolean append, NerMode ner) {
    DyadConfig c = IngestJobIT.config(input.toString());
    c.ingest.format = CorpusFormat.REUTERS;
    c.actors.ner = ner;
    c.trends.period = Period.DAY;
    c.output = output.toString();
    c.append = append;
    return c;
  }

  static int run(DyadConfig config) throws Exception {
    return Pipeline.run(
        SparkTestSession.get(),
        new Progress(System.err),
        Pipeline.Request.validated("run", config, DyadConfig.Scope.RELATIONS, false));
  }

  static JsonNode manifest(Path reports) throws Exception {
    return new ObjectMapper().readTree(reports.resolve(Tables.MANIFEST_FILE).toFile());
  }

  /** A count of a stage in a run's manifest. */
  static long stageCount(JsonNode manifest, String stage, String count) {
    for (JsonNode s : manifest.get("stages"))
      if (s.get("name").asText().equals(stage)) return s.get("counts").get(count).asLong();
    throw new AssertionError("no stage " + stage);
  }

  static List<Table> everyTable() {
    return Stream.concat(Tables.all().stream(), StateTables.ALL.stream()).toList();
  }

  /**
   * Writes the first part into a folder and runs; adds the second part to the folder and appends;
   * runs once over the folder as it then is. Returns the appended and the full reports.
   */
  static Path[] appendThenFull(String name, Predicate<String> first, NerMode ner, boolean refit)
      throws Exception {
    Path input = dir.resolve(name + "-in");
    write(input.resolve("part-1.sgm"), slice.stream().filter(first).toList());
    Path appended = dir.resolve(name + "-appended");
    assertEquals(
        0,
        run(config(input, appended, true, ner)),
        "--append with no reports yet reads everything");
    assertEquals("full", manifest(appended).get("append").get("mode").asText());
    long firstArticles = manifest(appended).get("counts").get("articles").asLong();
    String firstRun = manifest(appended).get("run_id").asText();

    write(input.resolve("part-2.sgm"), slice.stream().filter(first.negate()).toList());
    DyadConfig second = config(input, appended, true, ner);
    second.refit = refit;
    assertEquals(0, run(second));
    JsonNode m = manifest(appended);
    JsonNode model = m.get("topics").get("model");
    assertEquals(refit ? "this run" : "kept", model.get("fitted").asText());
    assertEquals(refit ? m.get("run_id").asText() : firstRun, model.get("fitted_by_run").asText());
    if (refit) assertEquals(0, stageCount(m, "mentions", "merge_decisions_kept"));
    else
      assertTrue(
          stageCount(m, "mentions", "merge_decisions_kept") > 0,
          "the first part's merge decisions are applied as made");
    JsonNode append = m.get("append");
    assertEquals("append", append.get("mode").asText());
    assertEquals(1, append.get("files_already_read").asLong(), "part-1 is not read again");
    assertEquals(
        append.get("read").asLong(),
        append.get("accepted").asLong() + append.get("rejected").asLong(),
        "this run's read = accepted + rejected");
    assertTrue(append.get("identity_holds").asBoolean());
    assertEquals(
        slice.size(),
        m.get("counts").get("read").asLong(),
        "the reports hold every record of both parts");
    assertEquals(
        m.get("counts").get("read").asLong(),
        append.get("earlier_records").asLong() + append.get("read").asLong());
    long reused = m.get("actors").get("articles_reused").asLong();
    assertTrue(
        reused > 0 && reused <= firstArticles,
        "the first part's articles are not annotated again: " + reused + " of " + firstArticles);
    long topicsReused = m.get("topics").get("articles_reused").asLong();
    assertTrue(
        topicsReused > 0 && topicsReused <= firstArticles,
        "nor their topic terms read again: " + topicsReused);

    // One run over all of it: given the appended reports' models unless the append fitted its own.
    Path full = dir.resolve(name + "-full");
    DyadConfig once = config(input, full, false, ner);
    if (!refit) once.modelsFrom = appended.toString();
    assertEquals(0, run(once));
    assertEquals(
        refit ? "this run" : "kept",
        manifest(full).get("topics").get("model").get("fitted").asText());
    if (!refit)
      assertEquals(
          stageCount(manifest(full), "mentions", "merge_decisions"),
          stageCount(manifest(full), "mentions", "merge_decisions_kept"),
          "given the appended reports' decisions, every key is decided already");
    assertEquals(0, manifest(full).get("actors").get("articles_reused").asLong());
    assertEquals(0, manifest(full).get("topics").get("articles_reused").asLong());
    return new Path[] {appended, full};
  }

  @Test
  void appendingTheLaterDaysWithNerGivesTheRowsOfOneRunOverAllWithTheSameModels() throws Exception {
    Path[] runs = appendThenFull("by-date", AppendIT::early, NerMode.AUTO, false);
    assertEquals(
        TableChecksums.of(runs[1], everyTable()), TableChecksums.of(runs[0], everyTable()));
  }

  @Test
  void appendingARandomHalfWithRefitGivesTheRowsOfOneRunOverAll() throws Exception {
    Random random = new Random(7);
    Map<String, Boolean> half = new HashMap<>();
    for (String r : slice) half.put(r, random.nextBoolean());
    Path[] runs = appendThenFull("random", half::get, NerMode.NONE, true);
    // Each run fitted its own topic model: the same model, kept with the run that fitted it.
    Set<String> fitter = Set.of(StateTables.FITTED_BY_RUN, StateTables.FITTED_AT);
    Map<String, String> full = TableChecksums.of(runs[1], everyTable(), fitter);
    assertEquals(full, TableChecksums.of(runs[0], everyTable(), fitter));

    // Nothing new: the reports stay as they are (the same manifest, the same rows).
    Path input = dir.resolve("random-in");
    String runId = manifest(runs[0]).get("run_id").asText();
    assertEquals(0, run(config(input, runs[0], true, NerMode.NONE)));
    assertEquals(runId, manifest(runs[0]).get("run_id").asText(), "nothing was published");

    // A changed file is read again: its earlier records are replaced, as a run over the folder as
    // it now is would read it.
    Path second = input.resolve("part-2.sgm");
    List<String> kept = slice.stream().filter(r -> !half.get(r)).toList();
    write(second, kept.subList(0, kept.size() / 2));
    DyadConfig again = config(input, runs[0], true, NerMode.NONE);
    again.refit = true;
    assertEquals(0, run(again));
    JsonNode append = manifest(runs[0]).get("append");
    assertEquals(1, append.get("files_read_again").asLong());
    assertEquals(kept.size(), append.get("records_replaced").asLong());
    assertEquals(0, run(config(input, runs[1], false, NerMode.NONE)));
    assertEquals(
        TableChecksums.of(runs[1], everyTable(), fitter),
        TableChecksums.of(runs[0], everyTable(), fitter));

    // Read another way, the earlier records would not be what this run reads: refused before
    // anything runs.
    DyadConfig other = config(input, runs[0], true, NerMode.NONE);
    other.ingest.format = CorpusFormat.AUTO;
    List<String> problems =
        AppendCheck.problems(other, SparkTestSession.get().sparkContext().hadoopConfiguration());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("ingest.format"), problems.get(0));
    // The configuration's own validation says so, with its other problems, before Spark is needed.
    ConfigException refused =
        assertThrows(ConfigException.class, () -> other.validate(DyadConfig.Scope.RELATIONS));
    assertTrue(refused.getMessage().contains("ingest.format"), refused.getMessage());
  }
}
