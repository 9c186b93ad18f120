package org.dyad.trends;

import static org.apache.spark.sql.functions.*;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.dyad.tables.PeriodDates;
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

  /** The first day of the period a key names: {@link PeriodDates#start}. */
  public static Column start(Column key) {
    return PeriodDates.start(key);
  }

  /** The last day of the period a key names: {@link PeriodDates#end}. */
  public static Column end(Column key) {
    return PeriodDates.end(key);
  }

  private static Column monday(Column d) {
    return date_sub(d, pmod(dayofweek(d).plus(5), lit(7)));
  }
}
