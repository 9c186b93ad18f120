package org.dyad.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The SparkSession settings every Dyad run relies on. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * @param master used when Spark has none configured (spark-submit sets one); e.g. local[*]
   * @param extra further Spark settings, key=value
   */
  public static SparkSession create(String appName, String master, java.util.Map<String, String> extra) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) conf.setMaster(master);
    dyadDefaults(conf);
    if (conf.get("spark.master").startsWith("local")) {
      // 200 shuffle partitions cost more in task overhead than a few cores gain; clusters keep Spark's default.
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
    }
    if (extra != null) extra.forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Settings that make results independent of where the run happens. */
  public static SparkConf dyadDefaults(SparkConf conf) {
    // Dates are read, computed and written in UTC whatever the machine's zone.
    conf.set("spark.sql.session.timeZone", "UTC");
    // Standard Parquet timestamps (not the legacy INT96) so that DuckDB, pandas and Arrow read them as UTC.
    conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    // Input metadata maps may repeat a key: the last value wins instead of failing the run.
    conf.set("spark.sql.mapKeyDedupPolicy", "LAST_WIN");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    return conf;
  }
}
