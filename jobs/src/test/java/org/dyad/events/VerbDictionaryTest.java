package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
  private static final VerbDictionary VERBS = VerbDictionary.shipped();

  private static Set<String> words(String sentence) {
    return new HashSet<>(Arrays.asList(sentence.toLowerCase(Locale.ROOT).split("[\\s,.]+")));
  }

  /** Whether every element of a pattern has an alternative starting with a word of the sentence. */
  private static boolean couldFit(VerbDictionary.Pattern p, Set<String> words) {
    List<VerbDictionary.Element> all = new ArrayList<>(p.before());
    all.addAll(p.after());
    for (VerbDictionary.Element e : all) {
      boolean any = false;
      for (String[] alt : e.alternatives()) any |= alt.length == 0 || words.contains(alt[0]);
      if (!any) return false;
    }
    return true;
  }

  @Test
  void theCandidatePatternsOfASentenceAreEveryPatternThatCouldFitItInTheBlocksOrder() {
    List<String> sentences =
        List.of(
            "The United States imposed new sanctions on Iran on Wednesday",
            "Germany and the Netherlands suspended military training in Iraq",
            "Pompeo met European counterparts in Brussels to discuss the threat from Iran",
            "Japan agreed to resume talks with the United States on trade",
            "");
    int kept = 0;
    int all = 0;
    for (String sentence : sentences) {
      Set<String> words = words(sentence);
      for (int b = 0; b < VERBS.blocks().size(); b++) {
        List<VerbDictionary.Pattern> expected = new ArrayList<>();
        for (VerbDictionary.Pattern p : VERBS.patterns(b)) if (couldFit(p, words)) expected.add(p);
        List<VerbDictionary.Pattern> candidates = VERBS.patterns(b, words);
        // every pattern that could fit is a candidate, in the block's order; the candidates are
        // few of all (the point of the index), and each is one of the block's
        List<VerbDictionary.Pattern> fitting = new ArrayList<>(candidates);
        fitting.removeIf(p -> !couldFit(p, words));
        assertEquals(expected, fitting, "block " + b + ", " + sentence);
        assertTrue(VERBS.patterns(b).containsAll(candidates));
        kept += candidates.size();
        all += VERBS.patterns(b).size();
      }
    }
    assertTrue(kept * 5 < all, kept + " candidates of " + all);
  }
}
