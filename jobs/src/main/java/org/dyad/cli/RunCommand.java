package org.dyad.cli;

import java.io.File;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.DyadConfig;
import org.dyad.progress.Progress;
import org.dyad.report.HtmlReport;
import org.dyad.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline on a corpus and publishes its reports.",
      "corpus -> articles, rejects, article_copies -> sentences, mentions, actors -> topics,"
          + " article_topics, topic_trends, topic_movers, actor_topics -> cooccurrence,"
          + " actor_relationships, actor_activity (and the same at country level), and"
          + " _manifest.json. With no options it reads the sample corpus in seeds/ and writes"
          + " reports/.",
      "",
      "Exit status: 0 done; 2 a bad option or configuration (nothing was run); 3 nothing usable was"
          + " read; 4 a stage failed (published reports untouched, the failed run's manifest kept"
          + " in <output>/_staging/).",
      ""
    })
final class RunCommand extends PipelineCommand {
  @Mixin ActorOptions actors;
  @Mixin RelationsOptions relations;
  @Mixin TopicsOptions topics;

  @Option(
      names = "--no-report",
      description =
          "Do not write the HTML report (<output>/report/index.html) at the end of the run.")
  boolean noReport;

  @Override
  int afterRun(SparkSession spark, DyadConfig config, Progress progress) throws Exception {
    if (noReport) return 0;
    File manifest = new File(config.output, Tables.MANIFEST_FILE);
    File shown = new File(new File(config.output, "report"), "index.html");
    if (manifest.isFile() && shown.isFile() && shown.lastModified() >= manifest.lastModified()) {
      // nothing was published (an append run with nothing new): the page already shows these
      // reports
      progress.note("report is up to date: open " + shown.getAbsolutePath());
      return 0;
    }
    Progress.Stage stage = progress.start("report");
    String page = HtmlReport.write(spark, config.output);
    stage.done("open " + page);
    return 0;
  }

  @Override
  DyadConfig.Scope scope() {
    return DyadConfig.Scope.RELATIONS;
  }

  @Override
  void applyMore(DyadConfig config) {
    actors.applyTo(config.actors);
    relations.applyTo(config.relations, config.trends);
    topics.applyTo(config.topics);
  }

  @Override
  String name() {
    return "run";
  }
}
