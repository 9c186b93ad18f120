package org.dyad.topics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A readable label for a topic: its first three distinct top words, e.g. "oil, crude, opec". */
public final class TopicLabels {
  private TopicLabels() {}

  static final int WORDS = 3;

  public static String label(List<String> topWords) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : topWords) {
      if (words.size() == WORDS) break;
      words.add(w);
    }
    return String.join(", ", words);
  }
}
