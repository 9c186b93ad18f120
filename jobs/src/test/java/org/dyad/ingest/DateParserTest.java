package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-05-15|2019-05-15T00:00:00Z",
        "2019-05-15T10:20:30Z|2019-05-15T10:20:30Z",
        "2019-05-15T12:20:30+02:00|2019-05-15T10:20:30Z",
        "2019-05-15T10:20:30.250Z|2019-05-15T10:20:30.250Z",
        "2019-05-15T10:20:30|2019-05-15T10:20:30Z",
        "2019-05-15 10:20:30|2019-05-15T10:20:30Z",
        "2019-05-15 10:20|2019-05-15T10:20:00Z",
        "2019-05-15 10:20:30 UTC|2019-05-15T10:20:30Z",
        "'Wed, 15 May 2019 10:20:30 GMT'|2019-05-15T10:20:30Z",
        "'Wed, 15 May 2019 12:20:30 +0200'|2019-05-15T10:20:30Z",
        "15 May 2019|2019-05-15T00:00:00Z",
        "15 MAY 2019|2019-05-15T00:00:00Z",
        "'May 15, 2019'|2019-05-15T00:00:00Z",
        "'September 1, 2019'|2019-09-01T00:00:00Z",
        "2019/05/15|2019-05-15T00:00:00Z",
        "20190515|2019-05-15T00:00:00Z",
        "26-FEB-1987 15:01:01|1987-02-26T15:01:01Z",
        "1557915630|2019-05-15T10:20:30Z",
        "1557915630000|2019-05-15T10:20:30Z",
        "1557915630.5|2019-05-15T10:20:30.500Z",
        "2020-02-29|2020-02-29T00:00:00Z",
        "'Feb 29, 2020'|2020-02-29T00:00:00Z",
        "'Sat, 29 Feb 2020 10:00:00 GMT'|2020-02-29T10:00:00Z",
        "'  2019-05-15  '|2019-05-15T00:00:00Z",
      })
  void readsCommonNewsDates(String text, String expected) {
    assertEquals(
        Instant.parse(expected),
        DateParser.parse(text).orElseThrow(() -> new AssertionError(text)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "next Tuesday",
        "2019-13-45",
        "0001-01-01",
        "15/05/2019 maybe",
        "12345"
      })
  void refusesWhatItCannotRead(String text) {
    assertTrue(DateParser.parse(text).isEmpty(), text);
  }

  /**
   * Days that do not exist, in every format: rejected, never moved to the nearest real day (they
   * were 2019-02-28).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-02-30",
        "2019/02/30",
        "30 Feb 2019",
        "Feb 31, 2019",
        "February 30, 2019",
        "Feb 29 2019",
        "20190230",
        "30-FEB-2019 10:00:00",
        "2019-02-30 10:00:00",
        "2019-02-30T10:00:00",
        "2019-04-31T10:00:00Z",
        "'Sat, 30 Feb 2019 10:00:00 GMT'",
        "2019/02/29 10:00:00",
        "2019-05-15 25:00",
        "-100000000"
      })
  void impossibleDatesAreNotDates(String text) {
    assertTrue(
        DateParser.parse(text.replace("'", "")).isEmpty(),
        text + " -> " + DateParser.parse(text.replace("'", "")));
  }

  /**
   * A bare number whose digit count leaves its unit in doubt is no date, never a guess:
   * 253402300800 (year 10000 in seconds) became 1978-01-11 read as milliseconds, 100000000000
   * became 1973-03-03. With --epoch-unit the number is read in the unit given.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "253402300800|seconds|",
        "253402300800|milliseconds|1978-01-11T21:31:40.800Z",
        "100000000000|milliseconds|1973-03-03T09:46:40Z",
        "100000000000|seconds|",
        "99999999999|milliseconds|1973-03-03T09:46:39.999Z",
        "1557915630|milliseconds|1970-01-19T00:45:15.630Z",
        "1557915630|seconds|2019-05-15T10:20:30Z",
        "1557915630000|seconds|",
        "1557915630000.5|milliseconds|2019-05-15T10:20:30.000500Z",
        "99999999999999999999|seconds|",
      })
  void anEpochNumberIsReadInTheUnitGiven(String text, String unit, String expected) {
    Optional<Instant> got = DateParser.parse(text, EpochUnit.valueOf(unit.toUpperCase()));
    assertEquals(
        expected == null ? Optional.empty() : Optional.of(Instant.parse(expected)),
        got,
        text + " in " + unit);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "253402300800",
        "100000000000",
        "99999999999",
        "1557915630000000",
        "1557915630000.5",
        "15579156300.5"
      })
  void anEpochNumberOfDoubtfulUnitIsNoDateAndTheRejectSaysWhatToDo(String text) {
    assertTrue(DateParser.parse(text).isEmpty(), text + " -> " + DateParser.parse(text));
    String why = DateParser.problem(text, EpochUnit.AUTO);
    assertTrue(
        why.contains("could be epoch seconds or milliseconds") && why.contains("--epoch-unit"),
        why);
  }

  @Test
  void theRejectSaysWhyADateIsNotOne() {
    assertEquals(
        "date '9999-12-31' is outside the years 1000-2999 that Dyad reads",
        DateParser.problem("9999-12-31", EpochUnit.AUTO));
    assertEquals(
        "date '0999-12-31' is outside the years 1000-2999 that Dyad reads",
        DateParser.problem("0999-12-31", EpochUnit.AUTO));
    assertEquals(
        "cannot read date 'the ides of March'",
        DateParser.problem("the ides of March", EpochUnit.AUTO));
  }

  /**
   * Old dates are proleptic Gregorian (ISO-8601's calendar): 1582-10-10 exists, as in Spark,
   * Parquet and DuckDB.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1899-12-31|1899-12-31T00:00:00Z",
        "1582-10-10|1582-10-10T00:00:00Z",
        "1000-01-01T12:00:00Z|1000-01-01T12:00:00Z",
        "'Jun 24, 1812'|1812-06-24T00:00:00Z"
      })
  void oldDatesAreRead(String text, String expected) {
    assertEquals(
        Instant.parse(expected),
        DateParser.parse(text).orElseThrow(() -> new AssertionError(text)));
  }

  /**
   * Spark, Parquet and DuckDB keep microseconds: finer digits are dropped, as docs/REPORTS.md says.
   */
  @Test
  void instantsKeepMicroseconds() {
    assertEquals(
        Instant.parse("2019-05-15T10:00:00.123456Z"),
        DateParser.parse("2019-05-15T10:00:00.123456789Z").orElseThrow());
    assertEquals(
        Instant.parse("2019-05-15T10:20:30.123456Z"),
        DateParser.parse("1557915630.123456789").orElseThrow());
  }
}
