package org.dyad.topics;

import static org.apache.spark.sql.functions.*;
import static org.dyad.topics.TopicModel.COUNTS;
import static org.dyad.topics.TopicModel.FEATURES;
import static org.dyad.topics.TopicModel.NORMALIZED;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * The term vectors of the topic model: damped counts, IDF weights and the dot product, computed
 * with StrictMath so that every JVM gives the same digits.
 */
final class TermVectors {
  private TermVectors() {}

  /** Damped counts weighted by IDF and L2-normalized, in column {@value #NORMALIZED}. */
  static Dataset<Row> tfidf(Broadcast<double[]> idf, Dataset<Row> damped) {
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
        damped.withColumn(FEATURES, udf(weigh, new VectorUDT()).apply(col(SUBLINEAR)));
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
    return counts.withColumn(SUBLINEAR, udf(f, new VectorUDT()).apply(col(COUNTS)));
  }

  static double dot(Vector x, double[] c) {
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
}
