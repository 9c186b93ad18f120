package org.dyad.cli;

import picocli.CommandLine.Command;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Dyad pipeline on a corpus and publishes its reports.",
      "Today the pipeline is ingestion: corpus -> articles, rejects, article_copies and _manifest.json.",
      "With no options it reads the sample corpus in seeds/ and writes reports/."
    })
final class RunCommand extends PipelineCommand {
  @Override
  String name() {
    return "run";
  }
}
