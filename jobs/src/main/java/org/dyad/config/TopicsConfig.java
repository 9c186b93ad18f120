package org.dyad.config;

/** Configuration of the topic model and topic trends. docs/TOPICS.md explains each choice. */
public final class TopicsConfig {
  /** Fit topics at all (false: no topic tables, and dyads carry no topics). */
  public boolean enabled = true;

  /**
   * clusters: k-means (cosine) over TF-IDF vectors, topics described by class-based TF-IDF (BERTopic's
   * recipe); lda: Spark ML LDA (online variational Bayes) over term counts.
   */
  public String method = "clusters";

  /** Number of topics. */
  public int k = 20;

  /** Seed of every random choice of the model: the same input and seed give the same topics. */
  public long seed = 1;

  /** clusters: dimensions of the latent semantic space the stories are clustered in; 0: the TF-IDF space itself. */
  public int dimensions = 100;

  /** clusters: k-means runs from this many starts (seeded from {@code seed}); the lowest cost wins. */
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

  /** LDA's document-topic prior (alpha); small values give each article few topics. <= 0: Spark's default 1/k. */
  public double docConcentration = 0.05;

  /** LDA's topic-term prior (eta); <= 0: Spark's default 1/k. */
  public double topicConcentration = 0.01;

  /** Share of the stories each online LDA iteration samples (iterations x rate = passes over the corpus). */
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

  /** Kleinberg burst automaton: the burst state's rate is this multiple of the topic's base rate. */
  public double burstScale = 2.0;

  /** Kleinberg burst automaton: cost of entering a burst, in units of ln(number of periods). */
  public double burstGamma = 1.0;

  /** Topics listed per period and direction in topic_movers. */
  public int movers = 3;
}
