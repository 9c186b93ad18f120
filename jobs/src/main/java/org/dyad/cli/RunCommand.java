package org.dyad.cli;

import org.dyad.config.DyadConfig;
import org.dyad.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Dyad pipeline on a corpus and publishes its reports.",
      "Today: corpus -> articles, rejects, article_copies (ingestion) -> mentions, actors; and _manifest.json.",
      "With no options it reads the sample corpus in seeds/ and writes reports/."
    })
final class RunCommand extends PipelineCommand {
  @Mixin ActorOptions actors;

  @Override
  Pipeline.Scope scope() {
    return Pipeline.Scope.ACTORS;
  }

  @Override
  void applyMore(DyadConfig config) {
    actors.applyTo(config.actors);
  }

  @Override
  String name() {
    return "run";
  }
}
