package org.dyad.mentions;

import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an article's text that mentions have claimed: spans that do not overlap each other,
 * kept by their first offset, so that whether a new span overlaps one of them is a lookup, not a
 * scan of all of them (a 1 MB article of one name a line had 166,500 matches, and the scan took
 * minutes).
 */
final class ClaimedSpans {
  private final TreeMap<Integer, Integer> ends = new TreeMap<>();

  /**
   * Whether the span overlaps a claimed one: the claimed spans are disjoint, so their ends grow
   * with their beginnings and only the last one that begins before the span ends can reach into it.
   */
  boolean overlaps(Span s) {
    Map.Entry<Integer, Integer> before = ends.lowerEntry(s.end());
    return before != null && before.getValue() > s.begin();
  }

  /** Claims a span that overlaps no claimed one (an empty span claims nothing). */
  void claim(Span s) {
    if (overlaps(s)) throw new IllegalArgumentException("already claimed: " + s);
    if (s.end() > s.begin()) ends.put(s.begin(), s.end());
  }
}
