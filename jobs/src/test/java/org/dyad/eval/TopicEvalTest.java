package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicEvalTest {
  private static TopicEval.Story story(String week, int topic, String label, String... terms) {
    return new TopicEval.Story(week, topic, List.of(label), Set.of(terms));
  }

  @Test
  void nmiIsOneForAPerfectMatchAndZeroForIndependence() {
    List<TopicEval.Story> perfect =
        List.of(story("w", 0, "a"), story("w", 0, "a"), story("w", 1, "b"), story("w", 1, "b"));
    assertEquals(1.0, TopicEval.nmi(perfect), 1e-12);
    List<TopicEval.Story> independent =
        List.of(story("w", 0, "a"), story("w", 1, "a"), story("w", 0, "b"), story("w", 1, "b"));
    assertEquals(0.0, TopicEval.nmi(independent), 1e-12);
  }

  /** Topics {0,0,1} against labels {a,b,b}: I = (1/3)ln(3/2)... computed term by term. */
  @Test
  void nmiByHand() {
    List<TopicEval.Story> s = List.of(story("w", 0, "a"), story("w", 0, "b"), story("w", 1, "b"));
    double h = -(1 / 3.0) * Math.log(1 / 3.0) - (2 / 3.0) * Math.log(2 / 3.0);
    double mi =
        (1 / 3.0) * Math.log((1 / 3.0) / ((2 / 3.0) * (1 / 3.0)))
            + (1 / 3.0) * Math.log((1 / 3.0) / ((2 / 3.0) * (2 / 3.0)))
            + (1 / 3.0) * Math.log((1 / 3.0) / ((1 / 3.0) * (2 / 3.0)));
    assertEquals(mi / h, TopicEval.nmi(s), 1e-12);
  }

  /** Four stories: x,y together in 1, x alone in 1, y alone in 1, neither in 1. */
  @Test
  void npmiByHand() {
    List<TopicEval.Story> s =
        List.of(
            story("w", 0, "a", "x", "y"),
            story("w", 0, "a", "x"),
            story("w", 0, "a", "y"),
            story("w", 0, "a"));
    double expected = Math.log(0.25 / (0.5 * 0.5)) / -Math.log(0.25);
    assertEquals(expected, TopicEval.meanNpmi(List.of("x", "y"), s), 1e-12);
    assertEquals(0.0, expected, 1e-12);
    // Never together: -1. Always together (and not everywhere): +1.
    assertEquals(-1.0, TopicEval.meanNpmi(List.of("x", "z"), s), 1e-12);
    List<TopicEval.Story> t = List.of(story("w", 0, "a", "x", "y"), story("w", 0, "a"));
    assertEquals(1.0, TopicEval.meanNpmi(List.of("x", "y"), t), 1e-12);
  }

  @Test
  void bestTopicAndWeeklyCorrelation() {
    List<TopicEval.Story> s = new ArrayList<>();
    // Three weeks of 60 stories; label "crude" and topic 1 rise together.
    int[] crude = {5, 20, 40};
    for (int w = 0; w < 3; w++) {
      for (int i = 0; i < 60; i++) {
        boolean isCrude = i < crude[w];
        s.add(story("2019-W0" + (w + 1), isCrude ? 1 : 0, isCrude ? "crude" : "earn"));
      }
    }
    int[] best = TopicEval.bestTopic("crude", s, 2);
    assertEquals(1, best[0]);
    assertEquals(1.0, best[1] / 1e6, 1e-6);
    assertEquals(1.0, TopicEval.pearson("crude", 1, s), 1e-9);
    assertEquals(-1.0, TopicEval.pearson("crude", 0, s), 1e-9);
    assertTrue(Double.isNaN(TopicEval.pearson("crude", -1, s)));
  }
}
