package org.dyad.topics;

import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.spark.Kept;
import org.dyad.tables.Col;
import org.dyad.tables.TopicTables;

/**
 * The topic model, fitted on the stories (near-duplicates left out, so a syndicated story weighs
 * once) and applied to every article. Two methods over the same term counts (CountVectorizer):
 *
 * <ul>
 *   <li>{@code clusters} (default): BERTopic's recipe on Spark ML. Each story is its TF-IDF vector,
 *       L2-normalized; k-means with cosine distance groups them; each cluster's terms are ranked by
 *       class-based TF-IDF (the cluster's term frequency times log(1 + mean words per cluster / the
 *       term's frequency over all clusters)). A story's topic distribution is a softmax of its
 *       cosine similarity to each cluster centre, at temperature {@code softness}: its own cluster
 *       first.
 *   <li>{@code lda}: Spark ML's LDA (online variational Bayes); the distribution is LDA's.
 * </ul>
 */
public final class TopicModel {
  private TopicModel() {}

  public static final String COUNTS = "counts";

  static final String FEATURES = "tfidf";

  static final String NORMALIZED = "normalized";

  static final String DISTRIBUTION = "topicDistribution";

  /** One topic's top terms: vocabulary indices and weights, best first. */
  public record TopTerms(int[] indices, double[] weights) implements Serializable {}

  /**
   * A fitted model: the vocabulary, each topic's ranked terms, and how it turns an article's term
   * counts into a topic distribution. {@link Clusters} and {@link Lda} are the two methods.
   */
  public sealed interface Fitted permits Clusters, Lda {
    TopicMethod method();

    CountVectorizerModel vocabulary();

    List<TopTerms> topics();

    /** Stories the model was fitted on. */
    long documents();

    /**
     * Adds column {@value #DISTRIBUTION} (the topic distribution) to rows with {@value #COUNTS}.
     */
    Dataset<Row> distributions(Dataset<Row> counts);

    default int k() {
      return topics().size();
    }

    default String[] terms() {
      return vocabulary().vocabulary();
    }
  }

  /** Spark ML's LDA model: the distribution is LDA's. */
  public record Lda(
      CountVectorizerModel vocabulary, LDAModel lda, List<TopTerms> topics, long documents)
      implements Fitted {
    @Override
    public TopicMethod method() {
      return TopicMethod.LDA;
    }

    @Override
    public Dataset<Row> distributions(Dataset<Row> counts) {
      return lda.transform(counts);
    }
  }

  /**
   * Cosine k-means in the LSA space: the IDF weights, the LSA basis and the cluster centres
   * (broadcast once, not copied into every task), and the softmax temperature of the distribution.
   */
  public record Clusters(
      CountVectorizerModel vocabulary,
      Broadcast<double[]> idf,
      Broadcast<double[][]> basis,
      Broadcast<double[][]> centres,
      double softness,
      List<TopTerms> topics,
      long documents)
      implements Fitted {
    @Override
    public TopicMethod method() {
      return TopicMethod.CLUSTERS;
    }

    @Override
    public Dataset<Row> distributions(Dataset<Row> counts) {
      Dataset<Row> features = TermVectors.tfidf(idf, TermVectors.sublinear(counts));
      if (basis != null) features = Lsa.project(features, NORMALIZED, basis);
      Broadcast<double[][]> c = centres;
      double t = softness;
      UDF1<Vector, Vector> softmax =
          x -> {
            double[][] centres = c.value();
            double[] s = new double[centres.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < centres.length; i++) {
              s[i] = TermVectors.dot(x, centres[i]) / t;
              max = Math.max(max, s[i]);
            }
            double sum = 0;
            for (int i = 0; i < s.length; i++) sum += (s[i] = StrictMath.exp(s[i] - max));
            for (int i = 0; i < s.length; i++) s[i] /= sum;
            return Vectors.dense(s);
          };
      return features
          .withColumn(DISTRIBUTION, udf(softmax, new VectorUDT()).apply(col(NORMALIZED)))
          .drop(FEATURES, NORMALIZED);
    }
  }

  /** The rows whose term-count vector ({@value #COUNTS}) has at least one term. */
  public static Dataset<Row> nonEmpty(Dataset<Row> counts) {
    return counts.where(
        udf((Vector v) -> v.numNonzeros() > 0, DataTypes.BooleanType).apply(col(COUNTS)));
  }

  /**
   * Counts of the terms of each article over the fitted vocabulary; articles with no term in it are
   * dropped.
   */
  public static Dataset<Row> counts(Fitted model, Dataset<Row> terms) {
    return nonEmpty(model.vocabulary().transform(terms));
  }

  /**
   * A vocabulary kept from an earlier fit, turning a {@link TopicText#TERMS} column into {@value
   * #COUNTS} as the fitted one did (the same defaults: raw counts, every term counted).
   */
  static CountVectorizerModel vocabulary(String[] terms) {
    return new CountVectorizerModel(terms).setInputCol(TopicText.TERMS).setOutputCol(COUNTS);
  }

  /** Fewer stories than this (with a term in the vocabulary) fit no model. */
  public static final int MIN_STORIES = TopicSettings.MIN_STORIES;

  /**
   * Fits the vocabulary and the model on documents with a {@link TopicText#TERMS} column; null when
   * fewer than {@link #MIN_STORIES} documents have a term in the vocabulary.
   */
  public static Fitted fit(Dataset<Row> documents, TopicSettings config) {
    return fit(documents, config, null);
  }

  /**
   * @param progress the stage to report k-means starts on, or null
   */
  public static Fitted fit(Dataset<Row> input, TopicSettings config, Consumer<String> progress) {
    Dataset<Row> documents = inStablePartitions(input);
    try {
      return fitStable(documents, config, progress);
    } finally {
      Kept.release(documents);
    }
  }

  /**
   * Stories times LSA dimensions up to which k-means runs on the driver ({@link SphericalKMeans}:
   * 20M doubles, 160 MB, about 200,000 stories at 100 dimensions); above it Spark's KMeans runs.
   */
  static final long LOCAL_KMEANS_VALUES = 20_000_000L;

  /** {@link #LOCAL_KMEANS_VALUES}; tests lower it to run Spark's KMeans on small inputs. */
  static volatile long localKMeansValues = LOCAL_KMEANS_VALUES;

  /** Stories per partition of the model's input (see {@link #inStablePartitions}). */
  static final int STORIES_PER_PARTITION = 20000;

  /**
   * The stories in partitions made from the data alone: hashed by article id into one partition per
   * {@value #STORIES_PER_PARTITION} stories, each sorted by id. The vocabulary's order among terms
   * of equal counts and k-means' sampled starts follow the partitions, so the model is the same on
   * 2 local cores and on a cluster of any size (the input's own partitions follow the cores).
   */
  static Dataset<Row> inStablePartitions(Dataset<Row> documents) {
    long n = documents.count();
    int partitions =
        (int) Math.max(1, Math.min(256, (n + STORIES_PER_PARTITION - 1) / STORIES_PER_PARTITION));
    return Kept.keep(
        documents
            .repartition(partitions, col(Col.ARTICLE_ID))
            .sortWithinPartitions(col(Col.ARTICLE_ID)));
  }

  private static Fitted fitStable(
      Dataset<Row> documents, TopicSettings config, Consumer<String> progress) {
    CountVectorizer vectorizer =
        new CountVectorizer()
            .setInputCol(TopicText.TERMS)
            .setOutputCol(COUNTS)
            .setVocabSize(config.vocabularySize())
            .setMinDF(config.minDocFreq());
    // Spark reads a maximum of 1 or more as a count of documents: a share of 1 means no maximum.
    if (config.maxDocShare() < 1) vectorizer.setMaxDF(config.maxDocShare());
    CountVectorizerModel vocabulary = vectorizer.fit(documents);
    if (vocabulary.vocabulary().length < 2) return null;
    Dataset<Row> counts = nonEmpty(vocabulary.transform(documents)).select(COUNTS).cache();
    long n = counts.count();
    if (n < MIN_STORIES) {
      counts.unpersist();
      return null;
    }
    Fitted fitted =
        config.method() == TopicMethod.LDA
            ? fitLda(vocabulary, counts, n, config)
            : ClusterFit.fit(vocabulary, counts, n, config, progress);
    counts.unpersist();
    return fitted;
  }

  private static Fitted fitLda(
      CountVectorizerModel vocabulary, Dataset<Row> counts, long n, TopicSettings config) {
    LDA lda =
        new LDA()
            .setK(config.k())
            .setMaxIter(config.iterations())
            .setSeed(config.seed())
            .setOptimizer("online")
            .setSubsamplingRate(config.subsamplingRate())
            .setFeaturesCol(COUNTS)
            .setTopicDistributionCol(DISTRIBUTION);
    if (config.docConcentration() > 0) lda.setDocConcentration(config.docConcentration());
    if (config.topicConcentration() > 0) lda.setTopicConcentration(config.topicConcentration());
    LDAModel model = lda.fit(counts);
    return new Lda(vocabulary, model, topTerms(model, config.topTerms()), n);
  }

  /** An LDA model's topics by id, each with its top n vocabulary indices and weights. */
  public static List<TopTerms> topTerms(LDAModel model, int n) {
    List<TopTerms> topics = new ArrayList<>();
    for (Row r : model.describeTopics(n).orderBy("topic").collectAsList()) {
      topics.add(
          new TopTerms(
              r.<Integer>getList(1).stream().mapToInt(Integer::intValue).toArray(),
              r.<Double>getList(2).stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return topics;
  }

  /** Each topic's top n vocabulary terms (e.g. stems), best first. */
  public static List<List<String>> topTerms(Fitted model, int n) {
    return words(model.topics(), model.terms(), n);
  }

  /** Topics' top n terms as vocabulary words, best first. */
  public static List<List<String>> words(List<TopTerms> topTerms, String[] vocabulary, int n) {
    List<List<String>> topics = new ArrayList<>();
    for (TopTerms t : topTerms) {
      List<String> terms = new ArrayList<>();
      for (int i = 0; i < Math.min(n, t.indices().length); i++)
        terms.add(vocabulary[t.indices()[i]]);
      topics.add(terms);
    }
    return topics;
  }

  /**
   * The topics table: id, label, top terms with weights, written with their most frequent surface
   * word ("compani" is shown as "company"). Its article counts come later, from the article
   * assignments.
   */
  public static Dataset<Row> topics(SparkSession spark, Fitted model, Map<String, String> surface) {
    String[] vocabulary = model.terms();
    List<Row> rows = new ArrayList<>();
    for (int topic = 0; topic < model.k(); topic++) {
      TopTerms t = model.topics().get(topic);
      List<Row> terms = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int i = 0; i < t.indices().length; i++) {
        String term = vocabulary[t.indices()[i]];
        String word = surface.getOrDefault(term, term);
        terms.add(RowFactory.create(word, term, t.weights()[i]));
        words.add(word);
      }
      rows.add(RowFactory.create(topic, TopicLabels.label(words), terms));
    }
    StructType schema =
        DataTypes.createStructType(
            new StructField[] {
              DataTypes.createStructField(Col.TOPIC_ID, DataTypes.IntegerType, false),
              DataTypes.createStructField(Col.LABEL, DataTypes.StringType, false),
              DataTypes.createStructField(Col.TERMS, TopicTables.TOPIC_TERMS_TYPE, false)
            });
    return spark.createDataFrame(rows, schema);
  }

  /** Each article's topic distribution, in column {@value #DISTRIBUTION}. */
  static Dataset<Row> distributions(Fitted model, Dataset<Row> terms) {
    return model.distributions(counts(model, terms));
  }

  /**
   * article_id, topic_id (the dominant topic), topic_weight, topics (the top N topics with weights,
   * best first), weights (the whole distribution), for every article with at least one vocabulary
   * term.
   */
  public static Dataset<Row> assign(Fitted model, Dataset<Row> terms, int topicsPerArticle) {
    return distributions(model, terms)
        .withColumn(
            Col.TOPIC_WEIGHTS,
            org.apache.spark.ml.functions.vector_to_array(col(DISTRIBUTION), "float64"))
        .withColumn(
            "ranked",
            slice(
                sort_array(
                    transform(
                        col(Col.TOPIC_WEIGHTS),
                        (w, i) -> struct(w.as("w"), negate(i).as("negative_id"))),
                    false),
                1,
                topicsPerArticle))
        .withColumn(
            Col.TOPICS,
            transform(
                col("ranked"),
                s ->
                    struct(
                        negate(s.getField("negative_id")).cast("int").as(Col.TOPIC_ID),
                        s.getField("w").as(Col.WEIGHT))))
        .withColumn(Col.TOPIC_ID, col(Col.TOPICS).getItem(0).getField(Col.TOPIC_ID))
        .withColumn(Col.TOPIC_WEIGHT, col(Col.TOPICS).getItem(0).getField(Col.WEIGHT))
        .drop("ranked", COUNTS, DISTRIBUTION, TopicText.TERMS, TopicText.WORDS, TopicText.FAILURE);
  }
}
