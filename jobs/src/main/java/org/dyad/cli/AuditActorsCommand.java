package org.dyad.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.eval.ActorAudit;
import org.dyad.tables.ActorTables;
import org.dyad.tables.IngestTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "audit-actors",
    mixinStandardHelpOptions = true,
    description = {
      "Counts, on any run, what a reader of the actor table notices first: junk names among the"
          + " most-mentioned actors, news organisations cited as a source and left as actors,"
          + " organisations and persons split over spellings, sentences cut at a dateline or a"
          + " date, articles the annotators failed on and accepted articles without a mention.",
      "The figures of docs/QUALITY.md, \"Actors on today's news\"."
    })
final class AuditActorsCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "100",
      description = "How many of the most-mentioned actors to judge for junk (default: 100).")
  int top;

  @Override
  public Integer call() throws Exception {
    reports.require(
        IngestTables.ARTICLES.name(),
        ActorTables.MENTIONS.name(),
        ActorTables.ACTORS.name(),
        ActorTables.SENTENCES.name());
    SparkSession spark = sparkOptions.start("audit-actors", 0);
    try {
      ActorAudit.Audit a = ActorAudit.run(spark, reports.reports, top);
      System.out.printf(
          Locale.ROOT,
          "junk names among the %d most-mentioned persons and organisations: %d%n",
          a.top().size(),
          a.junkInTop().size());
      list(a.junkInTop());
      System.out.printf(
          Locale.ROOT,
          "news organisations among the actors: %d %s%n",
          a.newsActors().size(),
          a.newsActors());
      System.out.printf(
          Locale.ROOT,
          "mentions of news organisations that the words around cite as a source: %d%n",
          a.attributionLeft().size());
      list(a.attributionLeft());
      System.out.printf(
          Locale.ROOT, "organisations split over spellings: %d%n", a.organisationSplits().size());
      list(a.organisationSplits());
      System.out.printf(Locale.ROOT, "persons split over spellings: %d%n", a.personSplits().size());
      list(a.personSplits());
      System.out.printf(Locale.ROOT, "sentences: %,d; cut:%n", a.sentences());
      for (Map.Entry<String, Long> e : a.cutSentences().entrySet())
        System.out.printf(Locale.ROOT, "  %-32s %,d%n", e.getKey(), e.getValue());
      System.out.printf(
          Locale.ROOT, "evidence sentences of the dyads: %,d; cut:%n", a.evidenceSentences());
      for (Map.Entry<String, Long> e : a.cutEvidence().entrySet())
        System.out.printf(Locale.ROOT, "  %-32s %,d%n", e.getKey(), e.getValue());
      list(a.cutExamples());
      System.out.printf(
          Locale.ROOT,
          "articles the annotators failed on (isolated): %d; accepted articles without a"
              + " mention: %d of %,d%n",
          a.isolated(),
          a.articlesWithoutMentions(),
          a.articles());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static void list(List<String> lines) {
    for (int i = 0; i < Math.min(lines.size(), 40); i++) System.out.println("  " + lines.get(i));
    if (lines.size() > 40) System.out.printf(Locale.ROOT, "  ... %d more%n", lines.size() - 40);
  }
}
