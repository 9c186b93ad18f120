package org.dyad.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dyad.config.ActorsConfig;
import org.dyad.config.DyadConfig;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;

/**
 * {@code run --append}: adds new input to published reports. The run reads only the input files it
 * has not read before (or that changed since: size or modification time), takes the records of the
 * earlier runs from {@link StateTables#RECORDS}, and computes every table again over all of them,
 * reusing the sentences and mentions of every article already annotated ({@link
 * StateTables#MENTIONS}: same id, date and text, and the same {@link #annotationFingerprint}). The
 * per-article work, which is most of a run (the NER and dictionary pass), is paid for the new
 * articles only; what depends on the corpus as a whole (ids and copies, near-duplicates, the merge
 * of single names, topics, statistics and trends) is computed again, so that the reports are row
 * for row those of one run over all of the input.
 */
public final class Append {
  private Append() {}

  /**
   * The reports an append run adds to: the published manifest's run, its configuration and
   * fingerprint.
   */
  public record Previous(
      String runId,
      String command,
      JsonNode config,
      String annotationFingerprint,
      String topicTextFingerprint,
      String output) {
    /** Where a published table of these reports is. */
    public String path(Table table) {
      return new Path(output, table.name()).toString();
    }
  }

  /** The manifest's key for what an append run needs to know of the run that made the reports. */
  public static final String MANIFEST_KEY = "append";

  public static final String FINGERPRINT_KEY = "annotation_fingerprint";
  public static final String TOPIC_FINGERPRINT_KEY = "topic_text_fingerprint";

  /**
   * The settings that decide what a record read from a file holds: an append run must read with the
   * same ones.
   */
  static final List<String> READER_SETTINGS = List.of("format", "fields", "encoding", "maxChars");

  /**
   * The published reports in the output folder, or null when there are none yet.
   *
   * @throws IOException when the manifest cannot be read
   */
  public static Previous previous(Configuration conf, String output) throws IOException {
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(conf);
    Path manifest = new Path(root, Tables.MANIFEST_FILE);
    if (!fs.exists(manifest)) return null;
    JsonNode m;
    try (InputStream in = fs.open(manifest)) {
      m = new ObjectMapper().readTree(in);
    }
    JsonNode append = m.path(MANIFEST_KEY);
    return new Previous(
        m.path("run_id").asText(null),
        m.path("command").asText(null),
        m.path("config"),
        append.path(FINGERPRINT_KEY).asText(null),
        append.path(TOPIC_FINGERPRINT_KEY).asText(null),
        fs.makeQualified(root).toString());
  }

  /**
   * Why an append run cannot add to the reports in the output folder (empty when it can, or when
   * there are no reports yet: the run then reads everything). Checked before Spark starts.
   */
  public static List<String> problems(DyadConfig config, Configuration conf) {
    List<String> problems = new ArrayList<>();
    if (!config.append) return problems;
    try {
      Previous previous = previous(conf, config.output);
      if (previous == null) return problems;
      FileSystem fs = new Path(config.output).getFileSystem(conf);
      for (Table t : List.of(StateTables.RECORDS, StateTables.FILES)) {
        if (!fs.exists(new Path(config.output, t.name()))) {
          problems.add(
              "--append: the reports in "
                  + config.output
                  + " (run "
                  + previous.runId()
                  + ") have no "
                  + t.name()
                  + " (made by an older Dyad?): run once without --append");
          return problems;
        }
      }
      JsonNode now = DyadConfig.JSON.valueToTree(config.ingest);
      JsonNode before = previous.config().path("ingest");
      for (String setting : READER_SETTINGS) {
        JsonNode a = before.path(setting);
        JsonNode b = now.path(setting);
        if (!a.equals(b)) {
          problems.add(
              "--append: ingest."
                  + setting
                  + " is "
                  + b
                  + " but the reports in "
                  + config.output
                  + " were read with "
                  + a
                  + " (the records read before would differ): give the same setting, or run without --append");
        }
      }
    } catch (IOException e) {
      problems.add(
          "--append: cannot read the reports in " + config.output + ": " + Errors.describe(e));
    }
    return problems;
  }

  /**
   * {@link #problems} where it can be known before Spark starts: for an output folder on the local
   * file system (on HDFS or S3 the run checks the same once Spark, and its Hadoop settings, are
   * there).
   */
  public static List<String> problemsBeforeSpark(DyadConfig config) {
    String scheme = new Path(config.output).toUri().getScheme();
    if (!config.append || (scheme != null && !scheme.equals("file"))) return List.of();
    return problems(config, new Configuration());
  }

  /**
   * A digest of everything an article's sentences and mentions depend on besides its id, date and
   * text: the actor settings, the user's actor files and NER model (their bytes), and Dyad's own
   * code and resources (its dictionaries and shipped model are resources), with the Spark NLP
   * version. Mentions of an earlier run are reused only when this is unchanged.
   */
  public static String annotationFingerprint(ActorsConfig actors, Configuration conf)
      throws IOException {
    MessageDigest sha = sha256();
    update(sha, DyadConfig.JSON.writeValueAsString(actors));
    update(sha, Versions.all().getOrDefault("spark_nlp_built_with", "?"));
    codeDigest(sha);
    List<String> paths = new ArrayList<>(actors.files);
    if (actors.nerModel != null) paths.add(actors.nerModel);
    for (String p : paths) {
      Path path = new Path(p);
      FileSystem fs = path.getFileSystem(conf);
      List<Path> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) files.add(it.next().getPath());
      files.sort(null);
      for (Path f : files) {
        update(sha, f.toString().substring(fs.makeQualified(path).toString().length()));
        try (InputStream in = fs.open(f)) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * A digest of everything an article's topic terms depend on besides its title and text: the topic
   * settings (the record the topic stages run with, as JSON) and Dyad's own code and resources (its
   * stop words among them).
   */
  public static String topicTextFingerprint(Object topics) throws IOException {
    MessageDigest sha = sha256();
    update(sha, DyadConfig.JSON.writeValueAsString(topics));
    update(sha, Versions.all().getOrDefault("spark_nlp_built_with", "?"));
    codeDigest(sha);
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The articles of an append run whose per-article work (sentences and mentions, or topic terms)
   * the reports it adds to already hold: the same id and the same values of the key columns as
   * there, made the same way (the same fingerprint). None for a run over its input alone.
   */
  public static final class Reuse {
    private final org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> ids;
    private final Previous previous;
    private final long count;

    private Reuse(
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> ids, Previous previous, long count) {
      this.ids = ids;
      this.previous = previous;
      this.count = count;
    }

    /**
     * @param what what is reused, for the message when nothing can be
     * @param before the fingerprint of the earlier reports' work, or null
     * @param now this run's
     * @param needed the earlier tables the reuse reads (the articles table first)
     * @param key the articles' columns the work depends on, besides the id
     */
    public static Reuse of(
        org.apache.spark.sql.SparkSession spark,
        Previous previous,
        String what,
        String before,
        String now,
        List<Table> needed,
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> articles,
        List<String> key,
        org.dyad.progress.Progress progress)
        throws IOException {
      if (previous == null) return new Reuse(null, null, 0);
      if (!now.equals(before)) {
        progress.note(
            "append: "
                + what
                + " of every article computed again: "
                + (before == null
                    ? "run " + previous.runId() + " kept none to reuse"
                    : "their settings, actor files, model or Dyad's build changed since run "
                        + previous.runId()));
        return new Reuse(null, null, 0);
      }
      FileSystem fs =
          new Path(previous.output()).getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (Table t : needed) {
        if (!fs.exists(new Path(previous.path(t)))) {
          progress.note(
              "append: "
                  + what
                  + " of every article computed again: the reports of run "
                  + previous.runId()
                  + " have no "
                  + t.name());
          return new Reuse(null, null, 0);
        }
      }
      org.apache.spark.sql.Column same = org.apache.spark.sql.functions.lit(true);
      List<org.apache.spark.sql.Column> earlierColumns = new ArrayList<>();
      earlierColumns.add(org.apache.spark.sql.functions.col(org.dyad.tables.Col.ARTICLE_ID));
      List<org.apache.spark.sql.Column> currentColumns = new ArrayList<>(earlierColumns);
      for (String k : key) {
        earlierColumns.add(org.apache.spark.sql.functions.col(k).as("_before_" + k));
        currentColumns.add(org.apache.spark.sql.functions.col(k));
        same =
            same.and(
                org.apache
                    .spark
                    .sql
                    .functions
                    .col(k)
                    .eqNullSafe(org.apache.spark.sql.functions.col("_before_" + k)));
      }
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> earlier =
          spark
              .read()
              .parquet(previous.path(needed.get(0)))
              .select(earlierColumns.toArray(org.apache.spark.sql.Column[]::new));
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> ids =
          org.dyad.spark.Kept.keep(
              articles
                  .select(currentColumns.toArray(org.apache.spark.sql.Column[]::new))
                  .join(earlier, org.dyad.tables.Col.ARTICLE_ID)
                  .where(same)
                  .select(org.dyad.tables.Col.ARTICLE_ID));
      return new Reuse(ids, previous, ids.count());
    }

    /** The articles whose work is done again: all but those reused. */
    public org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> toDo(
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> articles) {
      return ids == null
          ? articles
          : articles.join(ids, new String[] {org.dyad.tables.Col.ARTICLE_ID}, "left_anti");
    }

    /**
     * This run's rows of a per-article table, with the reused articles' rows of it from the earlier
     * reports.
     */
    public org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> with(
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> done, Table table) {
      if (ids == null) return done;
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> earlier =
          done.sparkSession().read().parquet(previous.path(table));
      if (table.partitionColumn() != null) {
        earlier =
            earlier.withColumn(
                table.partitionColumn(),
                org.apache.spark.sql.functions.col(table.partitionColumn()).cast("string"));
      }
      earlier = earlier.join(ids, new String[] {org.dyad.tables.Col.ARTICLE_ID}, "left_semi");
      return done.unionByName(
          earlier.select(
              java.util.Arrays.stream(done.columns())
                  .map(org.apache.spark.sql.functions::col)
                  .toArray(org.apache.spark.sql.Column[]::new)));
    }

    /** Articles reused. */
    public long count() {
      return count;
    }

    public void release() {
      if (ids != null) org.dyad.spark.Kept.release(ids);
    }
  }

  /**
   * Dyad's classes and resources: from the jar's directory of entries (name, size, CRC; no entry is
   * read), or from the class folder's files when run from a build.
   */
  static void codeDigest(MessageDigest sha) throws IOException {
    sha.update(ownCode());
  }

  /** Dyad's code does not change while the JVM runs: digested once. */
  private static volatile byte[] ownCode;

  private static byte[] ownCode() throws IOException {
    byte[] digest = ownCode;
    if (digest == null) {
      MessageDigest sha = sha256();
      digestOwnCode(sha);
      ownCode = digest = sha.digest();
    }
    return digest;
  }

  private static void digestOwnCode(MessageDigest sha) throws IOException {
    java.nio.file.Path location;
    try {
      location =
          java.nio.file.Path.of(
              Append.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IOException("Cannot find Dyad's own classes to fingerprint them", e);
    }
    if (Files.isDirectory(location)) {
      java.nio.file.Path own = location.resolve("org/dyad");
      List<java.nio.file.Path> files;
      try (java.util.stream.Stream<java.nio.file.Path> walk = Files.walk(own)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (java.nio.file.Path f : files) {
        update(sha, own.relativize(f).toString());
        sha.update(Files.readAllBytes(f));
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        List<? extends ZipEntry> entries =
            jar.stream()
                .filter(e -> e.getName().startsWith("org/dyad/"))
                .sorted(java.util.Comparator.comparing(ZipEntry::getName))
                .toList();
        for (ZipEntry e : entries)
          update(sha, e.getName() + "\t" + e.getSize() + "\t" + e.getCrc());
      }
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The input files of a run, by what an append run does with them.
   *
   * @param toRead the files this run reads: all of them, or for an append run those not read before
   *     or changed since
   * @param alreadyRead files skipped: read by an earlier run, with the same size and modification
   *     time
   * @param reread the display paths (the records' source_file) of files read again because they
   *     changed
   * @param all every file read so far, as {@link StateTables#FILES} holds them (this run's and the
   *     earlier runs')
   */
  public record Inputs(
      org.dyad.ingest.InputFiles.Listing toRead,
      int alreadyRead,
      List<String> reread,
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> all) {
    /**
     * @param previous the reports an append run adds to, or null: every listed file is read
     */
    public static Inputs select(
        org.apache.spark.sql.SparkSession spark,
        org.dyad.ingest.InputFiles.Listing listing,
        Previous previous)
        throws IOException {
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      java.util.Map<String, org.apache.spark.sql.Row> stamps = new java.util.LinkedHashMap<>();
      for (org.dyad.ingest.InputFile f : listing.files()) {
        if (stamps.containsKey(f.path)) continue;
        Path path = new Path(f.path);
        long modified = path.getFileSystem(conf).getFileStatus(path).getModificationTime();
        stamps.put(
            f.path,
            org.apache.spark.sql.RowFactory.create(f.path, f.displayPath, f.length, modified));
      }
      if (previous == null) {
        return new Inputs(
            listing,
            0,
            List.of(),
            spark.createDataFrame(new ArrayList<>(stamps.values()), StateTables.FILES.schema()));
      }
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> earlier =
          spark.read().parquet(previous.path(StateTables.FILES));
      java.util.Map<String, org.apache.spark.sql.Row> before = new java.util.HashMap<>();
      for (org.apache.spark.sql.Row r : earlier.collectAsList())
        before.put(r.getAs(StateTables.PATH), r);
      List<org.dyad.ingest.InputFile> fresh = new ArrayList<>();
      java.util.Set<String> same = new java.util.TreeSet<>();
      List<String> reread = new ArrayList<>();
      for (org.dyad.ingest.InputFile f : listing.files()) {
        org.apache.spark.sql.Row was = before.get(f.path);
        org.apache.spark.sql.Row now =
            stamps.get(f.path); // made here, without a schema: path, display path, bytes, modified
        if (was != null
            && was.<Long>getAs(StateTables.BYTES) == now.getLong(2)
            && was.<Long>getAs(StateTables.MODIFIED) == now.getLong(3)) {
          same.add(f.path);
          continue;
        }
        if (was != null && !reread.contains(was.<String>getAs(StateTables.DISPLAY_PATH)))
          reread.add(was.getAs(StateTables.DISPLAY_PATH));
        fresh.add(f);
      }
      same.forEach(stamps::remove);
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> read =
          spark.createDataFrame(new ArrayList<>(stamps.values()), StateTables.FILES.schema());
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> all =
          read.unionByName(
              earlier.join(
                  read.select(StateTables.PATH), new String[] {StateTables.PATH}, "left_anti"));
      return new Inputs(
          new org.dyad.ingest.InputFiles.Listing(fresh, listing.skipped()),
          same.size(),
          List.copyOf(reread),
          all);
    }
  }
}
