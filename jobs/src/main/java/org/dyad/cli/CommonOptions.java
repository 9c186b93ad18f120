package org.dyad.cli;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.config.DyadConfig;
import picocli.CommandLine.Option;

/** Options every command takes: configuration file, output folder, Spark master and settings. */
public final class CommonOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration file; options given here override it.")
  File config;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where reports are published (default: reports).")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[*]",
      description = "Spark master when not launched by spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, e.g. --conf spark.sql.shuffle.partitions=8.")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  DyadConfig load() {
    DyadConfig config = this.config == null ? new DyadConfig() : DyadConfig.load(this.config);
    if (output != null) config.output = output;
    return config;
  }
}
