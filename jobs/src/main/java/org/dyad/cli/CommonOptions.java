package org.dyad.cli;

import java.io.File;
import org.dyad.config.DyadConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that run the pipeline: configuration file, output folder, and Spark's. */
public final class CommonOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration file; options given here override it.")
  File config;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where reports are published (default: reports).")
  String output;

  @Mixin SparkOptions spark;

  DyadConfig load() {
    DyadConfig config = this.config == null ? new DyadConfig() : DyadConfig.load(this.config);
    if (output != null) config.output = output;
    return config;
  }
}
