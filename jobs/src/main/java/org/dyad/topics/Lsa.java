package org.dyad.topics;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.mllib.linalg.Matrix;
import org.apache.spark.mllib.linalg.SingularValueDecomposition;
import org.apache.spark.mllib.linalg.distributed.RowMatrix;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * Latent semantic analysis: the top singular vectors of the story-term TF-IDF matrix (distributed
 * Lanczos, Spark MLlib's RowMatrix.computeSVD), and each story projected onto them and L2-normalized.
 * Clustering in this space merges synonyms and ignores rare noise terms.
 */
final class Lsa {
  private Lsa() {}

  /** Vocabularies up to this size are decomposed on the driver (a Gramian of at most 3,000 x 3,000 doubles, 72 MB). */
  static final int LOCAL_TERMS = 3000;

  /** basis[d][term]: the top d right singular vectors. */
  static double[][] basis(Dataset<Row> vectors, String column, int dimensions) {
    RowMatrix m =
        new RowMatrix(vectors.select(column).javaRDD().map(r -> org.apache.spark.mllib.linalg.Vectors.fromML(r.<Vector>getAs(0))).rdd());
    int d = (int) Math.min(dimensions, m.numCols() - 1);
    // A small vocabulary: the term Gramian (n x n) is small, and its eigenvectors computed on the driver
    // take one pass over the stories instead of the hundreds of Spark jobs of distributed Lanczos.
    String mode = m.numCols() <= LOCAL_TERMS ? "local-eigs" : "dist-eigs";
    SingularValueDecomposition<RowMatrix, Matrix> svd = m.computeSVD(d, false, 1e-9, Math.max(300, 3 * d), 1e-10, mode);
    Matrix v = svd.V();
    double[][] basis = new double[v.numCols()][v.numRows()];
    for (int j = 0; j < v.numCols(); j++) {
      // Fix each vector's sign (largest component positive): the decomposition leaves it arbitrary.
      int arg = 0;
      for (int i = 0; i < v.numRows(); i++) if (Math.abs(v.apply(i, j)) > Math.abs(v.apply(arg, j))) arg = i;
      double sign = v.apply(arg, j) < 0 ? -1 : 1;
      for (int i = 0; i < v.numRows(); i++) basis[j][i] = sign * v.apply(i, j);
    }
    return basis;
  }

  /** Replaces the column with its unit-length projection onto the basis (broadcast: it is large). */
  static Dataset<Row> project(Dataset<Row> rows, String column, Broadcast<double[][]> broadcastBasis) {
    UDF1<Vector, Vector> f =
        x -> {
          double[][] basis = broadcastBasis.value();
          SparseVector s = x.toSparse();
          int[] idx = s.indices();
          double[] val = s.values();
          double[] out = new double[basis.length];
          double norm = 0;
          for (int j = 0; j < basis.length; j++) {
            double d = 0;
            for (int i = 0; i < idx.length; i++) d += val[i] * basis[j][idx[i]];
            out[j] = d;
            norm += d * d;
          }
          norm = Math.sqrt(norm);
          if (norm > 0) for (int j = 0; j < out.length; j++) out[j] /= norm;
          return Vectors.dense(out);
        };
    return rows.withColumn(column, udf(f, new VectorUDT()).apply(col(column)));
  }
}
