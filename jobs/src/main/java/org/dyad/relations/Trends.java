package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.tables.Tables.Col;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.dyad.config.RelationsConfig;

/**
 * Change over time of a count per period (a dyad's stories together, an actor's stories), as a share of
 * the period's stories:
 *
 * <ul>
 *   <li>{@code change}: share minus the previous period's share (0 when absent then; null when the
 *       corpus has no previous period);
 *   <li>{@code z_score}: (share - mean) / sd over the trailing {@code baselinePeriods} periods of the
 *       corpus, absent periods counting as 0; sd is at least the binomial sd of the baseline mean at
 *       this period's size, sqrt(mean (1 - mean) / n), so that a flat baseline does not divide by zero;
 *   <li>{@code trend}: new (not in the baseline), rising (z >= threshold), falling (z <= -threshold),
 *       stable, or gone (in the previous period, absent in this one: a row with count 0).
 * </ul>
 *
 * Undated rows get no trend.
 */
public final class Trends {
  private Trends() {}

  public static final String SHARE = Col.SHARE;
  public static final String PREVIOUS_SHARE = Col.PREVIOUS_SHARE;
  public static final String PREVIOUS_COUNT = Col.PREVIOUS_COUNT;
  public static final String CHANGE = Col.CHANGE;
  public static final String BASELINE_MEAN = Col.BASELINE_MEAN;
  public static final String BASELINE_SD = Col.BASELINE_SD;
  public static final String Z_SCORE = Col.Z_SCORE;
  public static final String TREND = Col.TREND;

  /**
   * @param rows keys, period, period_index, the count column and period_articles
   * @param periods period, period_index, period_articles of every dated period of the corpus
   */
  public static Dataset<Row> apply(Dataset<Row> rows, String[] keys, String count, Dataset<Row> periods, RelationsConfig config) {
    return apply(rows, keys, new String[0], count, Cooccurrence.PERIOD_ARTICLES, periods, config);
  }

  /**
   * @param carry columns that do not change between periods (names, types), copied into "gone" rows
   * @param total the column the share divides by (the period's stories, or its units)
   */
  public static Dataset<Row> apply(
      Dataset<Row> rows, String[] keys, String[] carry, String count, String total, Dataset<Row> periods, RelationsConfig config) {
    int b = config.baselinePeriods;
    Dataset<Row> base = baselineSizes(periods.where(col(Occurrences.PERIOD_INDEX).isNotNull()), b);
    Dataset<Row> withShare = rows.withColumn(SHARE, col(count).divide(col(total)));
    Dataset<Row> dated = withShare.where(col(Occurrences.PERIOD_INDEX).isNotNull());
    Dataset<Row> undated = withShare.where(col(Occurrences.PERIOD_INDEX).isNull());

    Column[] partition = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    WindowSpec byIndex = Window.partitionBy(partition).orderBy(col(Occurrences.PERIOD_INDEX));
    WindowSpec trailing = byIndex.rangeBetween(-b, -1);
    WindowSpec previous = byIndex.rangeBetween(-1, -1);
    Dataset<Row> t =
        dated
            .withColumn("_sum", coalesce(sum(col(SHARE)).over(trailing), lit(0.0)))
            .withColumn("_sumsq", coalesce(sum(col(SHARE).multiply(col(SHARE))).over(trailing), lit(0.0)))
            .withColumn(PREVIOUS_SHARE, sum(col(SHARE)).over(previous))
            .withColumn(PREVIOUS_COUNT, sum(col(count)).over(previous))
            .withColumn("_next", lead(col(Occurrences.PERIOD_INDEX), 1).over(byIndex))
            .join(base, Occurrences.PERIOD_INDEX);
    Column n = col("_n_base");
    Column mean = when(n.gt(0), col("_sum").divide(n));
    Column variance = greatest(lit(0.0), col("_sumsq").divide(n).minus(mean.multiply(mean)));
    Column floor = sqrt(mean.multiply(lit(1.0).minus(mean)).divide(col(total)));
    t = t.withColumn(BASELINE_MEAN, mean)
        .withColumn(BASELINE_SD, sqrt(variance))
        .withColumn(
            Z_SCORE,
            when(col(BASELINE_MEAN).gt(0), col(SHARE).minus(col(BASELINE_MEAN)).divide(greatest(col(BASELINE_SD), floor))))
        .withColumn(
            PREVIOUS_SHARE,
            when(col(PREVIOUS_SHARE).isNotNull(), col(PREVIOUS_SHARE)).when(col("_previous_exists"), lit(0.0)))
        .withColumn(PREVIOUS_COUNT, when(col(PREVIOUS_COUNT).isNotNull(), col(PREVIOUS_COUNT)).when(col("_previous_exists"), lit(0L)))
        .withColumn(CHANGE, col(SHARE).minus(col(PREVIOUS_SHARE)))
        .withColumn(
            TREND,
            when(n.equalTo(0).or(col("_sum").equalTo(0)), lit("new"))
                .when(col(Z_SCORE).geq(config.zThreshold), lit("rising"))
                .when(col(Z_SCORE).leq(-config.zThreshold), lit("falling"))
                .otherwise(lit("stable")));

    // In one period, absent in the next one the corpus has: a "gone" row there.
    Dataset<Row> gone =
        t.where(col("_next").isNull().or(col("_next").gt(col(Occurrences.PERIOD_INDEX).plus(1))))
            .select(
                Arrays.stream(
                        concat(
                            concat(keys, carry),
                            new String[] {Occurrences.PERIOD_INDEX, SHARE, count}))
                    .map(c -> col(c))
                    .toArray(Column[]::new))
            .withColumn(Occurrences.PERIOD_INDEX, col(Occurrences.PERIOD_INDEX).plus(1))
            .withColumnRenamed(SHARE, PREVIOUS_SHARE)
            .withColumnRenamed(count, PREVIOUS_COUNT)
            .join(periods.where(col(Occurrences.PERIOD_INDEX).isNotNull()), Occurrences.PERIOD_INDEX)
            .withColumn(count, lit(0L))
            .withColumn(SHARE, lit(0.0))
            .withColumn(CHANGE, col(PREVIOUS_SHARE).unary_$minus())
            .withColumn(TREND, lit("gone"));

    Dataset<Row> out =
        t.drop("_sum", "_sumsq", "_next", "_n_base", "_previous_exists")
            .unionByName(gone, true)
            .unionByName(undated, true);
    return out;
  }

  /** Per dated period: how many corpus periods lie in its trailing window, and whether the one before exists. */
  static Dataset<Row> baselineSizes(Dataset<Row> periods, int b) {
    Dataset<Row> p = periods.select(col(Occurrences.PERIOD_INDEX).as("_i"));
    Dataset<Row> q = periods.select(col(Occurrences.PERIOD_INDEX).as("_j"));
    return p.join(q, col("_j").between(col("_i").minus(b), col("_i").minus(1)), "left")
        .groupBy(col("_i").as(Occurrences.PERIOD_INDEX))
        .agg(
            count(col("_j")).as("_n_base"),
            coalesce(max(col("_j").equalTo(col("_i").minus(1))), lit(false)).as("_previous_exists"));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
