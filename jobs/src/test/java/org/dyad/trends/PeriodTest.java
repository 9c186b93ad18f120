package org.dyad.trends;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.Test;

class PeriodTest {
  /**
   * Instants as Spark timestamps, made from microseconds: a java.sql.Timestamp would move dates
   * before 1582.
   */
  static Dataset<Row> published(String... instants) {
    List<Long> micros = new ArrayList<>();
    for (String i : instants) micros.add(i == null ? null : Tables.micros(Instant.parse(i)));
    return SparkTestSession.get()
        .createDataset(micros, Encoders.LONG())
        .toDF("m")
        .select(timestamp_micros(col("m")).as("published"));
  }

  private static List<Row> keys(Period p, String... instants) {
    return published(instants)
        .select(p.key(col("published")), p.index(col("published")))
        .collectAsList();
  }

  @Test
  void isoWeeksAcrossTheYearEnd() {
    List<Row> r =
        keys(
            Period.WEEK,
            "2019-05-15T10:00:00Z",
            "2019-12-29T23:59:59Z",
            "2019-12-30T00:00:00Z",
            "2021-01-03T12:00:00Z",
            "2021-01-04T00:00:00Z");
    assertEquals("2019-W20", r.get(0).getString(0));
    assertEquals("2019-W52", r.get(1).getString(0));
    assertEquals(
        "2020-W01", r.get(2).getString(0), "Monday 30 December 2019 starts ISO week 1 of 2020");
    assertEquals("2020-W53", r.get(3).getString(0));
    assertEquals("2021-W01", r.get(4).getString(0));
    assertEquals(
        r.get(1).getInt(1) + 1, r.get(2).getInt(1), "consecutive weeks, consecutive indexes");
    assertEquals(r.get(3).getInt(1) + 1, r.get(4).getInt(1));
  }

  @Test
  void monthsDaysAndUndated() {
    List<Row> m = keys(Period.MONTH, "2019-12-31T23:00:00Z", "2020-01-01T00:00:00Z", null);
    assertEquals("2019-12", m.get(0).getString(0));
    assertEquals(m.get(0).getInt(1) + 1, m.get(1).getInt(1));
    assertEquals("undated", m.get(2).getString(0));
    assertTrue(m.get(2).isNullAt(1));
    List<Row> d = keys(Period.DAY, "2019-05-15T23:59:59Z", "2019-05-16T00:00:00Z");
    assertEquals("2019-05-15", d.get(0).getString(0));
    assertEquals(d.get(0).getInt(1) + 1, d.get(1).getInt(1));
  }

  @Test
  void everyPeriodKeyHasItsFirstAndLastDay() {
    // each instant's own key, then its start and end: the dates a reader gets beside the key
    String[] instants = {
      "2019-05-15T10:00:00Z", "2019-12-30T00:00:00Z", "2021-01-03T12:00:00Z", "1987-03-19T12:00:00Z"
    };
    String[][] expected = {
      {"2019-05-13", "2019-05-19"},
      {"2019-12-30", "2020-01-05"},
      {"2020-12-28", "2021-01-03"},
      {"1987-03-16", "1987-03-22"}
    };
    List<Timestamp> ts = new ArrayList<>();
    for (String i : instants) ts.add(Timestamp.from(Instant.parse(i)));
    Dataset<Row> d =
        SparkTestSession.get()
            .createDataset(ts, Encoders.TIMESTAMP())
            .toDF("published")
            .withColumn("k", Period.WEEK.key(col("published")));
    List<Row> r =
        d.select(
                col("k"),
                Period.start(col("k")).cast("string"),
                Period.end(col("k")).cast("string"))
            .collectAsList();
    for (int i = 0; i < instants.length; i++) {
      assertEquals(expected[i][0], r.get(i).getString(1), r.get(i).getString(0));
      assertEquals(expected[i][1], r.get(i).getString(2), r.get(i).getString(0));
    }
    Dataset<Row> keys =
        SparkTestSession.get()
            .createDataset(
                Arrays.asList("2020-02", "2019-12", "2019-05-15", "undated"), Encoders.STRING())
            .toDF("k");
    List<Row> other =
        keys.select(Period.start(col("k")).cast("string"), Period.end(col("k")).cast("string"))
            .collectAsList();
    assertEquals(
        List.of("2020-02-01", "2020-02-29"),
        List.of(other.get(0).getString(0), other.get(0).getString(1)),
        "a leap February");
    assertEquals(
        List.of("2019-12-01", "2019-12-31"),
        List.of(other.get(1).getString(0), other.get(1).getString(1)));
    assertEquals(
        List.of("2019-05-15", "2019-05-15"),
        List.of(other.get(2).getString(0), other.get(2).getString(1)));
    assertTrue(other.get(3).isNullAt(0) && other.get(3).isNullAt(1), "undated has no dates");
  }

  /**
   * Dates before 1900 (and before the Gregorian reform of 1582) get the keys, indexes and first and
   * last days of the proleptic Gregorian calendar, the one java.time uses: each checked against
   * java.time.
   */
  @Test
  void oldDatesHaveTheirProlepticGregorianPeriods() {
    String[] instants = {
      "1000-01-01T12:00:00Z",
      "1582-10-04T00:00:00Z",
      "1582-10-10T23:59:59Z",
      "1582-10-15T00:00:00Z",
      "1812-06-24T06:00:00Z",
      "1899-12-31T23:59:59Z",
      "1900-01-01T00:00:00Z"
    };
    for (Period p : Period.values()) {
      List<Row> r = keys(p, instants);
      List<Row> dates =
          published(instants)
              .withColumn("k", p.key(col("published")))
              .select(Period.start(col("k")).cast("string"), Period.end(col("k")).cast("string"))
              .collectAsList();
      for (int i = 0; i < instants.length; i++) {
        LocalDate d = LocalDate.parse(instants[i].substring(0, 10));
        LocalDate start, end;
        String key;
        long index;
        switch (p) {
          case DAY -> {
            key = d.toString();
            start = end = d;
            index = d.toEpochDay();
          }
          case WEEK -> {
            key =
                String.format(
                    "%d-W%02d",
                    d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            start = d.with(DayOfWeek.MONDAY);
            end = start.plusDays(6);
            index = Math.floorDiv(start.toEpochDay() - LocalDate.of(1970, 1, 5).toEpochDay(), 7);
          }
          default -> {
            key = d.toString().substring(0, 7);
            start = d.withDayOfMonth(1);
            end = d.withDayOfMonth(d.lengthOfMonth());
            index = d.getYear() * 12L + d.getMonthValue() - 1;
          }
        }
        String what = p + " " + instants[i];
        assertEquals(key, r.get(i).getString(0), what);
        assertEquals(index, ((Number) r.get(i).get(1)).longValue(), what);
        assertEquals(start.toString(), dates.get(i).getString(0), what);
        assertEquals(end.toString(), dates.get(i).getString(1), what);
      }
    }
  }
}
