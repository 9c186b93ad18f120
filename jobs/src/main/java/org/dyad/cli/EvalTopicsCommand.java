package org.dyad.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.Problems;
import org.dyad.config.TopicsConfig;
import org.dyad.eval.TopicEval;
import org.dyad.tables.IngestTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "eval-topics",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Dyad's topic model and a plain LDA baseline against the TOPICS labels of"
          + " Reuters-21578.",
      "Both are fitted on the same stories and scored by NMI, mean NPMI of top terms, largest"
          + " topic, and for each label its best topic's F1 and the weekly correlation of topic and"
          + " label shares. Run `dyad ingest --input ../shared/data/reuters21578 --format reuters"
          + " -o DIR` (or `dyad run`) first."
    })
final class EvalTopicsCommand implements Callable<Integer> {
  @Mixin SparkOptions spark;
  @Mixin ReportsOptions reports;
  @Mixin TopicsOptions topics;

  @Option(
      names = "--no-baseline",
      description = "Score Dyad's topics only (for trying settings quickly).")
  boolean noBaseline;

  @Override
  public Integer call() throws Exception {
    TopicsConfig config = new TopicsConfig();
    topics.applyTo(config);
    Problems problems = new Problems();
    config.validate(problems);
    problems.throwIfAny();
    reports.require(IngestTables.ARTICLES.name());
    SparkSession session = spark.start("eval-topics", 0);
    try {
      var scores =
          TopicEval.evaluate(
              session, reports.table(IngestTables.ARTICLES.name()), config.settings(), !noBaseline);
      for (TopicEval.Score s : scores) {
        System.out.printf(
            Locale.ROOT,
            "== %s: k=%d, %,d stories (%,d with one TOPICS label), fit and scored in %.0f s%n",
            s.model(),
            s.k(),
            s.stories(),
            s.scored(),
            s.seconds());
        System.out.printf(
            Locale.ROOT,
            "  NMI %.3f   mean NPMI (top %d) %.3f   largest topic %.1f%% of stories%n",
            s.nmi(),
            10,
            s.meanNpmi(),
            100 * s.largestShare());
        System.out.printf(
            Locale.ROOT,
            "  %-9s %5s %6s %8s  %-14s %s%n",
            "label",
            "topic",
            "F1",
            "pearson",
            "also best for",
            "topic terms");
        for (TopicEval.LabelScore l : s.labels()) {
          System.out.printf(
              Locale.ROOT,
              "  %-9s %5d %6.3f %8.3f  %-14s %s%n",
              l.label(),
              l.topic(),
              l.f1(),
              l.pearson(),
              l.sharedWith().isEmpty() ? "-" : l.sharedWith(),
              l.topicTerms());
        }
      }
      return 0;
    } finally {
      session.stop();
    }
  }
}
