package org.dyad.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.eval.ReutersActorEval;
import org.dyad.tables.ActorTables;
import org.dyad.tables.IngestTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "eval-actors",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the actors of a run on Reuters-21578 against its PLACES and PEOPLE labels, article by"
          + " article.",
      "Run `dyad run --input ../shared/data/reuters21578 --format reuters -o DIR` first."
    })
final class EvalActorsCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Override
  public Integer call() throws Exception {
    reports.require(IngestTables.ARTICLES.name(), ActorTables.MENTIONS.name());
    SparkSession spark = sparkOptions.start("eval-actors", 0);
    try {
      ReutersActorEval.Result r = ReutersActorEval.evaluate(spark, reports.reports);
      System.out.printf(
          Locale.ROOT,
          "countries vs PLACES (%,d articles with a mapped label; %,d labels without a CAMEO"
              + " country ignored)%n",
          r.countries().values().iterator().next().articles(),
          r.unmappedPlaces());
      System.out.printf(
          Locale.ROOT,
          "  %-18s %9s %9s %9s %9s %9s%n",
          "counting",
          "precision",
          "recall",
          "hits",
          "predicted",
          "gold");
      for (Map.Entry<ReutersActorEval.CountryRule, ReutersActorEval.Score> e :
          r.countries().entrySet()) {
        ReutersActorEval.Score s = e.getValue();
        System.out.printf(
            Locale.ROOT,
            "  %-18s %9.3f %9.3f %9d %9d %9d%n",
            e.getKey().name().toLowerCase(Locale.ROOT),
            s.precision(),
            s.recall(),
            s.hits(),
            s.predicted(),
            s.gold());
      }
      ReutersActorEval.PeopleScore people = r.people();
      System.out.printf(
          Locale.ROOT,
          "people vs PEOPLE (%,d articles): recall %.3f (%d of %d labels found); precision %.3f (%d"
              + " of %d persons found are labelled)%n",
          people.articles(),
          people.recall(),
          people.found(),
          people.labelled(),
          people.precision(),
          people.predictedLabelled(),
          people.predicted());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
