package org.dyad.config;

import org.dyad.topics.TopicMethod;
import org.dyad.topics.TopicSettings;

/** Configuration of the topic model and topic trends. docs/TOPICS.md explains each choice. */
public final class TopicsConfig {
  /** Fit topics at all (false: no topic tables, and dyads carry no topics). */
  public boolean enabled = true;

  /**
   * clusters: k-means (cosine) over TF-IDF vectors, topics described by class-based TF-IDF
   * (BERTopic's recipe); lda: Spark ML LDA (online variational Bayes) over term counts.
   */
  public TopicMethod method = TopicMethod.CLUSTERS;

  /** Number of topics. */
  public int k = 20;

  /** Seed of every random choice of the model: the same input and seed give the same topics. */
  public long seed = 1;

  /**
   * clusters: dimensions of the latent semantic space the stories are clustered in; 0: the TF-IDF
   * space itself.
   */
  public int dimensions = 100;

  /**
   * clusters: k-means runs from this many starts (seeded from {@code seed}); the lowest cost wins.
   */
  public int restarts = 5;

  /** Iterations of the model fit (k-means or LDA). */
  public int iterations = 40;

  /** Vocabulary: at most this many terms, by corpus frequency. */
  public int vocabularySize = 10_000;

  /** A term must occur in at least this many articles... */
  public int minDocFreq = 5;

  /** ...and in at most this share of them (more common terms carry no topic). */
  public double maxDocShare = 0.5;

  /** Reduce words to their stems (Spark NLP Stemmer) before counting. */
  public boolean stem = true;

  /** Terms shorter than this are dropped. */
  public int minTermLength = 2;

  /**
   * LDA's document-topic prior (alpha); small values give each article few topics. <= 0: Spark's
   * default 1/k.
   */
  public double docConcentration = 0.05;

  /** LDA's topic-term prior (eta); <= 0: Spark's default 1/k. */
  public double topicConcentration = 0.01;

  /**
   * Share of the stories each online LDA iteration samples (iterations x rate = passes over the
   * corpus).
   */
  public double subsamplingRate = 0.05;

  /**
   * clusters: temperature of the softmax that turns an article's cosine similarities to the cluster
   * centres into its topic distribution (smaller: sharper).
   */
  public double softness = 0.05;

  /** Top terms kept per topic in the topics table. */
  public int topTerms = 15;

  /** Topics kept per article in article_topics. */
  public int topicsPerArticle = 3;

  /** Topics listed per period and direction in topic_movers. */
  public int movers = 3;

  /**
   * The settings the topic stages run with; call on a validated configuration with topics enabled.
   */
  public TopicSettings settings() {
    return new TopicSettings(
        enabled,
        method,
        k,
        seed,
        dimensions,
        restarts,
        iterations,
        vocabularySize,
        minDocFreq,
        maxDocShare,
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

  public void validate(Problems p) {
    p.require(method != null, "--topic-method: no value");
    p.require(k >= 2, "--topics must be 0 (no topics) or at least 2, not " + k);
    p.require(iterations >= 1, "--topic-iterations must be at least 1, not " + iterations);
    p.require(
        vocabularySize >= k,
        "--topic-vocabulary must be at least the number of topics ("
            + k
            + "), not "
            + vocabularySize);
    p.require(minDocFreq >= 1, "topics.minDocFreq must be at least 1, not " + minDocFreq);
    p.require(
        maxDocShare > 0 && maxDocShare <= 1,
        "topics.maxDocShare must be above 0 and at most 1, not " + maxDocShare);
    p.require(
        subsamplingRate > 0 && subsamplingRate <= 1,
        "topics.subsamplingRate must be above 0 and at most 1, not " + subsamplingRate);
    p.require(softness > 0, "topics.softness must be positive, not " + softness);
    p.require(dimensions >= 0, "topics.dimensions must be 0 or more, not " + dimensions);
    p.require(
        restarts >= 1
            && topTerms >= 1
            && topicsPerArticle >= 1
            && movers >= 1
            && minTermLength >= 1,
        "topics: restarts, topTerms, topicsPerArticle, movers and minTermLength must be at least"
            + " 1");
  }
}
