package org.dyad.tagger;

/**
 * What a tagger looks at when it tags one word: the words of the sentence (as given and in their
 * normal form) and the two tags it gave the words before. A feature set is a pure function of
 * these; the trainer and the tagger call the same one, and a model records which set it was trained
 * with.
 */
public interface Features {
  /** The name a model file records, so that a model is never run with other features. */
  String name();

  /** The form the word features use: lower case, digits folded. */
  String normal(String word);

  /**
   * Writes the features of word {@code i} into {@code out} and returns how many it wrote ({@code
   * out} has room for {@link #max()}).
   */
  int extract(String[] words, String[] normals, int i, String prev, String prev2, String[] out);

  /** The most features {@link #extract} writes for one word. */
  int max();
}
