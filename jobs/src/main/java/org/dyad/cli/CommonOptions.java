package org.dyad.cli;

import java.io.File;
import org.dyad.config.DyadConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options of the commands that run the pipeline: configuration file, output folder, and Spark's.
 */
public final class CommonOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "JSON configuration file; options given here override it.")
  File config;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where reports are published (default: reports).")
  String output;

  @Option(
      names = "--append",
      description =
          "Add the input to the reports already in the output folder: files read by earlier runs"
              + " are skipped (unless changed), articles annotated before are not annotated again,"
              + " new articles are placed with the reports' topic model and merge decisions, and"
              + " every table is computed again over all of it, as one run over all of the input"
              + " given those models would. With no reports there yet, reads everything.")
  boolean append;

  @Option(
      names = "--refit",
      description =
          "With --append: fit the topic model and decide the actor merges again over all of the"
              + " input. Without it, an append places the new articles with the topic model of the"
              + " reports it adds to and applies their merge decisions.")
  boolean refit;

  @Option(
      names = "--models-from",
      paramLabel = "REPORTS",
      description =
          "Use the topic model and actor merge decisions kept in these reports instead of fitting"
              + " them: the same input then gives the rows an --append onto them gives.")
  String modelsFrom;

  @Mixin SparkOptions spark;

  DyadConfig load() {
    DyadConfig config = this.config == null ? new DyadConfig() : DyadConfig.load(this.config);
    if (output != null) config.output = output;
    if (append) config.append = true;
    if (refit) config.refit = true;
    if (modelsFrom != null) config.modelsFrom = modelsFrom;
    return config;
  }
}
