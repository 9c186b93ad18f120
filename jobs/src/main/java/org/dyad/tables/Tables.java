package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every table Dyad publishes, each defined once beside the others its stage writes: {@link
 * IngestTables}, {@link ActorTables}, {@link TopicTables}, {@link RelationTables}. docs/REPORTS.md
 * documents the same tables; change both together.
 */
public final class Tables {
  private Tables() {}

  public static final String MANIFEST_FILE = "_manifest.json";

  /** Partition value (month or period) of the rows of undated articles. */
  public static final String UNDATED = "undated";

  /** The month partition of a per-article row: yyyy-MM of its article's date (UTC), or undated. */
  public static Column month(Column published) {
    return functions.coalesce(functions.date_format(published, "yyyy-MM"), functions.lit(UNDATED));
  }

  /**
   * The UTC day of an instant given in microseconds since the epoch, in the proleptic Gregorian
   * calendar (as Spark, Parquet and DuckDB count). Rows handled in Java carry {@code published} as
   * microseconds: {@code java.sql.Timestamp} counts in the Julian calendar before 1582 and moves
   * such dates.
   */
  public static LocalDate utcDate(long micros) {
    return LocalDate.ofEpochDay(Math.floorDiv(micros, 86_400_000_000L));
  }

  /** Microseconds since the epoch: how Spark, Parquet and DuckDB store a timestamp. */
  public static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  /** Every table, in the order the stages write them. */
  public static List<Table> all() {
    return Stream.of(
            IngestTables.ALL, ActorTables.ALL, EventTables.ALL, TopicTables.ALL, RelationTables.ALL)
        .flatMap(List::stream)
        .toList();
  }

  /** The table of this name. */
  public static Table named(String name) {
    return all().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No table " + name));
  }

  // Building blocks of the schemas.

  static StructField f(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /** A column that is never null: checked when the table is written ({@link TableWriter}). */
  static StructField required(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  static StructType struct(StructField... fields) {
    return createStructType(fields);
  }

  static StructField[] concat(StructField[]... parts) {
    return Arrays.stream(parts).flatMap(Arrays::stream).toArray(StructField[]::new);
  }

  static final DataType STRING_MAP = createMapType(StringType, StringType, true);
  static final DataType LABEL_MAP =
      createMapType(StringType, createArrayType(StringType, true), true);

  /** The period every per-period table is partitioned by. */
  static final StructField PERIOD_PARTITION = required(Col.PERIOD, StringType);

  /**
   * The last columns of every per-period table: the period's first and last day (null when undated;
   * derived from the key by {@link org.dyad.trends.Period#start}, so that readers need not parse
   * "1987-W12"), then the period key it is partitioned by.
   */
  static final StructField[] PERIOD_COLUMNS = {
    f(Col.PERIOD_START, DateType), f(Col.PERIOD_END, DateType), PERIOD_PARTITION
  };

  /** The month a per-article table is partitioned by (yyyy-MM or undated). */
  static final StructField MONTH_PARTITION = required(Col.MONTH, StringType);

  /** The trend of a count against its trailing baseline (org.dyad.trends.Trends). */
  static final StructField[] TREND = {
    f(Col.SHARE, DoubleType),
    f(Col.PREVIOUS_SHARE, DoubleType),
    f(Col.CHANGE, DoubleType),
    f(Col.BASELINE_MEAN, DoubleType),
    f(Col.BASELINE_SD, DoubleType),
    f(Col.Z_SCORE, DoubleType),
    f(Col.TREND, StringType),
  };
}
