package org.dyad.topics;

import static org.apache.spark.sql.functions.*;
import static org.dyad.topics.TermVectors.SUBLINEAR;
import static org.dyad.topics.TermVectors.idf;
import static org.dyad.topics.TermVectors.sublinear;
import static org.dyad.topics.TermVectors.tfidf;
import static org.dyad.topics.TopicModel.COUNTS;
import static org.dyad.topics.TopicModel.FEATURES;
import static org.dyad.topics.TopicModel.NORMALIZED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.tables.Col;

/**
 * The {@code clusters} topic method's fit: TF-IDF vectors (optionally in LSA space), cosine k-means
 * (on the driver when the vectors fit, else Spark's KMeans, best of several starts) and each
 * cluster's terms ranked by class-based TF-IDF.
 */
final class ClusterFit {
  private ClusterFit() {}

  static TopicModel.Fitted fit(
      CountVectorizerModel vocabulary,
      Dataset<Row> counts,
      long n,
      TopicSettings config,
      Consumer<String> progress) {
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
    if (basis != null && n * (long) basis.value().length <= TopicModel.localKMeansValues) {
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
      Random seeds = new Random(config.seed());
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
    List<TopicModel.TopTerms> topics = new ArrayList<>();
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
    return new TopicModel.Clusters(
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

  static void addTo(double[] row, Vector x) {
    if (x instanceof SparseVector s) {
      int[] idx = s.indices();
      double[] val = s.values();
      for (int i = 0; i < idx.length; i++) row[idx[i]] += val[i];
    } else {
      double[] v = x.toArray();
      for (int i = 0; i < v.length; i++) row[i] += v[i];
    }
  }

  static TopicModel.TopTerms top(double[] score, int n) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(
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
    return new TopicModel.TopTerms(indices, weights);
  }

  static double[] unit(double[] x) {
    double norm = 0;
    for (double d : x) norm += d * d;
    norm = Math.sqrt(norm);
    double[] out = x.clone();
    if (norm > 0) for (int i = 0; i < out.length; i++) out[i] /= norm;
    return out;
  }
}
