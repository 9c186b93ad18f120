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

  @Test
  void aVerbTheSupplementNamesMovesToItsBlock() throws java.io.IOException {
    String text =
        "--- COMPROMISE   [080]  ---\nCOMPROMISE\nMEDIATE\n"
            + "--- MEDIATE   [045]  ---\nMEDIATE\n";
    // read as one dictionary, the first block that has the verb keeps it; with the last two lines
    // a supplement, the verb moves
    for (int after : new int[] {Integer.MAX_VALUE, 3}) {
      VerbDictionary d =
          VerbDictionary.read(
              new java.io.BufferedReader(new java.io.StringReader(text)), "test", after);
      assertEquals(
          after == 3 ? List.of("MEDIATE") : List.of("COMPROMISE", "MEDIATE"),
          blocksOf(d, "mediated"));
      assertEquals(List.of("COMPROMISE"), blocksOf(d, "compromised"));
    }
    // the shipped dictionary: "mediate" is mediation, "blacklist" a sanction
    assertEquals(List.of("MEDIATE"), blocksOf(VERBS, "mediated"));
    assertEquals(List.of("SANCTION"), blocksOf(VERBS, "blacklisted"));
  }

  private static List<String> blocksOf(VerbDictionary d, String word) {
    List<String> out = new ArrayList<>();
    for (VerbDictionary.Form f : d.formsStartingWith(word))
      if (f.words().length == 1) out.add(d.blocks().get(f.block()).name());
    return out;
  }
}
