package org.dyad.cli;

import java.io.File;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.DyadConfig;
import org.dyad.run.Pipeline;
import org.dyad.run.Progress;
import org.dyad.spark.SparkSessions;
import picocli.CommandLine.Mixin;

/** A command that runs jobs in one Spark application: the options it takes and how it starts Spark. */
abstract class PipelineCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin IngestOptions ingest;

  abstract String name();

  /** The jobs this command runs. */
  abstract Pipeline.Scope scope();

  /** Applies options beyond ingestion's; the run command adds actor options. */
  void applyMore(DyadConfig config) {}

  @Override
  public Integer call() throws Exception {
    DyadConfig config = common.load();
    ingest.applyTo(config.ingest, defaultInput());
    applyMore(config);
    Progress progress = new Progress(System.err);
    SparkSession spark = SparkSessions.create("dyad " + name(), common.master, common.sparkConf);
    try {
      return Pipeline.run(name(), config, spark, progress, scope());
    } finally {
      spark.stop();
    }
  }

  /** The sample corpus: seeds/ of the Dyad checkout (DYAD_HOME, set by scripts/dyad), else ./seeds. */
  static String defaultInput() {
    String home = System.getenv("DYAD_HOME");
    return home == null ? "seeds" : new File(home, "seeds").getPath();
  }
}
