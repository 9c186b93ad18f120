package org.dyad.spark;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dyad.tables.Col;

/** The SparkSession settings every Dyad run relies on, and Spark sized to the data. */
public final class SparkSessions {
  private SparkSessions() {}

  /** Inputs below this size are small: one shuffle partition does (and every extra task costs). */
  static final long SMALL_INPUT_BYTES = 4L << 20;

  /** About this much input per shuffle partition on a local run. */
  static final long BYTES_PER_PARTITION = 8L << 20;

  /**
   * @param master used when Spark has none configured (spark-submit sets one); e.g. local[*]
   * @param extra further Spark settings, key=value; they win over Dyad's
   * @param inputBytes the size of the input, to size shuffles by (0 when unknown)
   */
  public static SparkSession create(
      String appName, String master, Map<String, String> extra, long inputBytes) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) conf.setMaster(master);
    dyadDefaults(conf);
    if (conf.get("spark.master").startsWith("local"))
      conf.setIfMissing("spark.ui.enabled", "false");
    sizeToInput(conf, inputBytes);
    if (extra != null) extra.forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * Spark sized to the input, on every master: shuffles sized to the input, not to Spark's cluster
   * default of 200 (ten articles on a 2-worker cluster ran 9,600 tasks a stage); and on a small
   * input (under {@link #SMALL_INPUT_BYTES}; not when the size is unknown, 0) neither adaptive
   * execution nor generated code. Adaptive execution merges shuffle partitions and picks joins from
   * real sizes, which pays on large inputs; on a small one it only adds work (every query stage
   * becomes a Spark job of its own: 635 jobs instead of 387 for the seeds, docs/BENCHMARKS.md).
   * Spark compiles Java code for every query plan and expression it runs (whole-stage code
   * generation), which pays on many rows; on a few thousand the compiling costs more than it saves,
   * and expressions are evaluated as they are instead (the same results: the seeds and one Reuters
   * file give identical tables either way, in 19% and 13% less time: scripts/bench-small,
   * docs/BENCHMARKS.md). Settings given by the user win.
   */
  static SparkConf sizeToInput(SparkConf conf, long inputBytes) {
    conf.setIfMissing(
        "spark.sql.shuffle.partitions", String.valueOf(shufflePartitions(cores(conf), inputBytes)));
    boolean small = inputBytes > 0 && inputBytes < SMALL_INPUT_BYTES;
    conf.setIfMissing("spark.sql.adaptive.enabled", String.valueOf(!small));
    if (small) {
      conf.setIfMissing("spark.sql.codegen.wholeStage", "false");
      conf.setIfMissing("spark.sql.codegen.factoryMode", "NO_CODEGEN");
    }
    return conf;
  }

  public static SparkSession create(String appName, String master, Map<String, String> extra) {
    return create(appName, master, extra, 0);
  }

  /**
   * Shuffle partitions for a local run: one for a small input, else about one per {@link
   * #BYTES_PER_PARTITION} of input, at least one per core and at most four per core. Adaptive
   * execution merges the partitions a stage does not need.
   */
  static int shufflePartitions(int cores, long inputBytes) {
    if (inputBytes < SMALL_INPUT_BYTES) return 1;
    long byBytes = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.max(cores, Math.min(4L * cores, byBytes));
  }

  /** Cores to size shuffles for when the cluster does not say: a small cluster's. */
  static final int CLUSTER_CORES = 4;

  /**
   * The cores a run will have: a local master's, else what the submission asked for
   * (spark.cores.max on a standalone cluster, executors x cores on YARN or Kubernetes), else {@link
   * #CLUSTER_CORES}.
   */
  static int cores(SparkConf conf) {
    String m = conf.get("spark.master", "local[*]");
    if (m.startsWith("local")) return localCores(m);
    if (conf.contains("spark.cores.max"))
      return Math.max(1, conf.getInt("spark.cores.max", CLUSTER_CORES));
    if (conf.contains("spark.executor.instances")) {
      return Math.max(
          1, conf.getInt("spark.executor.instances", 1) * conf.getInt("spark.executor.cores", 1));
    }
    return CLUSTER_CORES;
  }

  private static final Pattern LOCAL_CORES = Pattern.compile("local\\[(\\d+|\\*)(,\\d+)?]");

  /** Cores of a local master: local -> 1, local[N] -> N, local[*] -> this machine's. */
  static int localCores(String master) {
    Matcher m = LOCAL_CORES.matcher(master);
    if (m.matches())
      return m.group(1).equals("*")
          ? Runtime.getRuntime().availableProcessors()
          : Math.max(1, Integer.parseInt(m.group(1)));
    return 1;
  }

  /**
   * Spark's calendar-rebase settings for Parquet and Avro, written and read; all CORRECTED
   * (proleptic Gregorian, as is).
   */
  static final List<String> REBASE_MODES =
      List.of(
          "spark.sql.parquet.datetimeRebaseModeInWrite",
          "spark.sql.parquet.datetimeRebaseModeInRead",
          "spark.sql.parquet.int96RebaseModeInWrite",
          "spark.sql.parquet.int96RebaseModeInRead",
          "spark.sql.avro.datetimeRebaseModeInWrite",
          "spark.sql.avro.datetimeRebaseModeInRead");

  /** Settings that make results independent of where the run happens. */
  public static SparkConf dyadDefaults(SparkConf conf) {
    // Dates are read, computed and written in UTC whatever the machine's zone.
    conf.set("spark.sql.session.timeZone", "UTC");
    // Standard Parquet timestamps (not the legacy INT96) so that DuckDB, pandas and Arrow read them
    // as UTC.
    conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    // Dates and times are proleptic Gregorian everywhere (Java, Spark 3, Parquet, Arrow, DuckDB),
    // and are
    // written and read as they are: Spark's default refuses to write dates before 1900 (it would
    // rebase them to
    // the Julian calendar of Spark 2 and Hive), and refuses to read them from files that do not say
    // which
    // calendar wrote them. A historical corpus is as valid as today's news.
    for (String rebase : REBASE_MODES) conf.set(rebase, "CORRECTED");
    // Input metadata maps may repeat a key: the last value wins instead of failing the run.
    conf.set("spark.sql.mapKeyDedupPolicy", "LAST_WIN");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    conf.setIfMissing("spark.sql.adaptive.coalescePartitions.enabled", "true");
    return conf;
  }

  /**
   * Tasks for CPU-bound work: two per core, so that a slow task leaves the other core work to do.
   */
  public static int tasksForCores(SparkSession spark) {
    return 2 * spark.sparkContext().defaultParallelism();
  }

  /**
   * The articles table is a few large files, which Spark reads as a few partitions (one for Reuters
   * 000-018): text analysis is CPU-bound, so it is spread over at least two tasks per core, by
   * article id (the same split on every run). Used by every stage that analyses text (mentions,
   * topics).
   */
  public static Dataset<Row> spreadOverCores(Dataset<Row> articles) {
    int wanted = tasksForCores(articles.sparkSession());
    if (articles.rdd().getNumPartitions() >= wanted) return articles;
    return articles.repartition(wanted, functions.col(Col.ARTICLE_ID));
  }
}
