package org.dyad.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.DyadConfig;
import org.dyad.ingest.ReutersSgmlParser;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.report.HtmlReport;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus (jobs/src/test/resources/hostile/, docs/RELIABILITY.md): one folder per
 * case with its inputs and its expected outcome (expected.json); inputs too large or too special
 * for the repository (a 50 MB article, 20,000 records, cut archives, a FIFO, link loops, Parquet, a
 * listener on 127.0.0.1) are made here. One full run (ingest, NER, topics, dyads) reads every case
 * at once; then each case's records are checked one by one, keyed by file and line: articles with
 * their id, date and text as given, copies, rejects with their reasons, files skipped with theirs,
 * and nothing else.
 */
class HostileCorpusIT {
  @TempDir static Path dir;

  static Path corpus;
  static IngestJobIT.Run run;
  static Map<String, JsonNode> expected = new TreeMap<>();

  /**
   * Counts the test computes itself (records before a cut, rows before damage): case/file -> count.
   */
  static Map<String, Long> computed = new HashMap<>();

  static ServerSocket listener;

  /** Rows of the damaged Parquet file that Parquet's row-by-row reader decodes before failing. */
  static long corruptParquetReadable = -1;

  static final AtomicInteger connections = new AtomicInteger();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void runTheWholeCorpusOnce() throws Exception {
    listener = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
    Thread accept =
        new Thread(
            () -> {
              while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                  connections.incrementAndGet();
                } catch (IOException e) {
                  return;
                }
              }
            });
    accept.setDaemon(true);
    accept.start();

    Path source = TestPaths.repo().resolve("jobs/src/test/resources/hostile");
    corpus = dir.resolve("corpus");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path target = corpus.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else if (!p.getFileName().toString().equals("expected.json")) Files.copy(p, target);
        else expected.put(p.getParent().getFileName().toString(), JSON.readTree(p.toFile()));
      }
    }
    for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
      if (!e.getValue().has("generated")) continue;
      Path folder = corpus.resolve(e.getKey());
      switch (e.getKey()) {
        case "big-article" -> bigArticle(folder);
        case "long-word" -> longWord(folder);
        case "tiny-records" -> tinyRecords(folder);
        case "compressed" -> compressed(folder);
        case "special-files" -> specialFiles(folder);
        case "parquet" -> parquet(folder);
        case "parquet-types" -> parquetTypes(folder);
        case "one-word-lines" -> oneWordLines(folder);
        case "csv-wide" -> csvWide(folder);
        case "sgml-entities" -> sgmlEntities(folder, listener.getLocalPort());
        default -> fail("no generator for case " + e.getKey());
      }
    }

    DyadConfig config = new DyadConfig();
    // A file of the corpus given again: read once, listed as skipped (dates/expected.json).
    config.ingest.inputs = List.of(corpus.toString(), corpus.resolve("dates/d.jsonl").toString());
    config.output = dir.resolve("out").toString();
    int status =
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.RELATIONS, false));
    Path out = dir.resolve("out");
    run =
        new IngestJobIT.Run(
            status,
            out,
            Files.exists(out.resolve(Tables.MANIFEST_FILE))
                ? JSON.readTree(out.resolve(Tables.MANIFEST_FILE).toFile())
                : null);
  }

  @AfterAll
  static void closeListener() throws IOException {
    if (listener != null) listener.close();
  }

  // ---- the checks ----

  /**
   * One record's place: "file:line", or "file:row<n>" for a Parquet row, or "file:file" for a whole
   * file.
   */
  record Located(String caseName, String file, String key) {}

  static Located locate(Row r) {
    String path = r.getAs(Col.SOURCE_FILE);
    if (path.startsWith("file:")) path = path.substring(5);
    Path rel = corpus.relativize(Path.of(path));
    String file = rel.subpath(1, rel.getNameCount()).toString();
    Long line = r.getAs(Col.SOURCE_LINE);
    Long offset = r.getAs(Col.SOURCE_OFFSET);
    String where = line != null ? String.valueOf(line) : offset != null ? "row" + offset : "file";
    return new Located(rel.getName(0).toString(), file, file + ":" + where);
  }

  static Map<String, Map<String, Row>> byCase(String table) {
    Map<String, Map<String, Row>> out = new TreeMap<>();
    for (Row r : run.table(table).collectAsList()) {
      Located l = locate(r);
      Row previous = out.computeIfAbsent(l.caseName(), c -> new TreeMap<>()).put(l.key(), r);
      assertNull(previous, table + ": two rows for " + l.caseName() + "/" + l.key());
    }
    return out;
  }

  static String fileOf(String key) {
    return key.substring(0, key.lastIndexOf(':'));
  }

  @Test
  void theRunSucceedsAndEveryRecordReadIsAnArticleACopyOrAReject() {
    assertEquals(0, run.status, "the hostile corpus does not fail the run");
    IngestJobIT.assertAccountedFor(run);
    assertEquals("succeeded", run.manifest.get("status").asText());
  }

  @Test
  void everyCaseHasExactlyItsExpectedOutcome() {
    Map<String, Map<String, Row>> articles = byCase(IngestTables.ARTICLES.name());
    Map<String, Long> publishedMicros = new HashMap<>();
    for (Row r :
        run.table(IngestTables.ARTICLES.name())
            .select(col(Col.ARTICLE_ID), functions.unix_micros(col(Col.PUBLISHED)))
            .collectAsList())
      publishedMicros.put(r.getString(0), r.isNullAt(1) ? null : r.getLong(1));
    Map<String, Map<String, Row>> copies = byCase(IngestTables.ARTICLE_COPIES.name());
    Map<String, Map<String, Row>> rejects = byCase(IngestTables.REJECTS.name());
    Map<String, String> skipped = new TreeMap<>();
    for (JsonNode s : run.manifest.get("inputs").get("skipped")) {
      Path rel = corpus.relativize(Path.of(s.get("path").asText().replaceFirst("^file:", "")));
      skipped.put(rel.toString(), s.get("reason").asText());
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
      String c = e.getKey();
      JsonNode x = e.getValue();
      Map<String, Row> a = articles.getOrDefault(c, Map.of());
      Map<String, Row> cp = copies.getOrDefault(c, Map.of());
      Map<String, Row> rj = rejects.getOrDefault(c, Map.of());
      Set<String> countedArticles = names(x.get("article_counts"));
      Set<String> countedRejects = names(x.get("reject_counts"));

      // Articles: exactly the expected keys, with id, date and text as given.
      Map<String, JsonNode> wantArticles = fields(x.get("articles"));
      Set<String> got = new TreeSet<>();
      a.keySet().stream().filter(k -> !countedArticles.contains(fileOf(k))).forEach(got::add);
      if (!got.equals(wantArticles.keySet()))
        problems.add(c + ": articles " + got + ", expected " + wantArticles.keySet());
      for (Map.Entry<String, JsonNode> w : wantArticles.entrySet()) {
        Row r = a.get(w.getKey());
        if (r == null) continue;
        JsonNode want = w.getValue();
        if (want.has("id") && !want.get("id").asText().equals(r.getAs(Col.ARTICLE_ID)))
          problems.add(
              c
                  + "/"
                  + w.getKey()
                  + ": id "
                  + r.getAs(Col.ARTICLE_ID)
                  + ", expected "
                  + want.get("id").asText());
        if (want.has("published")) {
          // As microseconds: a java.sql.Timestamp counts in the Julian calendar before 1582 and
          // moves such dates.
          Long micros = publishedMicros.get(r.<String>getAs(Col.ARTICLE_ID));
          String published =
              micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
          String wanted = want.get("published").isNull() ? null : want.get("published").asText();
          if (!Objects.equals(wanted, published))
            problems.add(
                c + "/" + w.getKey() + ": published " + published + ", expected " + wanted);
        }
        if (want.has("text") && !want.get("text").asText().equals(r.getAs(Col.TEXT)))
          problems.add(c + "/" + w.getKey() + ": text changed: " + r.getAs(Col.TEXT));
        if (want.has("title") && !want.get("title").asText().equals(r.getAs(Col.TITLE)))
          problems.add(c + "/" + w.getKey() + ": title changed: " + r.getAs(Col.TITLE));
        scala.collection.Map<String, String> metadata = r.getAs(Col.METADATA);
        String encoding =
            metadata == null
                ? null
                : metadata.get(ReutersSgmlParser.ENCODING_DETECTED).getOrElse(() -> null);
        String wantEncoding =
            want.has("encoding_detected") ? want.get("encoding_detected").asText() : null;
        if (!Objects.equals(wantEncoding, encoding))
          problems.add(
              c + "/" + w.getKey() + ": read as " + encoding + ", expected " + wantEncoding);
      }
      // Counted articles (files too large to list record by record, or counted by the test itself).
      for (String file : countedArticles) {
        long n = a.keySet().stream().filter(k -> fileOf(k).equals(file)).count();
        JsonNode want = x.get("article_counts").get(file);
        if (!want.isNumber() && !computed.containsKey(c + "/" + file))
          continue; // checked by its own test
        long wanted = want.isNumber() ? want.asLong() : computed.get(c + "/" + file);
        if (n != wanted)
          problems.add(
              c
                  + "/"
                  + file
                  + ": "
                  + n
                  + " articles, expected "
                  + wanted
                  + " ("
                  + want.asText()
                  + ")");
      }

      // Copies: key -> the article it was folded into.
      Map<String, String> gotCopies = new TreeMap<>();
      cp.forEach((k, r) -> gotCopies.put(k, r.getAs(Col.DUPLICATE_OF)));
      Map<String, String> wantCopies = new TreeMap<>();
      fields(x.get("copies")).forEach((k, v) -> wantCopies.put(k, v.asText()));
      if (!gotCopies.equals(wantCopies))
        problems.add(c + ": copies " + gotCopies + ", expected " + wantCopies);

      // Rejects: key -> reason, each with a detail saying what was wrong.
      Map<String, String> gotRejects = new TreeMap<>();
      rj.forEach(
          (k, r) -> {
            if (!countedRejects.contains(fileOf(k))) gotRejects.put(k, r.getAs(Col.REASON));
            if (r.getAs(Col.DETAIL) == null)
              problems.add(c + "/" + k + ": a reject without a detail");
          });
      Map<String, String> wantRejects = new TreeMap<>();
      fields(x.get("rejects")).forEach((k, v) -> wantRejects.put(k, v.asText()));
      fields(x.get("reject_details"))
          .forEach(
              (k, v) -> {
                Row r = rj.get(k);
                String detail = r == null ? null : r.getAs(Col.DETAIL);
                if (detail == null || !detail.contains(v.asText()))
                  problems.add(
                      c
                          + "/"
                          + k
                          + ": reject detail '"
                          + detail
                          + "', expected it to say '"
                          + v.asText()
                          + "'");
              });
      if (!gotRejects.equals(wantRejects))
        problems.add(c + ": rejects " + gotRejects + ", expected " + wantRejects);
      for (String file : countedRejects) {
        Map<String, Long> byReason = new TreeMap<>();
        rj.forEach(
            (k, r) -> {
              if (fileOf(k).equals(file)) byReason.merge(r.getAs(Col.REASON), 1L, Long::sum);
            });
        Map<String, Long> wanted = new TreeMap<>();
        fields(x.get("reject_counts").get(file))
            .forEach((reason, n) -> wanted.put(reason, n.asLong()));
        if (!byReason.equals(wanted))
          problems.add(c + "/" + file + ": rejects " + byReason + ", expected " + wanted);
      }

      // Files read that gave no record, and files read in a character set their bytes chose: in the
      // manifest.
      Set<String> gotEmpty = new TreeSet<>();
      run.manifest
          .get("inputs")
          .get("files_without_records")
          .forEach(
              p -> {
                String rel =
                    corpus.relativize(Path.of(p.asText().replaceFirst("^file:", ""))).toString();
                if (rel.startsWith(c + "/")) gotEmpty.add(rel.substring(c.length() + 1));
              });
      Set<String> wantEmpty = new TreeSet<>();
      if (x.has("without_records"))
        x.get("without_records").forEach(p -> wantEmpty.add(p.asText()));
      if (!gotEmpty.equals(wantEmpty))
        problems.add(c + ": files without records " + gotEmpty + ", expected " + wantEmpty);
      Map<String, String> gotEncodings = new TreeMap<>();
      run.manifest
          .get("inputs")
          .get("encodings_detected")
          .forEach(
              e2 -> {
                String rel =
                    corpus
                        .relativize(Path.of(e2.get("path").asText().replaceFirst("^file:", "")))
                        .toString();
                if (rel.startsWith(c + "/"))
                  gotEncodings.put(rel.substring(c.length() + 1), e2.get("encoding").asText());
              });
      Map<String, String> wantEncodings = new TreeMap<>();
      fields(x.get("encodings_detected")).forEach((k, v) -> wantEncodings.put(k, v.asText()));
      if (!gotEncodings.equals(wantEncodings))
        problems.add(c + ": encodings detected " + gotEncodings + ", expected " + wantEncodings);

      // Files not read, each listed with its reason.
      Map<String, String> gotSkipped = new TreeMap<>();
      skipped.forEach(
          (path, reason) -> {
            if (path.startsWith(c + "/")) gotSkipped.put(path.substring(c.length() + 1), reason);
          });
      Map<String, JsonNode> wantSkipped = fields(x.get("skipped"));
      if (!gotSkipped.keySet().equals(wantSkipped.keySet()))
        problems.add(c + ": skipped " + gotSkipped + ", expected " + wantSkipped.keySet());
      wantSkipped.forEach(
          (name, reason) -> {
            String why = gotSkipped.get(name);
            if (why != null && !why.contains(reason.asText()))
              problems.add(
                  c
                      + "/"
                      + name
                      + ": skipped because '"
                      + why
                      + "', expected '"
                      + reason.asText()
                      + "'");
          });
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
    assertEquals(
        expected.keySet(), new TreeSet<>(listFolders()), "every case folder has an expected.json");
  }

  /**
   * Dates before 1900 (and before 1582, and in the ten days the Gregorian reform removed) keep
   * their day in every table and every period: each date and timestamp column of every published
   * table, read back from Parquet and formatted by Spark in UTC, holds only the old days of the
   * old-dates and parquet-types articles (and the first and last days of their weeks), and each
   * period key is the ISO week java.time gives. One such date failed the whole run
   * (WRITE_ANCIENT_DATETIME); a java.sql.Timestamp moved 1000-01-01 to 0999-12-27.
   */
  @Test
  void oldDatesKeepTheirDaysInEveryTableAndPeriod() {
    Set<String> instants = new TreeSet<>();
    for (String c : List.of("old-dates", "parquet-types")) {
      fields(expected.get(c).get("articles"))
          .values()
          .forEach(
              a -> {
                String p = a.get("published").asText();
                if (p.compareTo("1900") < 0) instants.add(p);
              });
    }
    assertEquals(7, instants.size(), "old instants in the corpus: " + instants);
    Set<String> days = new TreeSet<>();
    Set<String> weekDays = new TreeSet<>();
    Set<String> weeks = new TreeSet<>();
    for (String i : instants) {
      LocalDate d = LocalDate.parse(i.substring(0, 10));
      days.add(d.toString());
      LocalDate monday = d.with(DayOfWeek.MONDAY);
      weekDays.add(monday.toString());
      weekDays.add(monday.plusDays(6).toString());
      weeks.add(
          String.format(
              "%d-W%02d",
              d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }
    Set<String> instantsAsSpark = new TreeSet<>();
    instants.forEach(i -> instantsAsSpark.add(Instant.parse(i).toString().replace("Z", "")));
    List<String> problems = new ArrayList<>();
    Set<String> seenWeeks = new TreeSet<>();
    Set<String> seenMentionDays = new TreeSet<>();
    int columnsChecked = 0;
    for (Table t : Tables.all()) {
      Path folder = run.out.resolve(t.name());
      if (!Files.isDirectory(folder)) continue;
      Dataset<Row> rows = run.table(t.name());
      for (StructField f : rows.schema().fields()) {
        boolean timestamp = f.dataType() instanceof TimestampType;
        boolean date = f.dataType() instanceof DateType;
        if (!timestamp && !date && !f.name().equals(Col.PERIOD)) continue;
        columnsChecked++;
        Column c = col(f.name());
        Dataset<Row> old =
            f.name().equals(Col.PERIOD)
                ? rows.where(c.lt("1900")).select(c)
                : rows.where(c.lt(functions.lit("1900-01-01").cast(f.dataType())))
                    .select(
                        functions.date_format(
                            c, timestamp ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd"));
        for (Row r : old.distinct().collectAsList()) {
          String v = r.getString(0);
          Set<String> allowed =
              f.name().equals(Col.PERIOD)
                  ? weeks
                  : timestamp
                      ? instantsAsSpark
                      : t.name().equals(IngestTables.ARTICLES.name()) ? days : weekDays;
          if (f.name().equals(Col.PERIOD)) seenWeeks.add(v);
          if (!allowed.contains(v) && !(date && days.contains(v)))
            problems.add(
                t.name() + "." + f.name() + ": " + v + " is not an old date of the corpus");
        }
      }
      if (t.name().equals(ActorTables.MENTIONS.name())) {
        rows.where(col(Col.PUBLISHED).lt(functions.lit("1900-01-01").cast("timestamp")))
            .select(functions.date_format(col(Col.PUBLISHED), "yyyy-MM-dd"))
            .distinct()
            .collectAsList()
            .forEach(r -> seenMentionDays.add(r.getString(0)));
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
    assertEquals(days, seenMentionDays, "every old article has its mentions on its own day");
    assertEquals(weeks, seenWeeks, "every old week is a period of the per-period tables");
    assertTrue(
        columnsChecked >= 15, "date, timestamp and period columns checked: " + columnsChecked);
  }

  /**
   * The HTML report of the hostile corpus: dates from the year 1000 to 2999 and undated articles.
   * Its time axes hold the dated periods up to the run's date, in date order, with the long gaps
   * between them cut short and marked; the undated articles and the period after the run's date
   * (2999-12-31, ISO week 3000-W01) are said beside the charts, not drawn on them. Screenshot:
   * jobs/target/report-hostile.png.
   */
  @Test
  void theHtmlReportKeepsUndatedAndFutureDatesOffItsTimeAxes() throws Exception {
    String page = HtmlReport.write(SparkTestSession.get(), run.out.toString());
    String dom =
        ReadingReportsIT.open(page, TestPaths.repo().resolve("jobs/target/report-hostile.png"));
    assertTrue(
        dom.contains("data-errors=\"0\"") && dom.contains("data-done=\"true\""),
        "the page's script ran without error");
    List<List<String>> axes = ReadingReportsIT.axes(dom);
    List<String> periods = axes.get(0);
    assertEquals(periods.stream().sorted().toList(), periods, "in date order");
    assertEquals("1000-W01", periods.get(0));
    for (List<String> a : axes)
      assertFalse(a.contains("undated") || a.contains("3000-W01"), "off the axis: " + a);
    List<Double> xs = ReadingReportsIT.periodXs(dom);
    for (int i = 1; i < xs.size(); i++)
      assertTrue(xs.get(i) > xs.get(i - 1), "x grows with the date: " + xs);
    assertTrue(dom.contains("a long gap, drawn shorter"), "the cut gaps are marked");
    assertTrue(
        dom.contains("after the run's date (check these dates): 3000-W01"),
        "the year-2999 date is remarked");
    assertTrue(dom.contains("undated: "), "the undated articles are said beside the chart");
  }

  /**
   * The records of every JSON Lines and text file counted without Dyad's readers: non-blank lines,
   * one per text file. Each must be an article, a copy or a reject: a reader that stops early
   * cannot hide it.
   */
  @Test
  void recordsCountedWithoutTheReadersAreAllAccountedFor() throws IOException {
    Map<String, Long> perFile = new TreeMap<>();
    for (String table :
        List.of(
            IngestTables.ARTICLES.name(),
            IngestTables.ARTICLE_COPIES.name(),
            IngestTables.REJECTS.name())) {
      for (Row r : run.table(table).collectAsList()) {
        Located l = locate(r);
        perFile.merge(l.caseName() + "/" + l.file(), 1L, Long::sum);
      }
    }
    List<String> problems = new ArrayList<>();
    long checked = 0;
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path p :
          files.filter(Files::isRegularFile).filter(f -> !Files.isSymbolicLink(f)).toList()) {
        String name = p.getFileName().toString();
        String rel = corpus.relativize(p).toString();
        boolean inReports = false;
        for (Path up = p.getParent(); up != null && up.startsWith(corpus); up = up.getParent())
          inReports |= Files.exists(up.resolve(Tables.MANIFEST_FILE));
        if (inReports)
          continue; // an earlier run's reports: not corpus (earlier-reports/expected.json)
        long records;
        if (name.endsWith(".jsonl")) records = nonBlankLines(Files.newInputStream(p));
        else if (name.endsWith(".txt")) records = 1;
        else continue;
        checked++;
        long found = perFile.getOrDefault(rel, 0L);
        if (found != records)
          problems.add(rel + ": " + records + " records in the file, " + found + " in the tables");
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
    assertTrue(checked >= 20, "files checked: " + checked);
  }

  /**
   * Spark decodes Parquet a batch of rows at a time, so a damaged page loses the whole batch it is
   * in: the articles are at most the rows a row-by-row reader decodes, and the reject says how many
   * were read of how many the footer holds.
   */
  @Test
  void aDamagedParquetFileGivesTheRowsDecodedAndSaysHowManyOfAllItHolds() {
    long articles =
        run.table(IngestTables.ARTICLES.name())
            .where(Col.SOURCE_FILE + " like '%/parquet/corrupt.parquet'")
            .count();
    Row reject =
        run.table(IngestTables.REJECTS.name())
            .where(Col.SOURCE_FILE + " like '%/parquet/corrupt.parquet'")
            .first();
    assertEquals("unreadable_file", reject.getAs(Col.REASON));
    assertEquals(
        "corrupt Parquet data: " + articles + " of 2000 rows read, the rest could not be decoded",
        reject.getAs(Col.DETAIL));
    assertTrue(
        articles <= corruptParquetReadable,
        articles + " rows read, " + corruptParquetReadable + " decodable one by one");
  }

  @Test
  void noConnectionIsMadeAndNoLocalFileRead() {
    assertEquals(
        0, connections.get(), "connections to the listener named by the SGML's DTD and entities");
    String allText =
        run.table(IngestTables.ARTICLES.name())
            .select(functions.concat_ws("\n", functions.collect_list(Col.TEXT)))
            .first()
            .getString(0);
    assertFalse(allText.contains("root:x:0:0"), "/etc/passwd is not in any article");
    Row xxe =
        run.table(IngestTables.ARTICLES.name())
            .where(Col.ARTICLE_ID + " = 'reuters-xxe-1'")
            .first();
    String text = xxe.getAs(Col.TEXT);
    assertTrue(
        text.contains("&xxe;") && text.contains("&net;"),
        "entity references stay as given: " + text);
  }

  @Test
  void laterStagesRunOnTheHostileArticles() {
    JsonNode failures = null;
    for (JsonNode stage : run.manifest.get("stages")) {
      if (stage.get("name").asText().equals("topic-model"))
        failures = stage.get("counts").get("annotator_failures");
    }
    assertNotNull(failures, "the topic-model stage counts annotator failures");
    assertEquals(0, failures.asLong());
    // The text with a 500,000-letter word between sentences still has its actors.
    List<String> actors =
        run.table(ActorTables.MENTIONS.name())
            .where(Col.ARTICLE_ID + " = 'long-word/word-in-text'")
            .select(Col.ACTOR_ID)
            .as(Encoders.STRING())
            .collectAsList();
    assertFalse(actors.isEmpty(), "mentions of the long-word article");
    for (String table :
        List.of(
            "cooccurrence",
            "actor_relationships",
            "topics",
            "article_topics",
            "events",
            "country_events")) {
      assertTrue(Files.isDirectory(run.out.resolve(table)), table + " is published");
    }
    // The events stage ran on every sentence naming an actor and counted each by its outcome.
    JsonNode events = run.manifest.get("events");
    assertNotNull(events, "the manifest's events section");
    long byOutcome = 0;
    for (JsonNode n : events.get("sentences_by_outcome")) byOutcome += n.asLong();
    assertEquals(events.get("sentences_naming_an_actor").asLong(), byOutcome, events.toString());
    assertEquals(
        events.get("events").asLong(), run.table("events").count(), "events in the manifest");
  }

  // ---- helpers ----

  static Set<String> names(JsonNode n) {
    Set<String> out = new TreeSet<>();
    if (n != null) n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static Map<String, JsonNode> fields(JsonNode n) {
    Map<String, JsonNode> out = new TreeMap<>();
    if (n != null) n.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue()));
    return out;
  }

  static List<String> listFolders() {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  /** Lines with something besides ASCII whitespace, counted on the bytes (no decoding, no JSON). */
  static long nonBlankLines(InputStream in) throws IOException {
    long lines = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (in) {
      int n;
      while (true) {
        try {
          n = in.read(buffer);
        } catch (EOFException cut) {
          break;
        }
        if (n < 0) break;
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            if (content) lines++;
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') content = true;
        }
      }
    }
    return lines + (content ? 1 : 0);
  }

  /**
   * Complete lines (ending in a newline) that a decompressor gives before the data ends or breaks.
   */
  static long completeLines(InputStream in) throws IOException {
    // One byte per call: a read into a buffer that fails part way loses what it had decoded.
    long lines = 0;
    try (in) {
      while (true) {
        int b;
        try {
          b = in.read();
        } catch (IOException cut) {
          break;
        }
        if (b < 0) break;
        if (b == '\n') lines++;
      }
    }
    return lines;
  }

  static String jsonLine(String id, String published, String text) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    if (published != null) m.put("published", published);
    m.put("text", text);
    try {
      return JSON.writeValueAsString(m) + "\n";
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  // ---- the generated cases (see each folder's expected.json) ----

  static void bigArticle(Path folder) throws IOException {
    int size = 50_000_000;
    try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("big.jsonl"))) {
      w.write("{\"id\":\"big-article/50mb\",\"published\":\"2019-05-13\",\"text\":\"");
      String sentence = "Iran warned the United States. ";
      for (int written = 0; written < size; written += sentence.length()) w.write(sentence);
      w.write("\"}\n");
      w.write(
          jsonLine(
              "big-article/after",
              "2019-05-13",
              "Mogherini met Pompeo in Brussels after the big record."));
    }
    try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("big.txt"))) {
      String sentence = "Rouhani spoke in Tehran. ";
      for (int written = 0; written < size; written += sentence.length()) w.write(sentence);
    }
  }

  static void longWord(Path folder) throws IOException {
    Files.writeString(
        folder.resolve("word.jsonl"),
        jsonLine("long-word/one-word", "2019-05-13", "x".repeat(999_000))
            + jsonLine(
                "long-word/word-in-text",
                "2019-05-13",
                "Pompeo met Iraqi officials in Baghdad. "
                    + "y".repeat(500_000)
                    + " Iran warned the United States."));
  }

  static void tinyRecords(Path folder) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20_000; i++)
      s.append(jsonLine("tiny/" + i, String.format("2019-05-%02d", 1 + i % 28), "Item " + i + "."));
    Files.writeString(folder.resolve("tiny.jsonl"), s);
  }

  static String stories(String prefix, long seed) {
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder("Story " + i + ":");
      for (int w = 0; w < 12; w++)
        text.append(' ').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      s.append(jsonLine(prefix + i, "2019-05-13", text.toString()));
    }
    return s.toString();
  }

  static void compressed(Path folder) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(stories("compressed/gz-", 1).getBytes(StandardCharsets.UTF_8));
    }
    byte[] gzCut = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
    Files.write(folder.resolve("cut.jsonl.gz"), gzCut);
    computed.put(
        "compressed/cut.jsonl.gz",
        completeLines(new GZIPInputStream(new ByteArrayInputStream(gzCut))));

    ByteArrayOutputStream bz = new ByteArrayOutputStream();
    // Blocks of 100 KB (the smallest), so that half the file holds whole blocks to decode.
    try (OutputStream out = new BZip2CompressorOutputStream(bz, 1)) {
      out.write(stories("compressed/bz2-", 2).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bzCut = Arrays.copyOf(bz.toByteArray(), bz.size() / 2);
    Files.write(folder.resolve("cut.jsonl.bz2"), bzCut);
    computed.put(
        "compressed/cut.jsonl.bz2",
        completeLines(new BZip2CompressorInputStream(new ByteArrayInputStream(bzCut))));
    assertTrue(
        computed.get("compressed/cut.jsonl.gz") > 100
            && computed.get("compressed/cut.jsonl.bz2") > 0,
        computed.toString());
  }

  static void specialFiles(Path folder) throws IOException, InterruptedException {
    Files.writeString(
        folder.resolve("ok.jsonl"),
        jsonLine("special-files/ok", "2019-05-13", "Hunt warned of an accidental war."));
    Process mkfifo =
        new ProcessBuilder("mkfifo", folder.resolve("pipe.jsonl").toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor());
    Files.createSymbolicLink(folder.resolve("loop"), folder);
    Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("no-such-file"));
  }

  static void parquet(Path folder) throws IOException {
    SparkSession spark = SparkTestSession.get();
    StructType asText = IngestJobIT.withPublished(DataTypes.StringType);
    writeParquet(
        folder,
        "a.parquet",
        spark.createDataFrame(
            List.of(RowFactory.create("parquet/a", "Pompeo landed in Baghdad.", "2019-05-07")),
            asText));
    writeParquet(
        folder,
        "b.parquet",
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "parquet/b",
                    "Rouhani answered in Tehran.",
                    Timestamp.from(Instant.parse("2019-05-08T09:00:00Z")))),
            IngestJobIT.withPublished(DataTypes.TimestampType)));
    writeParquet(
        folder,
        "foreign.parquet",
        spark.createDataFrame(
            List.of(RowFactory.create("parquet/f", "no text column")),
            DataTypes.createStructType(
                new StructField[] {
                  DataTypes.createStructField("id", DataTypes.StringType, false),
                  DataTypes.createStructField("headline", DataTypes.StringType, false)
                })));
    writeParquet(
        folder, "corrupt.parquet", spark.createDataFrame(IngestJobIT.stories("parquet/c"), asText));
    Path c = folder.resolve("corrupt.parquet");
    IngestJobIT.damage(c);
    // The rows before the damage, counted with Parquet's own reader, row by row until it fails.
    long readable = 0;
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(c.toUri()))
            .build()) {
      while (reader.read() != null) readable++;
    } catch (IOException | RuntimeException damaged) {
      // the rest cannot be decoded
    }
    assertTrue(readable < 2000, "the damage is inside the data: " + readable);
    corruptParquetReadable = readable;
  }

  /** One article of 999,000 characters, one country's name a line. */
  static void oneWordLines(Path folder) throws IOException {
    String[] names = {
      "Iran", "Iraq", "China", "Russia", "France", "Japan", "Egypt", "Syria", "Israel", "Cuba"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 999_000; i++) text.append(names[i % names.length]).append('\n');
    text.setLength(999_000);
    Map<String, String> record = new LinkedHashMap<>();
    record.put("id", "one-word-lines/1mb");
    record.put("published", "2019-05-15");
    record.put("text", text.toString());
    Files.writeString(folder.resolve("lines.jsonl"), JSON.writeValueAsString(record) + "\n");
  }

  /** Columns JSON Lines would reject, and an old timestamp: see parquet-types/expected.json. */
  static void parquetTypes(Path folder) throws IOException {
    SparkSession spark = SparkTestSession.get();
    byte[] bad =
        "Iran met \u00ff China.".getBytes(StandardCharsets.ISO_8859_1); // 0xFF: never in UTF-8
    StructType binary =
        DataTypes.createStructType(
            new StructField[] {
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("text", DataTypes.BinaryType, true),
              DataTypes.createStructField("published", DataTypes.StringType, true),
              DataTypes.createStructField("note", DataTypes.BinaryType, true)
            });
    List<Row> rows =
        List.of(
            RowFactory.create(
                "parquet-types/binary-ok",
                "Iran met China in a binary column.".getBytes(StandardCharsets.UTF_8),
                "2019-05-07",
                null),
            RowFactory.create("parquet-types/binary-bad", bad, "2019-05-07", null),
            RowFactory.create(
                "parquet-types/string-bad-note",
                "Iran met China, said a note.".getBytes(StandardCharsets.UTF_8),
                "2019-05-07",
                bad));
    writeParquet(
        folder,
        "binary-text.parquet",
        spark.createDataFrame(rows.subList(0, 2), binary).drop("note"));
    // A string column holding the same bytes: Spark's cast from binary does not check them.
    writeParquet(
        folder,
        "string-text.parquet",
        spark
            .createDataFrame(
                List.of(
                    RowFactory.create(
                        "parquet-types/string-ok",
                        "Iran met China in a string column.".getBytes(StandardCharsets.UTF_8),
                        "2019-05-07",
                        "fine".getBytes(StandardCharsets.UTF_8)),
                    RowFactory.create("parquet-types/string-bad", bad, "2019-05-07", null),
                    rows.get(2)),
                binary)
            .select(
                col("id"),
                col("text").cast("string").as("text"),
                col("published"),
                col("note").cast("string").as("note")));
    assertEquals(
        DataTypes.StringType,
        spark
            .read()
            .parquet(folder.resolve("string-text.parquet").toString())
            .schema()
            .apply("text")
            .dataType(),
        "a string column, not binary");
    writeParquet(
        folder,
        "struct-text.parquet",
        spark.sql(
            "select 'parquet-types/struct' as id, named_struct('words', 'Iran met China', 'n', 1)"
                + " as text, '2019-05-07' as published"));
    writeParquet(
        folder,
        "int-text.parquet",
        spark.sql("select 'parquet-types/int' as id, 12345 as text, '2019-05-07' as published"));
    writeParquet(
        folder,
        "list-id.parquet",
        spark.sql(
            "select array('a', 'b') as id, 'Iran met China under a list id.' as text, '2019-05-07'"
                + " as published"));
    writeParquet(
        folder,
        "old-timestamp.parquet",
        spark.sql(
            "select 'parquet-types/1850' as id, 'Britain met China in 1850.' as text,"
                + " timestamp_micros("
                + Tables.micros(Instant.parse("1850-03-01T10:00:00Z"))
                + ") as published"));
  }

  static void writeParquet(Path folder, String name, Dataset<Row> rows) throws IOException {
    IngestJobIT.parquetFile(rows, dir.resolve("tmp-" + name), folder.resolve(name));
  }

  static void csvWide(Path folder) throws IOException {
    StringBuilder wide = new StringBuilder("id,text,published");
    for (int i = 4; i <= 10_000; i++) wide.append(",c").append(i);
    wide.append('\n');
    String[][] rows = {
      {
        "csv-wide/1",
        "Pompeo met Iraqi officials in Baghdad ten thousand columns wide.",
        "2019-05-13"
      },
      {"csv-wide/2", "Iran warned the United States across ten thousand columns.", "2019-05-14"}
    };
    for (String[] r : rows) {
      wide.append(String.join(",", r));
      for (int i = 4; i <= 10_000; i++) wide.append(",v").append(i);
      wide.append('\n');
    }
    Files.writeString(folder.resolve("wide.csv"), wide);
    StringBuilder repeated = new StringBuilder("id,text");
    repeated.append(",x".repeat(10_000)).append('\n');
    repeated
        .append("csv-wide/3,Rouhani spoke in Tehran under a repeated header.")
        .append(",v".repeat(10_000))
        .append('\n');
    Files.writeString(folder.resolve("repeated.csv"), repeated);
  }

  static void sgmlEntities(Path folder, int port) throws IOException {
    Files.writeString(
        folder.resolve("xxe.sgm"),
        "<!DOCTYPE lewis SYSTEM \"http://127.0.0.1:"
            + port
            + "/lewis.dtd\" [\n"
            + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY net SYSTEM \"http://127.0.0.1:"
            + port
            + "/entity\">]>\n"
            + "<REUTERS NEWID=\"xxe-1\"><DATE>13-MAY-2019"
            + " 10:00:00.00</DATE><TEXT><TITLE>IRAN</TITLE><BODY>Pompeo met Iraqi officials in"
            + " Baghdad, said an SGML file. &xxe; &net;</BODY></TEXT></REUTERS>\n");
  }
}
