package org.dyad.tables;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer for every table: schema order and types, required columns checked, row counts, empty
 * tables readable.
 */
class TableWriterTest {
  @TempDir Path dir;

  private static final Table SMALL =
      new Table(
          "small",
          Tables.struct(
              Tables.required(Col.ARTICLE_ID, DataTypes.StringType),
              Tables.f(Col.TEXT, DataTypes.StringType),
              Tables.MONTH_PARTITION),
          Col.MONTH,
          List.of(Col.ARTICLE_ID),
          1);

  private static Dataset<Row> rows(Row... rows) {
    // Columns in another order and a wider type: the writer puts them in the table's order and
    // types.
    StructType input =
        DataTypes.createStructType(
            new StructField[] {
              DataTypes.createStructField(Col.MONTH, DataTypes.StringType, true),
              DataTypes.createStructField(Col.TEXT, DataTypes.StringType, true),
              DataTypes.createStructField(Col.ARTICLE_ID, DataTypes.StringType, true),
              DataTypes.createStructField("extra", DataTypes.IntegerType, true)
            });
    return SparkTestSession.get().createDataFrame(List.of(rows), input);
  }

  @Test
  void writesTheTableInItsSchemaAndCountsItsRows() {
    String path = dir.resolve("t").toString();
    long n =
        TableWriter.write(
            rows(
                RowFactory.create("2019-05", "a", "x", 1),
                RowFactory.create("undated", "b", "y", 2)),
            SMALL,
            path);
    assertEquals(2, n);
    Dataset<Row> back = SparkTestSession.get().read().parquet(path);
    assertEquals(List.of(Col.ARTICLE_ID, Col.TEXT, Col.MONTH), List.of(back.columns()));
    assertEquals(2, back.select(Col.MONTH).distinct().count(), "partitioned by month");
  }

  @Test
  void aNullInARequiredColumnFailsTheWriteAndNamesIt() {
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                TableWriter.write(
                    rows(RowFactory.create("2019-05", "a", null, 1)),
                    SMALL,
                    dir.resolve("t").toString()));
    String messages = "";
    for (Throwable t = e; t != null; t = t.getCause()) messages += t.getMessage() + "\n";
    assertTrue(messages.contains("small.article_id"), messages);
  }

  @Test
  void theRowCountComesFromTheFootersAsSparkCountsThem() throws Exception {
    // under a hidden folder (a user's ~/.cache, say), with Spark's _SUCCESS and .crc files beside
    // the data
    String path = dir.resolve(".hidden").resolve("t").toString();
    List<Row> many = new ArrayList<>();
    for (int i = 0; i < 250; i++)
      many.add(
          RowFactory.create(i % 3 == 0 ? "undated" : "2019-0" + (1 + i % 9), "t" + i, "id" + i, i));
    long n = TableWriter.write(rows(many.toArray(Row[]::new)), SMALL, path);
    assertEquals(250, n);
    assertEquals(SparkTestSession.get().read().parquet(path).count(), n);
    Files.writeString(Path.of(path, "_ignored.parquet"), "not read");
    Files.createDirectories(Path.of(path, ".staging"));
    Files.writeString(Path.of(path, ".staging", "part-0.parquet"), "not read");
    assertEquals(
        250,
        TableWriter.rowsInFiles(SparkTestSession.get(), path),
        "files Spark would not read are not counted");
  }

  @Test
  void anEmptyPartitionedTableStillHasItsSchema() {
    String path = dir.resolve("empty").toString();
    assertEquals(0, TableWriter.write(rows(), SMALL, path));
    assertEquals(
        List.of(Col.ARTICLE_ID, Col.TEXT, Col.MONTH),
        List.of(SparkTestSession.get().read().parquet(path).columns()));
  }

  @Test
  void everyTableIsDefinedOnceWithItsSortAndPartitionColumns() {
    List<Table> all = Tables.all();
    assertEquals(
        all.size(), all.stream().map(Table::name).distinct().count(), "one definition per name");
    for (Table t : all) {
      assertFalse(t.sortKeys().isEmpty(), t.name());
      assertTrue(t.version() >= 1, t.name());
    }
    assertEquals(Col.PERIOD, RelationTables.ACTOR_RELATIONSHIPS.partitionColumn());
    assertEquals(Col.MONTH, ActorTables.MENTIONS.partitionColumn());
    assertSame(ActorTables.SENTENCES, Tables.named("sentences"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Table("bad", SMALL.schema(), null, List.of("nope"), 1));
  }

  /**
   * Dates before 1900 are written and read back as they are (proleptic Gregorian): Spark's default
   * refused to write them (SparkUpgradeException, WRITE_ANCIENT_DATETIME) and the whole run failed
   * on one old date.
   */
  @Test
  void datesBefore1900AreWrittenAndReadBackExactly() {
    Table t =
        new Table(
            "dated",
            Tables.struct(
                Tables.required(Col.ARTICLE_ID, DataTypes.StringType),
                Tables.f(Col.PUBLISHED, DataTypes.TimestampType),
                Tables.f(Col.PERIOD_START, DataTypes.DateType)),
            null,
            List.of(Col.ARTICLE_ID),
            1);
    String[][] values = {
      {"a", "1000-01-01T12:00:00Z", "1000-01-01"},
      {"b", "1582-10-10T00:00:00Z", "1582-10-10"},
      {"c", "1899-12-31T23:59:59.123456Z", "1899-12-25"}
    };
    // Made from microseconds and ISO text, and read back as such: java.sql.Timestamp and Date count
    // in the
    // Julian calendar before 1582 and would move these dates on their way in and out.
    List<Row> rows = new ArrayList<>();
    for (String[] v : values) rows.add(RowFactory.create(v[0], micros(v[1]), v[2]));
    StructType schema =
        DataTypes.createStructType(
            new StructField[] {
              DataTypes.createStructField(Col.ARTICLE_ID, DataTypes.StringType, false),
              DataTypes.createStructField("micros", DataTypes.LongType, true),
              DataTypes.createStructField("day", DataTypes.StringType, true)
            });
    Dataset<Row> dated =
        SparkTestSession.get()
            .createDataFrame(rows, schema)
            .select(
                functions.col(Col.ARTICLE_ID),
                org.apache
                    .spark
                    .sql
                    .functions
                    .timestamp_micros(functions.col("micros"))
                    .as(Col.PUBLISHED),
                org.apache.spark.sql.functions.to_date(functions.col("day")).as(Col.PERIOD_START));
    String path = dir.resolve("dated").toString();
    assertEquals(3, TableWriter.write(dated, t, path));
    List<Row> back =
        SparkTestSession.get()
            .read()
            .parquet(path)
            .orderBy(Col.ARTICLE_ID)
            .select(
                functions.unix_micros(functions.col(Col.PUBLISHED)),
                functions.col(Col.PERIOD_START).cast("string"))
            .collectAsList();
    for (int i = 0; i < values.length; i++) {
      assertEquals(micros(values[i][1]), back.get(i).getLong(0), values[i][0]);
      assertEquals(values[i][2], back.get(i).getString(1), values[i][0]);
    }
  }

  static long micros(String instant) {
    return Tables.micros(Instant.parse(instant));
  }
}
