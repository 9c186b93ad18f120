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
    assertKeysAreTheKeysOfTheStrings(PosFeatures.INSTANCE);
  }

  @Test
  void theNamedEntityFeaturesKeysAreTheKeysOfTheirStrings() {
    // the shipped model's features: gazetteer, word clusters, document history
    assertKeysAreTheKeysOfTheStrings(ShippedTagger.ner().features());
  }

  private static void assertKeysAreTheKeysOfTheStrings(Features f) {
    String[] strings = new String[f.max()];
    long[] keys = new long[f.max()];
    FeatureSink.Keys sink = new FeatureSink.Keys();
    List<String[]> document = new java.util.ArrayList<>();
    for (String sentence : SENTENCES) document.add(sentence.split(" "));
    Object doc = f.startDocument(document);
    String[][] previous = {{"-START-", "-START2-"}, {"NNP", "-START-"}, {"VBD", "NNP"}, {"", ""}};
    int checked = 0;
    for (String[] words : document) {
      String sentence = String.join(" ", words);
      String[] normals = new String[words.length];
      for (int i = 0; i < words.length; i++) normals[i] = f.normal(words[i]);
      Object prepared = f.prepare(words, normals, doc);
      for (int i = 0; i < words.length; i++) {
        for (String[] prev : previous) {
          int n = f.extract(words, normals, prepared, i, prev[0], prev[1], strings);
          f.write(words, normals, prepared, i, prev[0], prev[1], sink.reset(keys));
          int m = sink.count();
          assertEquals(n, m, sentence + " @" + i);
          for (int k = 0; k < n; k++) {
            assertEquals(FeatureHash.of(strings[k]), keys[k], "feature '" + strings[k] + "'");
            checked++;
          }
        }
      }
      String[] tags = new String[words.length];
      java.util.Arrays.fill(tags, "B-LOC");
      f.observe(doc, words, tags);
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  @Test
  void thePartOfSpeechFeaturesAreTheOnesTheShippedModelWasTrainedWith() {
    String[] words = {"Iran", "attacked", "Iraq", "."};
    String[] normals = {"iran", "attacked", "iraq", "."};
    String[] out = new String[PosFeatures.INSTANCE.max()];
    int n = PosFeatures.INSTANCE.extract(words, normals, null, 1, "NNP", "-START-", out);
    assertEquals(
        List.of(
            "b",
            "w=attacked",
            "s3=ked",
            "s2=ed",
            "p1=a",
            "sh=xx",
            "t-1=NNP",
            "t-2=-START-",
            "t-1,t-2=NNP,-START-",
            "t-1,w=NNP,attacked",
            "w-1=iran",
            "s3-1=ran",
            "w-2=-START-",
            "w+1=iraq",
            "s3+1=raq",
            "w+2=.",
            "w,w+1=attacked,iraq",
            "w-1,w=iran,attacked",
            "s4=cked",
            "p3=att",
            "s1=d,sh=xx"),
        List.of(out).subList(0, n));
  }

  @Test
  void aKeyBuiltInPiecesIsTheKeyOfTheWhole() {
    long pieces =
        FeatureHash.add(FeatureHash.add(FeatureHash.add(FeatureHash.START, "w="), "iran"), ',');
    assertEquals(FeatureHash.of("w=iran,"), pieces);
    assertEquals(FeatureHash.of("ran"), FeatureHash.add(FeatureHash.START, "iran", 1, 4));
    assertNotEquals(FeatureHash.of("w=ab"), FeatureHash.of("w=ba"));
    FeatureSink.Keys sink = new FeatureSink.Keys();
    long[] out = new long[4];
    sink.reset(out);
    for (int v : new int[] {0, -2, 1234567890, Integer.MIN_VALUE}) sink.begin("cl=").add(v).end();
    assertEquals(FeatureHash.of("cl=0"), out[0]);
    assertEquals(FeatureHash.of("cl=-2"), out[1]);
    assertEquals(FeatureHash.of("cl=1234567890"), out[2]);
    assertEquals(FeatureHash.of("cl=" + Integer.MIN_VALUE), out[3]);
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
