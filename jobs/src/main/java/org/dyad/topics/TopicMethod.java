package org.dyad.topics;

import java.util.Locale;

/** The topic model (the --topic-method option); docs/TOPICS.md describes both. */
public enum TopicMethod {
  /** TF-IDF, LSA, cosine k-means; topics described by class-based TF-IDF (BERTopic's recipe). */
  CLUSTERS,
  /** Spark ML LDA (online variational Bayes). */
  LDA;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
