package org.dyad.mentions;

import java.io.Serializable;

/**
 * A piece of an article's text as an annotator found it: [begin, end) offsets, text, label,
 * confidence.
 */
public record Span(int begin, int end, String text, String label, double confidence)
    implements Serializable {
  public boolean overlaps(Span o) {
    return begin < o.end && o.begin < end;
  }

  public boolean covers(int offset) {
    return begin <= offset && offset < end;
  }
}
