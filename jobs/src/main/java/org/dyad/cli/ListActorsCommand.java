package org.dyad.cli;

import static org.apache.spark.sql.functions.*;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "list-actors",
    mixinStandardHelpOptions = true,
    description = "Prints the canonical actors of a run (or of one article): id, type, CAMEO code, country, mentions and the names seen.")
final class ListActorsCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Option(names = "--article", paramLabel = "ID", description = "Only the actors of this article.")
  String article;

  @Option(names = "--top", paramLabel = "N", defaultValue = "50", description = "At most N actors, most mentioned first (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() {
    reports.require(ActorTables.MENTIONS.name());
    SparkSession spark = sparkOptions.start("list-actors", 0);
    try {
      Dataset<Row> mentions = spark.read().parquet(reports.table(ActorTables.MENTIONS.name()));
      if (article != null) mentions = mentions.where(col(Col.ARTICLE_ID).equalTo(article));
      Dataset<Row> rows =
          mentions
              .groupBy(Col.ACTOR_ID)
              .agg(
                  min(Col.ACTOR_NAME).as("name"),
                  min(Col.ENTITY_TYPE).as("type"),
                  max(Col.CAMEO_CODE).as("code"),
                  max(Col.COUNTRY).as("country"),
                  count(lit(1)).as("n"),
                  concat_ws(", ", array_sort(collect_set(Col.SOURCE))).as("sources"),
                  concat_ws("; ", array_sort(collect_set(Col.TEXT))).as("seen"))
              .orderBy(col("n").desc(), col(Col.ACTOR_ID))
              .limit(top);
      System.out.printf(Locale.ROOT, "%-40s %-12s %-10s %-7s %4s %-16s %s%n", "actor", "type", "code", "country", "n", "source", "names seen");
      for (Row r : rows.collectAsList()) {
        System.out.printf(Locale.ROOT, "%-40s %-12s %-10s %-7s %4d %-16s %s%n", r.getString(0), r.getString(2),
            r.isNullAt(3) ? "" : r.getString(3), r.isNullAt(4) ? "" : r.getString(4), r.getLong(5), r.getString(6), r.getString(7));
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
