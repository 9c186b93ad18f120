package org.dyad.cli;

import java.io.File;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.ConfigException;
import org.dyad.report.GdeltExport;
import org.dyad.run.ExitCodes;
import org.dyad.tables.EventTables;
import org.dyad.tables.IngestTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a run's events in another tool's layout. --gdelt: GDELT 2.0's Event export (61"
          + " tab-separated columns, no header, no quoting) as <out>/dyad.export.CSV, so that"
          + " scripts written for GDELT read your corpus; the copies of a story that carry the same"
          + " event are one row (NumMentions, NumArticles, NumSources). Columns Dyad cannot fill"
          + " (known group, ethnicity, religion, tone, geography) are empty: docs/REPORTS.md."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Option(
      names = "--gdelt",
      required = true,
      description = "GDELT 2.0 Event layout (the one layout so far).")
  boolean gdelt;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      required = true,
      description = "The folder to write dyad.export.CSV into (created; the file is replaced).")
  File out;

  @Option(
      names = "--header",
      description = "Write the column names as a first line (GDELT's own files have none).")
  boolean header;

  @Override
  public Integer call() throws Exception {
    reports.require(EventTables.EVENTS.name(), IngestTables.ARTICLES.name());
    reports.requireManifest();
    if (out.exists() && !out.isDirectory())
      throw new ConfigException("--out: " + out + " is a file, not a folder");
    SparkSession spark = sparkOptions.start("export", 0);
    try {
      long n =
          GdeltExport.write(
              spark,
              GdeltExport.rows(
                  spark.read().parquet(reports.table(EventTables.EVENTS.name())),
                  spark.read().parquet(reports.table(IngestTables.ARTICLES.name()))),
              out.getPath(),
              header);
      System.err.printf(
          "[dyad] export  %,d GDELT event rows -> %s%n", n, new File(out, "dyad.export.CSV"));
      System.out.println(new File(out, "dyad.export.CSV").getPath());
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
