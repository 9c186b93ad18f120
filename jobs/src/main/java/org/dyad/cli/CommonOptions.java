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
              + " and every table is computed again over all of it, as one run over all of the"
              + " input would. With no reports there yet, reads everything.")
  boolean append;

  @Mixin SparkOptions spark;

  DyadConfig load() {
    DyadConfig config = this.config == null ? new DyadConfig() : DyadConfig.load(this.config);
    if (output != null) config.output = output;
    if (append) config.append = true;
    return config;
  }
}
