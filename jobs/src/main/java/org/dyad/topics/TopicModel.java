package org.dyad.topics;

import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
      Dataset<Row> features = tfidf(idf, sublinear(counts));
      if (basis != null) features = Lsa.project(features, NORMALIZED, basis);
      Broadcast<double[][]> c = centres;
      double t = softness;
      UDF1<Vector, Vector> softmax =
          x -> {
            double[][] centres = c.value();
            double[] s = new double[centres.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < centres.length; i++) {
              s[i] = dot(x, centres[i]) / t;
              max = Math.max(max, s[i]);
            }
            double sum = 0;
            for (int i = 0; i < s.length; i++) sum += (s[i] = StrictMath.exp(s[i] - max));
            for (int i = 0; i < s.length; i++) s[i] /= sum;
            return Vectors.dense(s);
          };
      return features
          .withColumn(
              DISTRIBUTION,
              udf(softmax, new org.apache.spark.ml.linalg.VectorUDT()).apply(col(NORMALIZED)))
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
  public static Fitted fit(
      Dataset<Row> input, TopicSettings config, java.util.function.Consumer<String> progress) {
    Dataset<Row> documents = inStablePartitions(input);
    try {
      return fitStable(documents, config, progress);
    } finally {
      org.dyad.spark.Kept.release(documents);
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
    return org.dyad.spark.Kept.keep(
        documents
            .repartition(partitions, col(Col.ARTICLE_ID))
            .sortWithinPartitions(col(Col.ARTICLE_ID)));
  }

  private static Fitted fitStable(
      Dataset<Row> documents, TopicSettings config, java.util.function.Consumer<String> progress) {
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
            : fitClusters(vocabulary, counts, n, config, progress);
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

  /** Damped counts weighted by IDF and L2-normalized, in column {@value #NORMALIZED}. */
  private static Dataset<Row> tfidf(Broadcast<double[]> idf, Dataset<Row> damped) {
    UDF1<Vector, Vector> weigh =
        x -> {
          double[] w = idf.value();
          SparseVector s = x.toSparse();
          int[] idx = s.indices();
          double[] v = s.values().clone();
          for (int i = 0; i < v.length; i++) v[i] *= w[idx[i]];
          return Vectors.sparse(s.size(), idx, v);
        };
    Dataset<Row> weighed =
        damped.withColumn(
            FEATURES, udf(weigh, new org.apache.spark.ml.linalg.VectorUDT()).apply(col(SUBLINEAR)));
    return new Normalizer()
        .setInputCol(FEATURES)
        .setOutputCol(NORMALIZED)
        .setP(2)
        .transform(weighed)
        .drop(SUBLINEAR, FEATURES);
  }

  /**
   * Spark ML's IDF, log((documents + 1) / (document frequency + 1)), computed with StrictMath from
   * the document frequencies Spark counted: IDFModel computes it with Math.log on the driver, whose
   * last digit changed once the JIT had compiled it, so that a second run in the same JVM gave
   * other topic weights.
   */
  static double[] idf(IDFModel model) {
    long[] df = model.docFreq();
    double m = model.numDocs();
    double[] w = new double[df.length];
    for (int j = 0; j < w.length; j++) w[j] = StrictMath.log((m + 1.0) / (df[j] + 1.0));
    return w;
  }

  private static Fitted fitClusters(
      CountVectorizerModel vocabulary,
      Dataset<Row> counts,
      long n,
      TopicSettings config,
      java.util.function.Consumer<String> progress) {
    Dataset<Row> damped = sublinear(counts);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(counts.sparkSession().sparkContext());
    Broadcast<double[]> idf =
        sc.broadcast(idf(new IDF().setInputCol(SUBLINEAR).setOutputCol(FEATURES).fit(damped)));
    Dataset<Row> features = tfidf(idf, damped).cache();
    Broadcast<double[][]> basis =
        config.dimensions() > 0
            ? sc.broadcast(Lsa.basis(features.select(NORMALIZED), NORMALIZED, config.dimensions()))
            : null;
    if (basis != null) {
      Dataset<Row> projected = Lsa.project(features, NORMALIZED, basis).cache();
      features.unpersist();
      features = projected;
    }
    int v = vocabulary.vocabulary().length;
    double[][] centres;
    double[][] tf;
    if (basis != null && n * (long) basis.value().length <= localKMeansValues) {
      // The stories' LSA vectors fit on the driver: k-means there, without a Spark job per
      // iteration.
      List<Row> rows = features.select(NORMALIZED, COUNTS).collectAsList();
      features.unpersist();
      double[][] points = new double[rows.size()][];
      for (int i = 0; i < points.length; i++) points[i] = rows.get(i).<Vector>getAs(0).toArray();
      if (progress != null)
        progress.accept("k-means, " + config.restarts() + " starts on the driver");
      SphericalKMeans.Result best =
          SphericalKMeans.best(
              points,
              config.k(),
              config.iterations(),
              config.seed(),
              config.restarts(),
              Runtime.getRuntime().availableProcessors());
      centres = best.centres();
      tf = new double[centres.length][v];
      for (int i = 0; i < points.length; i++) addTo(tf[best.assignment()[i]], rows.get(i).getAs(1));
    } else {
      // k-means finds a local optimum that depends on its start: keep the best of several starts,
      // by cost.
      KMeansModel kmeans = null;
      java.util.Random seeds = new java.util.Random(config.seed());
      for (int start = 0; start < config.restarts(); start++) {
        if (progress != null)
          progress.accept("k-means start " + (start + 1) + " of " + config.restarts());
        KMeansModel candidate =
            new KMeans()
                .setK(config.k())
                .setSeed(seeds.nextLong())
                .setMaxIter(config.iterations())
                .setDistanceMeasure("cosine")
                .setFeaturesCol(NORMALIZED)
                .setPredictionCol(Col.TOPIC_ID)
                .fit(features);
        if (kmeans == null || candidate.summary().trainingCost() < kmeans.summary().trainingCost())
          kmeans = candidate;
      }
      centres = centres(kmeans, features);
      // Class-based TF-IDF: term counts summed per cluster.
      int k = centres.length;
      tf =
          kmeans
              .transform(features)
              .select(Col.TOPIC_ID, COUNTS)
              .javaRDD()
              .treeAggregate(
                  new double[k][v],
                  (acc, r) -> {
                    addTo(acc[r.getInt(0)], r.getAs(1));
                    return acc;
                  },
                  (a, b) -> {
                    for (int i = 0; i < k; i++) for (int j = 0; j < v; j++) a[i][j] += b[i][j];
                    return a;
                  });
      features.unpersist();
    }
    int k = centres.length;
    double[] termTotal = new double[v];
    double words = 0;
    double[] clusterWords = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < v; j++) {
        termTotal[j] += tf[i][j];
        clusterWords[i] += tf[i][j];
      }
      words += clusterWords[i];
    }
    double meanWords = words / k;
    List<TopTerms> topics = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] score = new double[v];
      for (int j = 0; j < v; j++) {
        score[j] =
            clusterWords[i] == 0 || termTotal[j] == 0
                ? 0
                : (tf[i][j] / clusterWords[i]) * StrictMath.log(1 + meanWords / termTotal[j]);
      }
      topics.add(top(score, config.topTerms()));
    }
    return new Clusters(
        vocabulary, idf, basis, sc.broadcast(centres), config.softness(), topics, n);
  }

  /**
   * Each cluster's centre, as k-means defines it for cosine distance (the unit mean of its stories'
   * unit vectors), summed as exact decimals: k-means' own centres add their partial sums in the
   * order the shuffle fetches them, which differs between a local run and a cluster in the last
   * digits (and so did every article's topic weights). A cluster left without stories keeps
   * k-means' centre.
   */
  static double[][] centres(KMeansModel kmeans, Dataset<Row> features) {
    Vector[] centers = kmeans.clusterCenters();
    double[][] centres = new double[centers.length][];
    for (int i = 0; i < centers.length; i++) centres[i] = unit(centers[i].toArray());
    Dataset<Row> sums =
        kmeans
            .transform(features)
            .select(
                col(Col.TOPIC_ID),
                posexplode(
                        org.apache.spark.ml.functions.vector_to_array(col(NORMALIZED), "float64"))
                    .as(new String[] {"_d", "_v"}))
            .groupBy(Col.TOPIC_ID, "_d")
            .agg(sum(col("_v").cast("decimal(38,18)")).cast("double").as("_sum"));
    double[][] summed = new double[centers.length][];
    for (Row r : sums.collectAsList()) {
      int topic = r.getInt(0);
      if (summed[topic] == null) summed[topic] = new double[centers[topic].size()];
      summed[topic][r.getInt(1)] = r.getDouble(2);
    }
    for (int i = 0; i < centres.length; i++) if (summed[i] != null) centres[i] = unit(summed[i]);
    return centres;
  }

  static final String SUBLINEAR = "sublinear_counts";

  /**
   * 1 + ln(count) for every term present: a word said ten times weighs about three times, not ten.
   * (StrictMath here and in the softmax: Math.log and Math.exp may differ in the last digit between
   * the interpreter and JIT-compiled code, so the same story gave other weights in another executor
   * JVM.)
   */
  static Dataset<Row> sublinear(Dataset<Row> counts) {
    UDF1<Vector, Vector> f =
        x -> {
          SparseVector s = x.toSparse();
          double[] v = s.values().clone();
          for (int i = 0; i < v.length; i++) v[i] = 1 + StrictMath.log(v[i]);
          return Vectors.sparse(s.size(), s.indices(), v);
        };
    return counts.withColumn(
        SUBLINEAR, udf(f, new org.apache.spark.ml.linalg.VectorUDT()).apply(col(COUNTS)));
  }

  private static void addTo(double[] row, Vector x) {
    if (x instanceof SparseVector s) {
      int[] idx = s.indices();
      double[] val = s.values();
      for (int i = 0; i < idx.length; i++) row[idx[i]] += val[i];
    } else {
      double[] v = x.toArray();
      for (int i = 0; i < v.length; i++) row[i] += v[i];
    }
  }

  private static TopTerms top(double[] score, int n) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(
        order,
        (a, b) ->
            score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
    int m = Math.min(n, order.length);
    int[] indices = new int[m];
    double[] weights = new double[m];
    double sum = 0;
    for (int i = 0; i < m; i++) sum += score[order[i]];
    for (int i = 0; i < m; i++) {
      indices[i] = order[i];
      weights[i] = sum == 0 ? 0 : score[order[i]] / sum;
    }
    return new TopTerms(indices, weights);
  }

  private static double[] unit(double[] x) {
    double norm = 0;
    for (double d : x) norm += d * d;
    norm = Math.sqrt(norm);
    double[] out = x.clone();
    if (norm > 0) for (int i = 0; i < out.length; i++) out[i] /= norm;
    return out;
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
            new org.apache.spark.sql.types.StructField[] {
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

  private static double dot(Vector x, double[] c) {
    if (x instanceof SparseVector s) {
      double d = 0;
      int[] idx = s.indices();
      double[] val = s.values();
      for (int i = 0; i < idx.length; i++) d += val[i] * c[idx[i]];
      return d;
    }
    double[] v = ((DenseVector) x).values();
    double d = 0;
    for (int i = 0; i < v.length; i++) d += v[i] * c[i];
    return d;
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
