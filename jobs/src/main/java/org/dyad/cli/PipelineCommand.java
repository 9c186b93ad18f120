package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      int done = status == 0 ? afterRun(spark, config, progress) : status;
      if (done == 0) markDone(System.getenv(DONE_FILE));
      return done;
    } finally {
      spark.stop();
    }
  }

  /**
   * The environment variable by which scripts/dyad names a file to be made when the command ends
   * well (its class archive is made from such runs only: a run that failed early has loaded few of
   * the classes).
   */
  static final String DONE_FILE = "DYAD_RUN_DONE";

  /** Makes the file named (nothing when none is named, or when it cannot be made). */
  static void markDone(String file) {
    if (file == null || file.isBlank()) return;
    try {
      Files.write(Path.of(file), new byte[0]);
    } catch (IOException | RuntimeException e) {
      // the mark only lets a later command use a class archive; without it, none is used
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
