package org.dyad.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.spark.Logs;
import org.dyad.spark.SparkSessions;
import picocli.CommandLine.Option;

/** Options of every command that runs Spark: master, Spark settings, and how much it logs. */
public final class SparkOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[*]",
      description = "Spark master when not launched by spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description =
          "A Spark setting, e.g. --conf spark.sql.shuffle.partitions=8; repeat for several.")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Show Spark's and Spark NLP's own logging (quiet by default), and stack traces of"
              + " errors.")
  boolean verbose;

  /** Sets the logging, then starts Spark sized for an input of this many bytes (0: unknown). */
  SparkSession start(String command, long inputBytes) {
    Logs.configure(verbose);
    return SparkSessions.create("dyad " + command, master, sparkConf, inputBytes);
  }
}
