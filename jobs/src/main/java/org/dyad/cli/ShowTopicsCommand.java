package org.dyad.cli;

import static org.apache.spark.sql.functions.*;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.tables.TopicTables;
import org.dyad.tables.Col;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "show-topics",
    mixinStandardHelpOptions = true,
    description = "Prints the topics of a run with their top words, then each period's top movers and bursts.")
final class ShowTopicsCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Override
  public Integer call() {
    reports.require(TopicTables.TOPICS.name(), TopicTables.TOPIC_MOVERS.name());
    SparkSession spark = sparkOptions.start("show-topics", 0);
    try {
      System.out.printf(Locale.ROOT, "%5s %-34s %8s %6s  %s%n", "topic", "label", "stories", "share", "top words");
      for (Row r :
          spark.read().parquet(reports.table(TopicTables.TOPICS.name())).orderBy(col(Col.TOPIC_COUNT).desc(), col(Col.TOPIC_ID))
              .select(col(Col.TOPIC_ID), col(Col.LABEL), col(Col.TOPIC_COUNT), col(Col.SHARE), concat_ws(" ", slice(col(Col.TERMS + "." + Col.WORD), 1, 10)))
              .collectAsList()) {
        System.out.printf(Locale.ROOT, "%5d %-34.34s %8d %6.3f  %s%n", r.getInt(0), r.getString(1), r.getLong(2), r.getDouble(3), r.getString(4));
      }
      System.out.println();
      System.out.printf(Locale.ROOT, "%-10s %-8s %4s %-34s %7s %8s %7s %s%n", "period", "moves", "rank", "topic", "stories", "change", "z", "burst");
      for (Row r :
          spark.read().parquet(reports.table(TopicTables.TOPIC_MOVERS.name())).orderBy(col(Col.PERIOD), col(Col.DIRECTION).desc(), col(Col.RANK))
              .select(col(Col.PERIOD), col(Col.DIRECTION), col(Col.RANK), col(Col.LABEL), col(Col.TOPIC_COUNT), col(Col.CHANGE), col(Col.Z_SCORE), col(Col.BURST))
              .collectAsList()) {
        System.out.printf(Locale.ROOT, "%-10s %-8s %4d %-34.34s %7d %+8.3f %7s %s%n", r.getString(0), r.getString(1), r.getInt(2), r.getString(3), r.getLong(4), r.getDouble(5),
            r.isNullAt(6) ? "" : String.format(Locale.ROOT, "%.1f", r.getDouble(6)), !r.isNullAt(7) && r.getBoolean(7) ? "burst" : "");
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
