package org.dyad.tables;

import static org.apache.spark.sql.functions.*;

import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first and last day of a period, from its key alone ({@code 1987-W12}, {@code 2019-05}, {@code
 * 2019-05-15}, {@code undated}): the dates every per-period table carries beside its key, written
 * by {@link TableWriter} (the keys themselves are made by org.dyad.trends.Period).
 */
public final class PeriodDates {
  private PeriodDates() {}

  /**
   * The first day of the period a key names, whatever its length: the Monday of an ISO week
   * ("1987-W12": 1987-03-16), the first of a month ("2019-05"), the day itself; null for undated.
   */
  public static Column start(Column key) {
    Column jan4 = to_date(concat(substring(key, 1, 4), lit("-01-04")));
    Column week = date_add(monday(jan4), substring(key, 7, 2).cast("int").minus(1).multiply(7));
    return when(key.rlike("^\\d{4}-W\\d{2}$"), week)
        .when(key.rlike("^\\d{4}-\\d{2}$"), to_date(concat(key, lit("-01"))))
        .when(key.rlike("^\\d{4}-\\d{2}-\\d{2}$"), to_date(key));
  }

  /**
   * The last day of the period a key names: the Sunday of an ISO week, the last of a month, the day
   * itself; null for undated.
   */
  public static Column end(Column key) {
    Column start = start(key);
    return when(key.rlike("^\\d{4}-W\\d{2}$"), date_add(start, 6))
        .when(key.rlike("^\\d{4}-\\d{2}$"), last_day(start))
        .otherwise(start);
  }

  /**
   * A per-period table's rows with {@code period_start} and {@code period_end} derived from their
   * {@code period} key, when they do not have them yet (tables being written; reports written
   * before schema versions carried the dates).
   */
  public static Dataset<Row> withDates(Dataset<Row> rows) {
    Set<String> cols = Set.of(rows.columns());
    if (!cols.contains(Col.PERIOD) || cols.contains(Col.PERIOD_START)) return rows;
    Column key = col(Col.PERIOD);
    return rows.withColumn(Col.PERIOD_START, start(key)).withColumn(Col.PERIOD_END, end(key));
  }

  private static Column monday(Column d) {
    return date_sub(d, pmod(dayofweek(d).plus(5), lit(7)));
  }
}
