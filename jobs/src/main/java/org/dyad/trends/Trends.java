package org.dyad.trends;

import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.dyad.tables.Col;

/**
 * Change over time of a count per period (a dyad's stories together, an actor's stories), as a
 * share of the period's stories:
 *
 * <ul>
 *   <li>{@code change}: share minus the previous period's share (0 when absent then; null when the
 *       corpus has no previous period);
 *   <li>{@code z_score}: (share - mean) / sd over the trailing {@code baselinePeriods} periods of
 *       the corpus, absent periods counting as 0; sd is at least the binomial sd of the baseline
 *       mean at this period's size, sqrt(mean (1 - mean) / n), so that a flat baseline does not
 *       divide by zero;
 *   <li>{@code trend}: new (not in the baseline), rising (z >= threshold), falling (z <=
 *       -threshold), stable, or gone (in the previous period, absent in this one: a row with count
 *       0).
 * </ul>
 *
 * Undated rows get no trend.
 */
public final class Trends {
  private Trends() {}

  /**
   * What trends are computed with, from the validated configuration (TrendsConfig.settings()).
   *
   * @param period the length of a period
   * @param baselinePeriods how many periods before a period its baseline holds
   * @param zThreshold the z-score at or above which a row is rising (at or below minus it: falling)
   * @param burstScale Kleinberg's s: how much more often a burst state emits
   * @param burstGamma Kleinberg's gamma: the cost of entering a burst
   */
  public record Settings(
      Period period, int baselinePeriods, double zThreshold, double burstScale, double burstGamma)
      implements Serializable {
    public Settings {
      if (period == null) throw new IllegalArgumentException("no period");
      if (baselinePeriods < 1)
        throw new IllegalArgumentException(
            "baselinePeriods must be at least 1: " + baselinePeriods);
      if (!(zThreshold > 0))
        throw new IllegalArgumentException("zThreshold must be positive: " + zThreshold);
    }
  }

  /**
   * @param rows keys, carry, period, period_index, the count column and the total column
   * @param periods period, period_index, period_articles of every dated period of the corpus
   * @param carry columns that do not change between periods (names, types), copied into "gone" rows
   * @param total the column the share divides by (the period's stories, or its units)
   */
  public static Dataset<Row> apply(
      Dataset<Row> rows,
      String[] keys,
      String[] carry,
      String count,
      String total,
      Dataset<Row> periods,
      Settings config) {
    int b = config.baselinePeriods();
    Dataset<Row> base = baselineSizes(periods.where(col(Col.PERIOD_INDEX).isNotNull()), b);
    Dataset<Row> withShare = rows.withColumn(Col.SHARE, col(count).divide(col(total)));
    Dataset<Row> dated = withShare.where(col(Col.PERIOD_INDEX).isNotNull());
    Dataset<Row> undated = withShare.where(col(Col.PERIOD_INDEX).isNull());

    Column[] partition = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    WindowSpec byIndex = Window.partitionBy(partition).orderBy(col(Col.PERIOD_INDEX));
    WindowSpec trailing = byIndex.rangeBetween(-b, -1);
    WindowSpec previous = byIndex.rangeBetween(-1, -1);
    Dataset<Row> t =
        dated
            .withColumn("_sum", coalesce(sum(col(Col.SHARE)).over(trailing), lit(0.0)))
            .withColumn(
                "_sumsq",
                coalesce(sum(col(Col.SHARE).multiply(col(Col.SHARE))).over(trailing), lit(0.0)))
            .withColumn(Col.PREVIOUS_SHARE, sum(col(Col.SHARE)).over(previous))
            .withColumn(Col.PREVIOUS_COUNT, sum(col(count)).over(previous))
            .withColumn("_next", lead(col(Col.PERIOD_INDEX), 1).over(byIndex))
            .join(base, Col.PERIOD_INDEX);
    Column n = col("_n_base");
    Column mean = when(n.gt(0), col("_sum").divide(n));
    Column variance = greatest(lit(0.0), col("_sumsq").divide(n).minus(mean.multiply(mean)));
    Column floor = sqrt(mean.multiply(lit(1.0).minus(mean)).divide(col(total)));
    t =
        t.withColumn(Col.BASELINE_MEAN, mean)
            .withColumn(Col.BASELINE_SD, sqrt(variance))
            .withColumn(
                Col.Z_SCORE,
                when(
                    col(Col.BASELINE_MEAN).gt(0),
                    col(Col.SHARE)
                        .minus(col(Col.BASELINE_MEAN))
                        .divide(greatest(col(Col.BASELINE_SD), floor))))
            .withColumn(
                Col.PREVIOUS_SHARE,
                when(col(Col.PREVIOUS_SHARE).isNotNull(), col(Col.PREVIOUS_SHARE))
                    .when(col("_previous_exists"), lit(0.0)))
            .withColumn(
                Col.PREVIOUS_COUNT,
                when(col(Col.PREVIOUS_COUNT).isNotNull(), col(Col.PREVIOUS_COUNT))
                    .when(col("_previous_exists"), lit(0L)))
            .withColumn(Col.CHANGE, col(Col.SHARE).minus(col(Col.PREVIOUS_SHARE)))
            .withColumn(
                Col.TREND,
                when(n.equalTo(0).or(col("_sum").equalTo(0)), lit(Trend.NEW.toString()))
                    .when(col(Col.Z_SCORE).geq(config.zThreshold()), lit(Trend.RISING.toString()))
                    .when(col(Col.Z_SCORE).leq(-config.zThreshold()), lit(Trend.FALLING.toString()))
                    .otherwise(lit(Trend.STABLE.toString())));

    // In one period, absent in the next one the corpus has: a "gone" row there.
    Dataset<Row> gone =
        t.where(col("_next").isNull().or(col("_next").gt(col(Col.PERIOD_INDEX).plus(1))))
            .select(
                Arrays.stream(
                        concat(
                            concat(keys, carry), new String[] {Col.PERIOD_INDEX, Col.SHARE, count}))
                    .map(c -> col(c))
                    .toArray(Column[]::new))
            .withColumn(Col.PERIOD_INDEX, col(Col.PERIOD_INDEX).plus(1))
            .withColumnRenamed(Col.SHARE, Col.PREVIOUS_SHARE)
            .withColumnRenamed(count, Col.PREVIOUS_COUNT)
            .join(periods.where(col(Col.PERIOD_INDEX).isNotNull()), Col.PERIOD_INDEX)
            .withColumn(count, lit(0L))
            .withColumn(Col.SHARE, lit(0.0))
            .withColumn(Col.CHANGE, col(Col.PREVIOUS_SHARE).unary_$minus())
            .withColumn(Col.TREND, lit(Trend.GONE.toString()));

    Dataset<Row> out =
        t.drop("_sum", "_sumsq", "_next", "_n_base", "_previous_exists")
            .unionByName(gone, true)
            .unionByName(undated, true);
    return out;
  }

  /**
   * Per dated period: how many corpus periods lie in its trailing window, and whether the one
   * before exists.
   */
  static Dataset<Row> baselineSizes(Dataset<Row> periods, int b) {
    Dataset<Row> p = periods.select(col(Col.PERIOD_INDEX).as("_i"));
    Dataset<Row> q = periods.select(col(Col.PERIOD_INDEX).as("_j"));
    return p.join(q, col("_j").between(col("_i").minus(b), col("_i").minus(1)), "left")
        .groupBy(col("_i").as(Col.PERIOD_INDEX))
        .agg(
            count(col("_j")).as("_n_base"),
            coalesce(max(col("_j").equalTo(col("_i").minus(1))), lit(false))
                .as("_previous_exists"));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
