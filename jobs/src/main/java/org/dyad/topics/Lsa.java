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
import org.apache.spark.api.java.JavaRDD;
import java.util.List;

/**
 * Latent semantic analysis: the top singular vectors of the story-term TF-IDF matrix (Lanczos, as
 * Spark MLlib's RowMatrix.computeSVD runs it; on the driver when the matrix fits), and each story
 * projected onto them and L2-normalized.
 * Clustering in this space merges synonyms and ignores rare noise terms.
 */
final class Lsa {
  private Lsa() {}

  /** Vocabularies up to this size are decomposed on the driver (a Gramian of at most 3,000 x 3,000 doubles, 72 MB). */
  static final int LOCAL_TERMS = 3000;

  /**
   * Story-term matrices with up to this many non-zero entries (about 240 MB on the driver) are
   * decomposed on the driver: the same Lanczos iterations (ARPACK, Spark's own call) multiply by the
   * matrix in memory instead of running one Spark job per iteration (hundreds per run).
   */
  static final long LOCAL_NONZEROS = 20_000_000L;

  private static final double R_COND = 1e-9;
  private static final double TOLERANCE = 1e-10;

  /** basis[d][term]: the top d right singular vectors. */
  static double[][] basis(Dataset<Row> vectors, String column, int dimensions) {
    JavaRDD<org.apache.spark.mllib.linalg.Vector> rows =
        vectors.select(column).javaRDD().map(r -> org.apache.spark.mllib.linalg.Vectors.fromML(r.<Vector>getAs(0)));
    RowMatrix m = new RowMatrix(rows.rdd());
    int n = (int) m.numCols();
    int d = (int) Math.min(dimensions, n - 1);
    int iterations = Math.max(300, 3 * d);
    if (n > LOCAL_TERMS && rows.map(v -> (long) v.numActives()).fold(0L, Long::sum) <= LOCAL_NONZEROS) {
      return signed(localLanczos(rows.collect(), n, d, iterations));
    }
    // A small vocabulary: the term Gramian (n x n) is small, and its eigenvectors computed on the driver
    // take one pass over the stories instead of the hundreds of Spark jobs of distributed Lanczos.
    String mode = n <= LOCAL_TERMS ? "local-eigs" : "dist-eigs";
    SingularValueDecomposition<RowMatrix, Matrix> svd = m.computeSVD(d, false, R_COND, iterations, TOLERANCE, mode);
    Matrix v = svd.V();
    double[][] vectorsByColumn = new double[v.numCols()][v.numRows()];
    for (int j = 0; j < v.numCols(); j++) for (int i = 0; i < v.numRows(); i++) vectorsByColumn[j][i] = v.apply(i, j);
    return signed(vectorsByColumn);
  }

  /** Each vector's sign fixed (largest component positive): the decomposition leaves it arbitrary. */
  private static double[][] signed(double[][] vectors) {
    for (double[] x : vectors) {
      int arg = 0;
      for (int i = 0; i < x.length; i++) if (Math.abs(x[i]) > Math.abs(x[arg])) arg = i;
      if (x[arg] < 0) for (int i = 0; i < x.length; i++) x[i] = -x[i];
    }
    return vectors;
  }

  /**
   * The top d eigenvectors of the Gramian A'A of the rows, by ARPACK's Lanczos iterations as Spark's
   * RowMatrix.computeSVD runs them ("dist-eigs": the same call, tolerance and effective rank), with A'Av
   * computed here from the rows in memory.
   */
  static double[][] localLanczos(List<org.apache.spark.mllib.linalg.Vector> rows, int n, int d, int iterations) {
    int[][] indices = new int[rows.size()][];
    double[][] values = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      org.apache.spark.mllib.linalg.SparseVector s = rows.get(r).toSparse();
      indices[r] = s.indices();
      values[r] = s.values();
    }
    scala.Function1<breeze.linalg.DenseVector<Object>, breeze.linalg.DenseVector<Object>> gramianTimes =
        new scala.runtime.AbstractFunction1<>() {
          @Override
          public breeze.linalg.DenseVector<Object> apply(breeze.linalg.DenseVector<Object> v) {
            double[] data = (double[]) v.data();
            int offset = v.offset();
            int stride = v.stride();
            double[] out = new double[n];
            for (int r = 0; r < indices.length; r++) {
              int[] idx = indices[r];
              double[] val = values[r];
              double dot = 0;
              for (int i = 0; i < idx.length; i++) dot += val[i] * data[offset + idx[i] * stride];
              if (dot != 0) for (int i = 0; i < idx.length; i++) out[idx[i]] += dot * val[i];
            }
            return new breeze.linalg.DenseVector$mcD$sp(out);
          }
        };
    scala.Tuple2<breeze.linalg.DenseVector<Object>, breeze.linalg.DenseMatrix<Object>> eigen =
        org.apache.spark.mllib.linalg.EigenValueDecomposition.symmetricEigs(gramianTimes, n, d, TOLERANCE, iterations);
    double[] squares = (double[]) eigen._1().data();
    double[] u = (double[]) eigen._2().data();
    // the effective rank, as computeSVD finds it: singular values of at least R_COND times the largest
    int rank = 0;
    double threshold = R_COND * Math.sqrt(Math.max(0, squares[0]));
    while (rank < Math.min(d, squares.length) && Math.sqrt(Math.max(0, squares[rank])) >= threshold) rank++;
    double[][] out = new double[rank][n];
    for (int j = 0; j < rank; j++) System.arraycopy(u, j * n, out[j], 0, n);
    return out;
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
