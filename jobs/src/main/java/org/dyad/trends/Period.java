package org.dyad.trends;

import static org.apache.spark.sql.functions.*;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.dyad.tables.Tables;

/**
 * Periods of publication (UTC): a key to report ({@code 2019-05-15}, {@code 2019-W20}, {@code
 * 2019-05}, or {@code undated}), a consecutive index to compare a period with the ones before it,
 * and the dates it starts and ends on.
 */
public enum Period {
  DAY,
  WEEK,
  MONTH;

  /** The lower-case name options and configuration files use: day, week, month. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The period's key; {@code undated} for articles without a date. */
  public Column key(Column published) {
    Column d = to_date(published);
    Column key =
        switch (this) {
          case DAY -> date_format(d, "yyyy-MM-dd");
          case WEEK ->
              concat(
                  lpad(year(date_add(monday(d), 3)).cast("string"), 4, "0"),
                  lit("-W"),
                  lpad(weekofyear(d).cast("string"), 2, "0"));
          case MONTH -> date_format(d, "yyyy-MM");
        };
    return when(published.isNull(), lit(Tables.UNDATED)).otherwise(key);
  }

  /** Consecutive integers: the period before has the index before; null when undated. */
  public Column index(Column published) {
    Column d = to_date(published);
    return switch (this) {
      case DAY -> datediff(d, lit("1970-01-01"));
      case WEEK -> floor(datediff(monday(d), lit("1970-01-05")).divide(7)).cast("int");
      case MONTH -> year(d).multiply(12).plus(month(d)).minus(1);
    };
  }

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
  public static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> withDates(
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows) {
    java.util.Set<String> cols = java.util.Set.of(rows.columns());
    if (!cols.contains(org.dyad.tables.Col.PERIOD)
        || cols.contains(org.dyad.tables.Col.PERIOD_START)) return rows;
    Column key = col(org.dyad.tables.Col.PERIOD);
    return rows.withColumn(org.dyad.tables.Col.PERIOD_START, start(key))
        .withColumn(org.dyad.tables.Col.PERIOD_END, end(key));
  }

  private static Column monday(Column d) {
    return date_sub(d, pmod(dayofweek(d).plus(5), lit(7)));
  }
}
