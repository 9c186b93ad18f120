package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.DyadConfig;
import org.dyad.ingest.RejectReason;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.run.ExitCodes;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Ingestion end to end, in process: real files in, published Parquet tables and manifest out. */
class IngestJobIT {
  @TempDir Path dir;

  private final SparkSession spark = SparkTestSession.get();

  static final class Run {
    final int status;
    final Path out;
    final JsonNode manifest;

    Run(int status, Path out, JsonNode manifest) {
      this.status = status;
      this.out = out;
      this.manifest = manifest;
    }

    Dataset<Row> table(String name) {
      return SparkTestSession.get().read().parquet(out.resolve(name).toString());
    }
  }

  static Run ingest(Path out, DyadConfig config) throws IOException {
    config.output = out.toString();
    int status =
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("ingest", config, DyadConfig.Scope.INGEST, false));
    Path manifest = out.resolve(Tables.MANIFEST_FILE);
    return new Run(
        status,
        out,
        Files.exists(manifest) ? new ObjectMapper().readTree(manifest.toFile()) : null);
  }

  static DyadConfig config(String... inputs) {
    DyadConfig c = new DyadConfig();
    c.ingest.inputs = List.of(inputs);
    return c;
  }

  /**
   * read = accepted + rejected, checked against the tables themselves, not only the manifest's
   * word.
   */
  static void assertAccountedFor(Run run) {
    JsonNode counts = run.manifest.get("counts");
    long read = counts.get("read").asLong();
    long articles = run.table(IngestTables.ARTICLES.name()).count();
    long copies = run.table(IngestTables.ARTICLE_COPIES.name()).count();
    long rejects = run.table(IngestTables.REJECTS.name()).count();
    assertEquals(
        read,
        articles + copies + rejects,
        "every record read is an article, a folded copy or a reject");
    assertEquals(counts.get("accepted").asLong(), articles + copies);
    assertEquals(counts.get("rejected").asLong(), rejects);
    assertTrue(counts.get("identity_holds").asBoolean());
    assertEquals(articles, counts.get("articles").asLong());
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve("corpus").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  /** Writes a one-file Parquet table and moves its data file to corpus/name. */
  private void parquet(String name, Dataset<Row> rows) throws IOException {
    parquetFile(rows, dir.resolve("tmp-" + name), dir.resolve("corpus").resolve(name));
  }

  /** Writes the rows as one Parquet file at target (through a Spark output folder, tmp). */
  static void parquetFile(Dataset<Row> rows, Path tmp, Path target) throws IOException {
    rows.coalesce(1).write().parquet(tmp.toString());
    try (Stream<Path> files = Files.list(tmp)) {
      Path part =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .findFirst()
              .orElseThrow();
      Files.move(part, target);
    }
  }

  @Test
  void everyKindOfBadInputIsRejectedWithItsReasonAndNothingVanishes() throws IOException {
    String story =
        "Pompeo met European counterparts in Brussels to rally support against Iran. ".repeat(3);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    jsonl.writeBytes(
        String.join(
                "\n",
                "{\"id\":\"j1\",\"published\":\"2019-05-13\",\"text\":\"" + story + "\"}",
                "{\"id\":\"j2\",\"published\":\"2019-05-14\",\"text\":\"Khamenei said Iran does not"
                    + " seek war.\"}",
                "{\"id\":\"j3\",\"text\":\"broken",
                "{\"id\":\"j4\",\"text\":[\"not\",\"a\",\"string\"]}",
                "{\"id\":\"j5\",\"title\":\"no text\"}",
                "{\"id\":\"j6\",\"published\":\"the ides of March\",\"text\":\"dated oddly\"}",
                "{\"id\":\"j7\",\"text\":\"escaped \\u0000 nul\"}",
                "{\"id\":\"j8\",\"text\":\"" + "long ".repeat(500) + "\"}",
                "{\"id\":\"j1\",\"published\":\"2019-05-13\",\"text\":\"A different text under a"
                    + " used id.\"}",
                "{\"id\":\"j9\",\"published\":\"2019-05-15\",\"text\":\""
                    + story.toUpperCase()
                    + "\"}",
                "{\"id\":\"j10\",\"text\":\"bad byte ")
            .getBytes(StandardCharsets.UTF_8));
    jsonl.write(0xFE);
    jsonl.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    write("a.jsonl", jsonl.toByteArray());
    write(
        "b.csv",
        "id,text,published\n"
            + "c1,Rouhani spoke in Tehran.,2019-05-08\n"
            + "c2,too,many,cells\n"
            + "c3,\"never closed\n");
    write("t1.txt", "Mogherini urged restraint.");
    write("t1.json", "{\"published\": ");
    write("t2.txt", "Hunt warned of an accidental war.");
    write("t3.txt", "NUL\u0000inside");
    write(
        "r.sgm",
        "<REUTERS NEWID=\"1\"><DATE>1-MAR-1987 10:00:00.00</DATE><TEXT><BODY>Baker met Japanese"
            + " officials.</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"2\"><TEXT><BODY>cut off\n");
    write("z.jsonl.gz", new byte[] {31, -117, 8, 0, 1, 2, 3, 4, 5, 6, 7});
    write("broken.parquet", "PAR1 this is not parquet");
    parquet(
        "notext.parquet",
        spark.createDataFrame(
            List.of(RowFactory.create("p0", "no text column")),
            DataTypes.createStructType(
                new StructField[] {
                  DataTypes.createStructField("id", DataTypes.StringType, false),
                  DataTypes.createStructField("headline", DataTypes.StringType, false)
                })));
    parquet(
        "good.parquet",
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "p1",
                    "Trump said he hoped there would be no war with Iran.",
                    Timestamp.valueOf("2019-05-16 17:40:00"),
                    "extra")),
            DataTypes.createStructType(
                new StructField[] {
                  DataTypes.createStructField("article_id", DataTypes.StringType, false),
                  DataTypes.createStructField("text", DataTypes.StringType, false),
                  DataTypes.createStructField("published", DataTypes.TimestampType, false),
                  DataTypes.createStructField("desk", DataTypes.StringType, false)
                })));

    DyadConfig config = config(dir.resolve("corpus").toString());
    config.ingest.maxChars = 2000;
    Run run = ingest(dir.resolve("out"), config);
    assertEquals(0, run.status);
    assertAccountedFor(run);

    Map<String, Long> byReason = new TreeMap<>();
    run.table(IngestTables.REJECTS.name())
        .groupBy(Col.REASON)
        .count()
        .collectAsList()
        .forEach(r -> byReason.put(r.getString(0), r.getLong(1)));
    Map<String, Long> expected = new TreeMap<>();
    expected.put(RejectReason.MALFORMED_JSON.code, 1L);
    expected.put(RejectReason.INVALID_FIELD.code, 1L);
    expected.put(RejectReason.MISSING_TEXT.code, 1L);
    expected.put(RejectReason.UNPARSEABLE_DATE.code, 1L);
    expected.put(RejectReason.NUL_BYTE.code, 2L);
    expected.put(RejectReason.OVERSIZED.code, 1L);
    expected.put(RejectReason.DUPLICATE_ID.code, 1L);
    expected.put(RejectReason.INVALID_ENCODING.code, 1L);
    expected.put(RejectReason.MALFORMED_CSV.code, 2L);
    expected.put(RejectReason.MALFORMED_METADATA.code, 1L);
    expected.put(RejectReason.MALFORMED_SGML.code, 1L);
    expected.put(RejectReason.UNREADABLE_FILE.code, 2L);
    expected.put(RejectReason.UNSUPPORTED_SCHEMA.code, 1L);
    assertEquals(expected, byReason);
    assertEquals(
        Stream.of(RejectReason.values()).map(r -> r.code).sorted().toList(),
        List.copyOf(byReason.keySet()),
        "this test covers every reject reason");
    assertEquals(
        expected,
        new ObjectMapper()
            .convertValue(
                run.manifest.get("counts").get("rejected_by_reason"),
                new TypeReference<TreeMap<String, Long>>() {}));

    // Every reject says where it came from.
    List<Row> rejects = run.table(IngestTables.REJECTS.name()).collectAsList();
    assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), rejects.size());
    for (Row r : rejects) {
      assertNotNull(r.getAs(Col.SOURCE_FILE), r.toString());
      assertNotNull(r.getAs(Col.DETAIL), r.toString());
    }
    Row dupId = run.table(IngestTables.REJECTS.name()).where("reason = 'duplicate_id'").first();
    assertEquals("j1", dupId.getAs(Col.ARTICLE_ID));
    assertEquals(9L, (long) dupId.getAs(Col.SOURCE_LINE));

    List<String> ids =
        run.table(IngestTables.ARTICLES.name()).orderBy(Col.ARTICLE_ID).collectAsList().stream()
            .map(r -> (String) r.getAs(Col.ARTICLE_ID))
            .toList();
    assertEquals(List.of(ids.get(0), "c1", "j1", "j2", "p1", "reuters-1"), ids);
    assertTrue(
        ids.get(0).matches("[0-9a-f]{16}"),
        "the text file without an id gets a hash id: " + ids.get(0));
    Row j1 = run.table(IngestTables.ARTICLES.name()).where("article_id = 'j1'").first();
    assertEquals(1, (int) j1.getAs(Col.EXACT_COPIES), "j9 is the same story in capitals");
    assertEquals("j9", run.table(IngestTables.ARTICLE_COPIES.name()).first().getAs(Col.ARTICLE_ID));
    Row p1 = run.table(IngestTables.ARTICLES.name()).where("article_id = 'p1'").first();
    assertEquals(
        "extra", p1.<scala.collection.Map<String, String>>getAs(Col.METADATA).get("desk").get());
    assertEquals(1L, run.manifest.get("counts").get("undated").asLong());
  }

  /** article_id, text and a published column of the given type. */
  static StructType withPublished(DataType type) {
    return DataTypes.createStructType(
        new StructField[] {
          DataTypes.createStructField("article_id", DataTypes.StringType, false),
          DataTypes.createStructField("text", DataTypes.StringType, false),
          DataTypes.createStructField("published", type, false)
        });
  }

  /**
   * 2,000 rows of varied text (ids prefix0 ...), published as text, for a Parquet file to damage.
   */
  static List<Row> stories(String prefix) {
    Random random = new Random(5);
    List<Row> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder("Story " + i + ":");
      for (int w = 0; w < 40; w++)
        text.append(' ').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      many.add(RowFactory.create(prefix + i, text.toString(), "2019-05-09"));
    }
    return many;
  }

  /**
   * 2 KB in the middle of the file overwritten: the footer still reads, the data pages there do
   * not.
   */
  static void damage(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < 2048; i++) bytes[bytes.length * 2 / 5 + i] = (byte) (0x5A ^ i);
    Files.write(file, bytes);
  }

  @Test
  void parquetFilesWithConflictingSchemasAreReadAndACorruptOneGivesWhatItCanAndAReject()
      throws IOException {
    SparkSession spark = SparkTestSession.get();
    Files.createDirectories(dir.resolve("corpus"));
    StructType asText = withPublished(DataTypes.StringType);
    StructType asTimestamp = withPublished(DataTypes.TimestampType);
    parquet(
        "a.parquet",
        spark.createDataFrame(
            List.of(RowFactory.create("p1", "Pompeo landed in Baghdad.", "2019-05-07")), asText));
    parquet(
        "b.parquet",
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "p2", "Rouhani answered in Tehran.", Timestamp.valueOf("2019-05-08 09:00:00"))),
            asTimestamp));
    // 2,000 rows of varied text, then 2 KB of the middle of the file overwritten: the footer still
    // reads,
    // the data pages there do not
    parquet("c.parquet", spark.createDataFrame(stories("c"), asText));
    damage(dir.resolve("corpus").resolve("c.parquet"));

    Run run = ingest(dir.resolve("out"), config(dir.resolve("corpus").toString()));
    assertEquals(0, run.status, "neither the conflicting types nor the corrupt page end the run");
    assertAccountedFor(run);
    List<String> ids =
        run.table(IngestTables.ARTICLES.name())
            .select(Col.ARTICLE_ID)
            .as(Encoders.STRING())
            .collectAsList();
    assertTrue(ids.containsAll(List.of("p1", "p2")), ids.toString());
    Row reject = run.table(IngestTables.REJECTS.name()).where("reason = 'unreadable_file'").first();
    assertTrue(((String) reject.getAs(Col.SOURCE_FILE)).endsWith("c.parquet"), reject.toString());
    String detail = reject.getAs(Col.DETAIL);
    assertTrue(
        detail.startsWith("corrupt Parquet data: ") && detail.contains(" of 2000 rows read"),
        detail);
    long fromC = ids.stream().filter(id -> id.startsWith("c")).count();
    assertTrue(fromC < 2000, "rows past the damage are not invented: " + fromC);
    assertEquals(
        2 + fromC + 1,
        run.manifest.get("counts").get("read").asLong(),
        "the corrupt file counts its rows read and one reject");
  }

  @Test
  void nothingUsableFailsClearlyAndPublishesNothing() throws IOException {
    write("bad.jsonl", "{not json}\n{\"text\": \"\"}\n");
    Run run = ingest(dir.resolve("out"), config(dir.resolve("corpus").toString()));
    assertEquals(ExitCodes.NO_USABLE_INPUT, run.status);
    assertNull(run.manifest, "no manifest is published for a failed run");
    assertFalse(Files.exists(dir.resolve("out").resolve(IngestTables.ARTICLES.name())));
    try (Stream<Path> staged = Files.walk(dir.resolve("out").resolve("_staging"))) {
      Path manifest =
          staged
              .filter(p -> p.getFileName().toString().equals(Tables.MANIFEST_FILE))
              .findFirst()
              .orElseThrow();
      JsonNode failed = new ObjectMapper().readTree(manifest.toFile());
      assertEquals("failed", failed.get("status").asText());
      assertTrue(failed.get("error").asText().contains("No usable articles"));
    }
  }

  @Test
  void aFolderWithNoInputFilesFails() throws IOException {
    write("notes.md", "nothing to read");
    Run run = ingest(dir.resolve("out"), config(dir.resolve("corpus").toString()));
    assertEquals(ExitCodes.NO_USABLE_INPUT, run.status);
  }

  @Test
  void aFailedRunLeavesThePreviousReportsInPlace() throws IOException {
    write("good.jsonl", "{\"id\":\"g\",\"text\":\"A good article about Iran.\"}\n");
    Path out = dir.resolve("out");
    Run good = ingest(out, config(dir.resolve("corpus").toString()));
    assertEquals(0, good.status);
    assertAccountedFor(good);
    Files.writeString(dir.resolve("corpus").resolve("good.jsonl"), "{broken\n");
    assertEquals(
        ExitCodes.NO_USABLE_INPUT, ingest(out, config(dir.resolve("corpus").toString())).status);
    Run previous =
        new Run(0, out, new ObjectMapper().readTree(out.resolve(Tables.MANIFEST_FILE).toFile()));
    assertEquals("g", previous.table(IngestTables.ARTICLES.name()).first().getAs(Col.ARTICLE_ID));
    assertEquals("succeeded", previous.manifest.get("status").asText());
  }

  @Test
  void theSeedsIngestTheSameTwice() throws IOException {
    Run first = ingest(dir.resolve("one"), config(TestPaths.seeds().toString()));
    Run second = ingest(dir.resolve("two"), config(TestPaths.seeds().toString()));
    assertEquals(0, first.status);
    assertAccountedFor(first);
    for (String table :
        List.of(
            IngestTables.ARTICLES.name(),
            IngestTables.REJECTS.name(),
            IngestTables.ARTICLE_COPIES.name())) {
      List<Row> a = first.table(table).collectAsList();
      List<Row> b = second.table(table).collectAsList();
      assertEquals(a, b, table + " is the same, row for row, in the same order");
    }
    assertEquals(first.manifest.get("counts"), second.manifest.get("counts"));
  }

  @Test
  void theSeedsExerciseEveryFormat() throws IOException {
    Run run = ingest(dir.resolve("out"), config(TestPaths.seeds().toString()));
    assertAccountedFor(run);
    JsonNode byFormat = run.manifest.get("counts").get("read_by_format");
    for (String format : List.of("jsonl", "text", "csv", "parquet", "reuters")) {
      assertTrue(
          byFormat.has(format) && byFormat.get(format).asLong() > 0,
          "seeds read no " + format + ": " + byFormat);
    }
    Row seed = run.table(IngestTables.ARTICLES.name()).where("input_format = 'text'").first();
    assertEquals(Timestamp.valueOf("2019-05-15 00:00:00"), seed.getAs(Col.PUBLISHED));
    assertTrue(((String) seed.getAs(Col.TEXT)).contains("Pompeo"));
    assertTrue(run.manifest.get("counts").get("exact_duplicates").asLong() >= 1);
    assertTrue(run.manifest.get("counts").get("near_duplicates").asLong() >= 1);
    for (JsonNode stage : run.manifest.get("stages")) {
      assertTrue(stage.get("seconds").asDouble() > 0, stage.toString());
      assertTrue(
          stage.get("peak_heap_mib").asLong() > 0,
          "the manifest gives each stage's peak heap: " + stage);
      assertTrue(
          stage.get("peak_rss_mib").asLong() >= stage.get("peak_heap_mib").asLong() / 4,
          stage.toString());
    }
  }

  @Test
  void reutersFileIngestsInFull() throws IOException {
    Path file = TestPaths.sharedData("reuters21578/reut2-000.sgm");
    DyadConfig config = config(file.toString());
    Run run = ingest(dir.resolve("out"), config);
    assertEquals(0, run.status);
    assertAccountedFor(run);
    assertEquals(1000, run.manifest.get("counts").get("read").asLong());
    assertEquals(0, run.manifest.get("counts").get("rejected").asLong());
    Row first = run.table(IngestTables.ARTICLES.name()).where("article_id = 'reuters-1'").first();
    assertEquals(
        List.of("el-salvador", "usa", "uruguay"),
        first
            .<scala.collection.Map<String, Seq<String>>>getAs(Col.LABELS)
            .get("places")
            .map(s -> JavaConverters.seqAsJavaList(s))
            .get());
  }
}
