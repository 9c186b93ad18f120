package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
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
    assertEquals(Instant.parse(expected), DateParser.parse(text).orElseThrow(() -> new AssertionError(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "next Tuesday", "2019-13-45", "0001-01-01", "15/05/2019 maybe", "12345"})
  void refusesWhatItCannotRead(String text) {
    assertTrue(DateParser.parse(text).isEmpty(), text);
  }

  /** Days that do not exist, in every format: rejected, never moved to the nearest real day (they were 2019-02-28). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-02-30", "2019/02/30", "30 Feb 2019", "Feb 31, 2019", "February 30, 2019", "Feb 29 2019", "20190230", "30-FEB-2019 10:00:00",
        "2019-02-30 10:00:00", "2019-02-30T10:00:00", "2019-04-31T10:00:00Z", "'Sat, 30 Feb 2019 10:00:00 GMT'", "2019/02/29 10:00:00",
        "2019-05-15 25:00", "-100000000"
      })
  void impossibleDatesAreNotDates(String text) {
    assertTrue(DateParser.parse(text.replace("'", "")).isEmpty(), text + " -> " + DateParser.parse(text.replace("'", "")));
  }
}
