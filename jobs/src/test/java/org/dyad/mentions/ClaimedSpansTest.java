package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimedSpansTest {
  /**
   * The lookup answers as the scan of every claimed span did, on random spans claimed in a
   * resolver's order.
   */
  @Test
  void overlapsAsAScanOfEveryClaimedSpanWould() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      ClaimedSpans claimed = new ClaimedSpans();
      List<Span> scanned = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        int begin = random.nextInt(300);
        Span s = new Span(begin, begin + random.nextInt(12), "", null, 1);
        boolean scan = scanned.stream().anyMatch(s::overlaps);
        assertEquals(scan, claimed.overlaps(s), s + " against " + scanned);
        if (!scan && s.end() > s.begin()) {
          claimed.claim(s);
          scanned.add(s);
        }
      }
    }
  }

  @Test
  void aSpanThatOverlapsCannotBeClaimed() {
    ClaimedSpans claimed = new ClaimedSpans();
    claimed.claim(new Span(10, 20, "", null, 1));
    assertThrows(
        IllegalArgumentException.class, () -> claimed.claim(new Span(19, 25, "", null, 1)));
    assertFalse(claimed.overlaps(new Span(20, 25, "", null, 1)));
    assertTrue(claimed.overlaps(new Span(0, 11, "", null, 1)));
  }
}
