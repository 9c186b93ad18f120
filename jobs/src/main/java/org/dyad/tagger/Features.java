package org.dyad.tagger;

import java.util.List;

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
   * What the features of a whole sentence share, computed once per sentence before its words are
   * tagged (dictionary matches, say); null when nothing is.
   */
  default Object prepare(String[] words, String[] normals, Object document) {
    return null;
  }

  /**
   * What the sentences of one document share (null when nothing): made once before its first
   * sentence is tagged, given to {@link #prepare}, told each sentence's tags ({@link #observe}).
   */
  default Object startDocument(List<String[]> sentences) {
    return null;
  }

  /**
   * Whether {@code tag} may follow {@code previous}: all may, unless the tags have a grammar
   * ("I-ORG" only after "B-ORG" or "I-ORG"). The tagger chooses the best tag that may; training
   * does not constrain its guesses (on CoNLL-2003 eng.testa, constraining them too cost 2 points of
   * F1, constraining only the tagger gained 1).
   */
  default boolean allowed(String previous, String tag) {
    return true;
  }

  /** Hears the tags given to a sentence of the document, before the next is tagged. */
  default void observe(Object document, String[] words, String[] tags) {}

  /**
   * Whether the features carry data of their own (word lists, clusters) that a model file must
   * record ({@link #writeState}); a model of features without is written in the first format.
   */
  default boolean hasState() {
    return false;
  }

  /** Writes the features' own data (see {@link #hasState}). */
  default void writeState(java.io.DataOutputStream out) throws java.io.IOException {}

  /**
   * Writes the features of word {@code i} into {@code out}, each from {@link FeatureSink#begin} to
   * {@link FeatureSink#end}, at most {@link #max()}; {@code prepared} is what {@link #prepare}
   * gave.
   */
  void write(
      String[] words,
      String[] normals,
      Object prepared,
      int i,
      String prev,
      String prev2,
      FeatureSink out);

  /** The most features {@link #write} writes for one word. */
  int max();

  /**
   * The features of word {@code i} as strings, into {@code out} (room for {@link #max()}); returns
   * how many.
   */
  default int extract(
      String[] words,
      String[] normals,
      Object prepared,
      int i,
      String prev,
      String prev2,
      String[] out) {
    FeatureSink.Strings sink = new FeatureSink.Strings().reset(out);
    write(words, normals, prepared, i, prev, prev2, sink);
    return sink.count();
  }
}
