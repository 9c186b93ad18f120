package org.dyad.trends;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BurstsTest {
  private static final long[] HUNDREDS = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100};

  private static String states(boolean[] burst) {
    StringBuilder s = new StringBuilder();
    for (boolean b : burst) s.append(b ? 'B' : '.');
    return s.toString();
  }

  @Test
  void aFlatSeriesHasNoBurst() {
    assertEquals(
        "..........",
        states(Bursts.detect(new long[] {10, 11, 9, 10, 10, 12, 8, 10, 10, 10}, HUNDREDS, 2, 1)));
  }

  @Test
  void aSustainedSurgeIsOneBurst() {
    assertEquals(
        "...BBB....",
        states(Bursts.detect(new long[] {5, 6, 5, 30, 35, 28, 5, 4, 6, 5}, HUNDREDS, 2, 1)));
  }

  /**
   * By hand for three periods of 100 stories, r = 0, 20, 0: p0 = 20/300, p1 = 2 p0. Staying in the
   * base state costs -[20 ln p0 + 280 ln(1-p0)] = 73.48; a burst in period 2 costs ln 3 to enter
   * plus -[20 ln p1 + 80 ln(1-p1) + 200 ln(1-p0)], 66.64 in all: the burst path is cheaper.
   */
  @Test
  void aBurstIsChosenWhenItIsCheaperThanItsEntryCost() {
    double p0 = 20 / 300.0, p1 = 2 * p0;
    double base = -(20 * Math.log(p0) + 280 * Math.log(1 - p0));
    double burst =
        Math.log(3) - (20 * Math.log(p1) + 80 * Math.log(1 - p1) + 200 * Math.log(1 - p0));
    assertTrue(burst < base, "the hand computation says burst");
    assertEquals(
        ".B.", states(Bursts.detect(new long[] {0, 20, 0}, new long[] {100, 100, 100}, 2, 1)));
    // A high enough entry cost suppresses it: gamma ln 3 > base - (burst - ln 3).
    double gamma = (base - (burst - Math.log(3))) / Math.log(3) + 0.1;
    assertEquals(
        "...", states(Bursts.detect(new long[] {0, 20, 0}, new long[] {100, 100, 100}, 2, gamma)));
  }

  @Test
  void emptyPeriodsAndEmptyTopicsAreQuiet() {
    assertEquals("", states(Bursts.detect(new long[0], new long[0], 2, 1)));
    assertEquals(
        "....", states(Bursts.detect(new long[] {0, 0, 0, 0}, new long[] {10, 0, 10, 10}, 2, 1)));
    assertEquals(
        "..B.",
        states(Bursts.detect(new long[] {1, 0, 30, 1}, new long[] {100, 0, 100, 100}, 2, 1)));
  }

  @Test
  void aTopicInEveryStoryCannotBurst() {
    assertEquals(
        "...", states(Bursts.detect(new long[] {10, 10, 10}, new long[] {10, 10, 10}, 2, 1)));
  }

  @Test
  void badCountsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> Bursts.detect(new long[] {5}, new long[] {4}, 2, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Bursts.detect(new long[] {1, 2}, new long[] {4}, 2, 1));
  }
}
