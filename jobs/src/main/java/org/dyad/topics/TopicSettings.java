package org.dyad.topics;

import java.io.Serializable;

/**
 * What the topic stages are computed with: TopicsConfig.settings() of the validated configuration
 * (its fields are documented there), and {@link #forCorpus} for the corpus at hand. Immutable: a
 * corpus of its own gets a settings record of its own.
 */
public record TopicSettings(
    boolean enabled,
    TopicMethod method,
    int k,
    long seed,
    int dimensions,
    int restarts,
    int iterations,
    int vocabularySize,
    int minDocFreq,
    double maxDocShare,
    boolean stem,
    int minTermLength,
    double docConcentration,
    double topicConcentration,
    double subsamplingRate,
    double softness,
    int topTerms,
    int topicsPerArticle,
    int movers)
    implements Serializable {
  public TopicSettings {
    if (method == null) throw new IllegalArgumentException("no topic method");
    if (k < 2 || iterations < 1 || vocabularySize < k || minDocFreq < 1) {
      throw new IllegalArgumentException(
          "topic settings out of range: k "
              + k
              + ", iterations "
              + iterations
              + ", vocabulary "
              + vocabularySize
              + ", min doc freq "
              + minDocFreq);
    }
  }

  /** Fewer stories than this (with a term in the vocabulary) fit no model. */
  public static final int MIN_STORIES = 4;

  /**
   * The settings adjusted to a corpus of n stories with usable terms: a small corpus gets fewer
   * topics (at most one per 20 stories, at least 2) and every term (min doc freq 1 below 1,000
   * stories); null when there are fewer than {@link #MIN_STORIES} stories, too few for any topic
   * model.
   */
  public TopicSettings forCorpus(long n) {
    if (n < MIN_STORIES) return null;
    int smallK = (int) Math.min(k, Math.max(2, n / 20));
    int smallMinDocFreq = (int) Math.min(minDocFreq, Math.max(1, n / 1000));
    double smallMaxDocShare = n < 100 ? 1.0 : maxDocShare;
    return new TopicSettings(
        enabled,
        method,
        smallK,
        seed,
        dimensions,
        restarts,
        iterations,
        vocabularySize,
        smallMinDocFreq,
        smallMaxDocShare,
        stem,
        minTermLength,
        docConcentration,
        topicConcentration,
        subsamplingRate,
        softness,
        topTerms,
        topicsPerArticle,
        movers);
  }
}
