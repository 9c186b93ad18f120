package org.dyad.cli;

import org.dyad.config.TopicsConfig;
import org.dyad.topics.TopicMethod;
import picocli.CommandLine.Option;

/** Options of the topic model and topic trends. */
public final class TopicsOptions {
  @Option(
      names = "--topics",
      paramLabel = "K",
      description = "Number of topics; 0: no topic tables (default: 20).")
  Integer k;

  @Option(
      names = "--topic-method",
      paramLabel = "M",
      description =
          "${COMPLETION-CANDIDATES}. clusters: TF-IDF, LSA and k-means, topics described by"
              + " class-based TF-IDF (default); lda: Spark ML LDA.")
  TopicMethod method;

  @Option(
      names = "--topic-seed",
      paramLabel = "N",
      description = "Seed of the topic model (default: 1).")
  Long seed;

  @Option(
      names = "--topic-iterations",
      paramLabel = "N",
      description = "Iterations of the topic model fit (default: 40).")
  Integer iterations;

  @Option(
      names = "--topic-vocabulary",
      paramLabel = "N",
      description = "At most N terms in the topic vocabulary (default: 10000).")
  Integer vocabulary;

  @Option(names = "--no-stem", description = "Count words, not stems, in topics.")
  boolean noStem;

  void applyTo(TopicsConfig c) {
    if (k != null) {
      if (k == 0) c.enabled = false;
      else c.k = k;
    }
    if (seed != null) c.seed = seed;
    if (method != null) c.method = method;
    if (iterations != null) c.iterations = iterations;
    if (vocabulary != null) c.vocabularySize = vocabulary;
    if (noStem) c.stem = false;
  }
}
