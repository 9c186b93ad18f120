package org.dyad.cli;

import static org.apache.spark.sql.functions.*;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.dyad.config.ConfigException;
import org.dyad.relations.Occurrences;
import org.dyad.trends.Trend;
import org.dyad.tables.Col;
import org.dyad.tables.RelationTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "show-dyads",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the dyads of a run, period by period.",
      "It shows the strongest dyads of each period, those with a trend (e.g. --trend rising), or the history of one pair (--pair USA,JPN)."
    })
final class ShowDyadsCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Option(names = "--level", paramLabel = "L", defaultValue = "actor", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Occurrences.Level level;

  @Option(names = "--trend", paramLabel = "T", description = "Only dyads with this trend (${COMPLETION-CANDIDATES}), by z-score.")
  Trend trend;

  @Option(names = "--pair", paramLabel = "A,B", description = "One dyad's history, e.g. USA,JPN.")
  String pair;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Dyads per period (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() {
    String[] ab = pair == null ? null : pair.split(",");
    if (ab != null && (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank())) {
      throw new ConfigException("--pair: '" + pair + "' is not two actors separated by a comma, e.g. USA,IRN");
    }
    String table = (level == Occurrences.Level.COUNTRY ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS).name();
    reports.require(table);
    SparkSession spark = sparkOptions.start("show-dyads", 0);
    try {
      Dataset<Row> d = spark.read().parquet(reports.table(table));
      if (ab != null) {
        ab[0] = ab[0].strip();
        ab[1] = ab[1].strip();
        String a = ab[0].compareTo(ab[1]) < 0 ? ab[0] : ab[1];
        String b = a.equals(ab[0]) ? ab[1] : ab[0];
        d = d.where(col(Col.ACTOR_A).equalTo(a).and(col(Col.ACTOR_B).equalTo(b)));
      } else {
        if (trend != null) d = d.where(col(Col.TREND).equalTo(trend.toString()));
        d = d.withColumn(
                "_n",
                row_number()
                    .over(
                        Window.partitionBy(Col.PERIOD)
                            .orderBy(trend != null ? col(Col.Z_SCORE).desc_nulls_last() : col(Col.RANK).asc_nulls_last(), col(Col.ACTOR_A), col(Col.ACTOR_B))))
            .where(col("_n").leq(top));
      }
      System.out.printf(Locale.ROOT, "%-9s %-28s %-28s %6s %6s %8s %7s %-8s %-22s %s%n", "period", "a", "b", "k", "units", "share", "z", "trend", "topic", "evidence");
      for (Row r :
          d.orderBy(col(Col.PERIOD), col(Col.Z_SCORE).desc_nulls_last())
              .select(
                  col(Col.PERIOD), coalesce(col(Col.NAME_A), col(Col.ACTOR_A)), coalesce(col(Col.NAME_B), col(Col.ACTOR_B)),
                  col(Col.COOCCURRENCES), col(Col.PERIOD_UNITS), col(Col.SHARE), col(Col.Z_SCORE), col(Col.TREND),
                  expr("substring(evidence[0].sentence, 1, 90)"), expr("top_topics[0].label"))
              .collectAsList()) {
        System.out.printf(Locale.ROOT, "%-9s %-28.28s %-28.28s %6d %6s %8.4f %7s %-8s %-22.22s %s%n", r.getString(0), r.getString(1), r.getString(2),
            r.getLong(3), r.isNullAt(4) ? "" : String.valueOf(r.getLong(4)), r.isNullAt(5) ? 0.0 : r.getDouble(5),
            r.isNullAt(6) ? "" : String.format(Locale.ROOT, "%.2f", r.getDouble(6)), r.isNullAt(7) ? "" : r.getString(7), r.isNullAt(9) ? "" : r.getString(9),
            r.isNullAt(8) ? "" : r.getString(8).replace('\n', ' '));
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
