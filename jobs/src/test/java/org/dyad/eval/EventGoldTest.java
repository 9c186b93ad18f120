package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.TestPaths;
import org.junit.jupiter.api.Test;

/** Scoring events against the gold set: per story, sets of (source country, target, quad). */
class EventGoldTest {
  @Test
  void scoresPerStoryOnCountryTuples() {
    List<EventGold.Gold> gold =
        List.of(
            new EventGold.Gold("s1", 1, "USAGOV", "IRN", "163", 4),
            new EventGold.Gold("s1", 3, "USA", "IRN", "163", 4), // told twice: counts once
            new EventGold.Gold("s1", 2, "IRN", "USA", "112", 3),
            new EventGold.Gold("s1", 4, "USAGOV", "USA", "174", 4), // domestic: not scored
            new EventGold.Gold("s2", 1, "DEU", "IRQ", "1622", 4));
    List<EventGold.Coded> coded =
        List.of(
            new EventGold.Coded("s1", "USA", "IRN", "163", 4), // right
            new EventGold.Coded("s1", "USA", "IRN", "172", 4), // same tuple: counts once
            new EventGold.Coded("s1", "USA", "IRN", "111", 3), // right pair, wrong way round
            new EventGold.Coded("s1", "IRQ", "USA", "042", 1), // a pair the gold lacks
            new EventGold.Coded("s2", "IRQ", "DEU", "1622", 4), // reversed
            new EventGold.Coded("s3", "FRA", "DEU", "040", 1)); // not a story of these
    EventGold.Score s = EventGold.score(gold, coded, Set.of("s1", "s2"));
    assertEquals(new EventGold.Prf(1, 4, 3), s.quad());
    assertEquals(0.25, s.quad().precision(), 1e-9);
    assertEquals(1.0 / 3, s.quad().recall(), 1e-9);
    // right pairs: USA-IRN both ways (both coded USA>IRN), DEU-IRQ (coded the other way)
    assertEquals(3, s.rightPairs());
    assertEquals(1, s.rightDirection());
    assertEquals(1, s.spurious());
    // the baseline: every pair of a sentence's countries, both ways, as quad 1
    List<EventGold.Coded> base =
        EventGold.baseline(Map.of("s1", Map.of(0, new java.util.TreeSet<>(Set.of("USA", "IRN")))));
    assertEquals(2, base.size());
    assertTrue(base.stream().allMatch(c -> c.quad() == 1));
  }

  @Test
  void theGoldSetIsReadAndEveryStoryHasItsPart() throws Exception {
    Path dir = TestPaths.repo().resolve("jobs/src/test/resources/events-gold");
    List<EventGold.Gold> gold = EventGold.read(dir.resolve("gold.tsv"));
    Map<String, String> parts = EventGold.parts(dir.resolve("parts.tsv"));
    assertTrue(gold.size() >= 250, "events: " + gold.size());
    assertTrue(parts.size() >= 80, "stories: " + parts.size());
    for (EventGold.Gold g : gold) assertTrue(parts.containsKey(g.story()), g.story());
    assertTrue(parts.values().stream().allMatch(p -> p.equals("dev") || p.equals("test")));
    // a quad class that is not the code's is refused, with the line
    Path bad = Files.createTempFile("gold", ".tsv");
    Files.writeString(bad, "s1\t1\tUSA\tIRN\t163\t1\twords\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EventGold.read(bad));
    assertTrue(e.getMessage().contains(":1: quad 1 is not the quad class of 163"), e.getMessage());
    Files.delete(bad);
  }
}
