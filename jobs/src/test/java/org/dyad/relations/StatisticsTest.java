package org.dyad.relations;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Expected values computed by hand and checked with scipy.stats.chi2 (see the numbers' comments). */
class StatisticsTest {
  @Test
  void aSmallTableByHand() {
    // k=2 stories with both, a=3, b=4, n=10: cells (2, 1, 2, 5), expected (1.2, 1.8, 2.8, 4.2)
    assertEquals(1.2, Statistics.expected(2, 3, 4, 10), 1e-12);
    assertEquals(Math.log(20.0 / 12), Statistics.pmi(2, 3, 4, 10), 1e-12);
    assertEquals(0.31739380551401475, Statistics.npmi(2, 3, 4, 10), 1e-12);
    assertEquals(1.265374090222651, Statistics.g2(2, 3, 4, 10), 1e-9);
    assertEquals(0.26063629462222193, Statistics.pValue(1.265374090222651), 1e-9);
    assertEquals(0.4, Statistics.jaccard(2, 3, 4), 1e-12);
  }

  @Test
  void strongAndWeakAssociations() {
    assertEquals(1.0, Statistics.npmi(1, 1, 1, 27), 1e-12, "always together");
    assertEquals(8.554170787116696, Statistics.g2(1, 1, 1, 27), 1e-9);
    assertEquals(0.003447314927257906, Statistics.pValue(8.554170787116696), 1e-9);
    assertEquals(-0.04795163714469229, Statistics.npmi(3, 15, 6, 27), 1e-12, "less than chance");
    assertEquals(0.0960185721163076, Statistics.g2(3, 15, 6, 27), 1e-9);
    assertEquals(14.200341673735245, Statistics.g2(5, 20, 30, 1000), 1e-9);
    assertEquals(0.0001643406696682246, Statistics.pValue(14.200341673735245), 1e-9);
  }

  @Test
  void zeroCountsAndSingleStoryPeriods() {
    assertNull(Statistics.pmi(0, 3, 4, 10), "never together: no PMI");
    assertNull(Statistics.npmi(0, 3, 4, 10));
    assertEquals(0.0, Statistics.jaccard(0, 3, 4));
    assertTrue(Statistics.g2(0, 3, 4, 10) > 0, "apart more than chance says is still evidence");
    // One story in the period holding both: no contrast at all.
    assertEquals(0.0, Statistics.pmi(1, 1, 1, 1), 1e-12);
    assertNull(Statistics.npmi(1, 1, 1, 1), "undefined when the pair is in every story");
    assertEquals(0.0, Statistics.g2(1, 1, 1, 1), 1e-12);
    assertEquals(1.0, Statistics.pValue(0.0));
    assertEquals(0.0, Statistics.expected(0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Statistics.g2(3, 2, 4, 10), "more together than alone");
  }
}
