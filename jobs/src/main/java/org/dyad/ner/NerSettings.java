package org.dyad.ner;

/** How Dyad trains its NER model; the defaults are the ones docs/QUALITY.md reports. */
public final class NerSettings {
  /** Word2Vec on CoNLL train + Reuters 000-018 text. */
  public int vectorSize = 100;

  public int windowSize = 5;

  /** Words seen fewer times get no vector: 2 halves the vocabulary (and the model) against 1. */
  public int minCount = 2;

  public int word2vecIterations = 3;

  /** NerDL (BiLSTM-CNN-CRF). */
  public int maxEpochs = 12;

  public float learningRate = 0.003f;
  public float decay = 0.005f;
  public int batchSize = 16;
  public float dropout = 0.5f;
  public int seed = 42;
}
