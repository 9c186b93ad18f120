package org.dyad.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.DyadConfig;
import org.dyad.home.DyadHome;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.progress.SparkTasks;
import org.dyad.run.InputSize;
import picocli.CommandLine.Mixin;

/**
 * A command that runs jobs in one Spark application: the options it takes, the configuration
 * checked whole before Spark starts, and Spark sized to the input.
 */
abstract class PipelineCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin IngestOptions ingest;

  abstract String name();

  /** The jobs this command runs. */
  abstract DyadConfig.Scope scope();

  /** Applies options beyond ingestion's; the run command adds actor, relation and topic options. */
  void applyMore(DyadConfig config) {}

  /** The effective configuration: the file, then the options, checked whole. */
  DyadConfig configuration() {
    DyadConfig config = common.load();
    ingest.applyTo(config.ingest, defaultInput());
    applyMore(config);
    return config.validate(scope());
  }

  @Override
  public Integer call() throws Exception {
    DyadConfig config = configuration();
    Progress progress = new Progress(System.err);
    SparkSession spark = common.spark.start(name(), InputSize.bytes(config.ingest.inputs));
    try {
      progress.watching(SparkTasks.attach(spark.sparkContext()));
      int status =
          Pipeline.run(
              spark, progress, new Pipeline.Request(name(), config, scope(), common.spark.verbose));
      return status == 0 ? afterRun(spark, config, progress) : status;
    } finally {
      spark.stop();
    }
  }

  /**
   * What a command does after a successful run, with the same Spark session (the run command writes
   * its HTML report).
   */
  int afterRun(SparkSession spark, DyadConfig config, Progress progress) throws Exception {
    return 0;
  }

  /**
   * The sample corpus: seeds/ of the Dyad checkout (DYAD_HOME, set by scripts/dyad), else ./seeds.
   */
  static String defaultInput() {
    return DyadHome.file("seeds");
  }
}
