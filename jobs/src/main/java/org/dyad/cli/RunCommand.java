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
      "corpus -> articles, rejects, article_copies -> mentions, actors -> topics, article_topics, topic_trends,",
      "topic_movers, actor_topics -> cooccurrence, actor_relationships, actor_activity (and the same at country",
      "level); and _manifest.json.",
      "With no options it reads the sample corpus in seeds/ and writes reports/."
    })
final class RunCommand extends PipelineCommand {
  @Mixin ActorOptions actors;
  @Mixin RelationsOptions relations;
  @Mixin TopicsOptions topics;

  @Override
  Pipeline.Scope scope() {
    return Pipeline.Scope.RELATIONS;
  }

  @Override
  void applyMore(DyadConfig config) {
    actors.applyTo(config.actors);
    relations.applyTo(config.relations);
    topics.applyTo(config.topics);
  }

  @Override
  String name() {
    return "run";
  }
}
