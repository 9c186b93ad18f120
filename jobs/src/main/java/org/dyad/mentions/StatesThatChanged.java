package org.dyad.mentions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * Countries that did not exist as states on a story's date: before 26 December 1991 "Moscow" and
 * "Russia" are the Soviet Union, and a Soviet republic is a region of it ("Ukraine" in 1987 is a
 * place of the Soviet Union, not a state in relations with it); Eritrea before 1993 is a region of
 * Ethiopia, South Sudan before 2011 of Sudan.
 */
final class StatesThatChanged implements Serializable {
  private StatesThatChanged() {}

  /**
   * What a country's names stand for before its date: its predecessor state, as the state itself or
   * as a region of it.
   */
  record Before(LocalDate since, String predecessor, boolean region) {}

  private static final String SOVIET_UNION = "SUN";

  static final Map<String, Before> STATES =
      Map.ofEntries(
          Map.entry("RUS", new Before(LocalDate.of(1991, 12, 26), SOVIET_UNION, false)),
          Map.entry("UKR", new Before(LocalDate.of(1991, 8, 24), SOVIET_UNION, true)),
          Map.entry("BLR", new Before(LocalDate.of(1991, 8, 25), SOVIET_UNION, true)),
          Map.entry("KAZ", new Before(LocalDate.of(1991, 12, 16), SOVIET_UNION, true)),
          Map.entry("GEO", new Before(LocalDate.of(1991, 4, 9), SOVIET_UNION, true)),
          Map.entry("ARM", new Before(LocalDate.of(1991, 9, 21), SOVIET_UNION, true)),
          Map.entry("AZE", new Before(LocalDate.of(1991, 8, 30), SOVIET_UNION, true)),
          Map.entry("MDA", new Before(LocalDate.of(1991, 8, 27), SOVIET_UNION, true)),
          Map.entry("UZB", new Before(LocalDate.of(1991, 8, 31), SOVIET_UNION, true)),
          Map.entry("KGZ", new Before(LocalDate.of(1991, 8, 31), SOVIET_UNION, true)),
          Map.entry("TJK", new Before(LocalDate.of(1991, 9, 9), SOVIET_UNION, true)),
          Map.entry("TKM", new Before(LocalDate.of(1991, 10, 27), SOVIET_UNION, true)),
          Map.entry("ERI", new Before(LocalDate.of(1993, 5, 24), "ETH", true)),
          Map.entry("SSD", new Before(LocalDate.of(2011, 7, 9), "SDN", true)));

  /** What the country stands for on the date, or null when it is itself. */
  static Before on(String countryId, LocalDate date) {
    Before b = STATES.get(countryId);
    return b != null && date != null && date.isBefore(b.since()) ? b : null;
  }
}
