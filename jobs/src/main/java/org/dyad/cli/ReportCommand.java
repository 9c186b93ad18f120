package org.dyad.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.report.HtmlReport;
import org.dyad.tables.ActorTables;
import org.dyad.tables.RelationTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the HTML report of a run: <reports>/report/index.html, one self-contained page (no"
          + " network needed) with the run summary, top actors, the top dyads of each period with"
          + " sparklines, rising and falling dyads with evidence, the country network of a period,"
          + " topic trends with bursts and a search for an actor's partners. `dyad run` writes it"
          + " at the end of every run."
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Override
  public Integer call() throws Exception {
    reports.require(
        ActorTables.ACTORS.name(),
        RelationTables.ACTOR_RELATIONSHIPS.name(),
        RelationTables.COUNTRY_RELATIONSHIPS.name(),
        RelationTables.ACTOR_ACTIVITY.name());
    reports.requireManifest();
    SparkSession spark = sparkOptions.start("report", 0);
    try {
      System.out.println(HtmlReport.write(spark, reports.reports));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
