package org.dyad.tagger;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger looks features up by key: the keys must be those of the feature strings. */
class FeatureKeysTest {
  static final List<String> SENTENCES =
      List.of(
          "Iran attacked Iraq .",
          "In 1987 , U.S. President Ronald Reagan imposed 100 pct tariffs on $ 300 mln of goods .",
          "Go",
          "Ja !",
          "The State Department's O'Neill said 1,000.5 troops — déjà vu — left Baghdad on Monday",
          "ÉCOLE x 2019 99 a-b-c ...... XXXXXXXX éé");

  @Test
  void thePartOfSpeechFeaturesKeysAreTheKeysOfTheirStrings() {
    Features f = PosFeatures.INSTANCE;
    String[] scratch = new String[f.max()];
    String[] strings = new String[f.max()];
    long[] keys = new long[f.max()];
    String[][] previous = {{"-START-", "-START2-"}, {"NNP", "-START-"}, {"VBD", "NNP"}, {"", ""}};
    int checked = 0;
    for (String sentence : SENTENCES) {
      String[] words = sentence.split(" ");
      String[] normals = new String[words.length];
      for (int i = 0; i < words.length; i++) normals[i] = f.normal(words[i]);
      for (int i = 0; i < words.length; i++) {
        for (String[] prev : previous) {
          int n = f.extract(words, normals, null, i, prev[0], prev[1], strings);
          int m = f.keys(words, normals, null, i, prev[0], prev[1], scratch, keys);
          assertEquals(n, m, sentence + " @" + i);
          for (int k = 0; k < n; k++) {
            assertEquals(FeatureHash.of(strings[k]), keys[k], "feature '" + strings[k] + "'");
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  @Test
  void aKeyBuiltInPiecesIsTheKeyOfTheWhole() {
    long pieces =
        FeatureHash.add(FeatureHash.add(FeatureHash.add(FeatureHash.START, "w="), "iran"), ',');
    assertEquals(FeatureHash.of("w=iran,"), pieces);
    assertEquals(FeatureHash.of("ran"), FeatureHash.add(FeatureHash.START, "iran", 1, 4));
    assertNotEquals(FeatureHash.of("w=ab"), FeatureHash.of("w=ba"));
  }

  @Test
  void theTableFindsWhatItHoldsAndRefusesAKeyWithTwoValues() {
    FeatureTable t = new FeatureTable(1000);
    for (int i = 0; i < 1000; i++) assertTrue(t.put(FeatureHash.of("f" + i), i));
    for (int i = 0; i < 1000; i++) assertEquals(i, t.get(FeatureHash.of("f" + i)));
    assertEquals(-1, t.get(FeatureHash.of("f1000")));
    assertTrue(t.put(FeatureHash.of("f7"), 7), "the same entry again is no conflict");
    assertFalse(t.put(FeatureHash.of("f7"), 8));
    assertEquals(1000, t.size());
  }

  @Test
  void theShippedModelsReadWithEveryFeatureUnderItsOwnKey() {
    // reading builds the key tables, which refuse two features with one key
    assertTrue(ShippedTagger.pos().featureCount() > 100_000);
    assertTrue(ShippedTagger.ner().featureCount() > 50_000);
  }
}
