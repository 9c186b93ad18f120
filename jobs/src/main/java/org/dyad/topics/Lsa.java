package org.dyad.topics;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.mllib.linalg.Matrix;
import org.apache.spark.mllib.linalg.SingularValueDecomposition;
import org.apache.spark.mllib.linalg.distributed.RowMatrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import scala.Function1;
import scala.runtime.AbstractFunction1;

/**
 * Latent semantic analysis: the top singular vectors of the story-term TF-IDF matrix (Lanczos, as
 * Spark MLlib's RowMatrix.computeSVD runs it; on the driver when the matrix fits), and each story
 * projected onto them and L2-normalized. Clustering in this space merges synonyms and ignores rare
 * noise terms.
 */
final class Lsa {
  private Lsa() {}

  /**
   * Vocabularies up to this size are decomposed on the driver (a Gramian of at most 3,000 x 3,000
   * doubles, 72 MB).
   */
  static final int LOCAL_TERMS = 3000;

  /**
   * Story-term matrices with up to this many non-zero entries (about 240 MB on the driver) are
   * decomposed on the driver: the same Lanczos iterations (ARPACK, Spark's own call) multiply by
   * the matrix in memory instead of running one Spark job per iteration (hundreds per run).
   */
  static final long LOCAL_NONZEROS = 20_000_000L;

  private static final double R_COND = 1e-9;
  private static final double TOLERANCE = 1e-10;

  /** basis[d][term]: the top d right singular vectors. */
  static double[][] basis(Dataset<Row> vectors, String column, int dimensions) {
    JavaRDD<org.apache.spark.mllib.linalg.Vector> rows =
        vectors
            .select(column)
            .javaRDD()
            .map(r -> org.apache.spark.mllib.linalg.Vectors.fromML(r.<Vector>getAs(0)));
    RowMatrix m = new RowMatrix(rows.rdd());
    int n = (int) m.numCols();
    int d = (int) Math.min(dimensions, n - 1);
    int iterations = Math.max(300, 3 * d);
    if (n > LOCAL_TERMS
        && rows.map(v -> (long) v.numActives()).fold(0L, Long::sum) <= LOCAL_NONZEROS) {
      return signed(localLanczos(rows.collect(), n, d, iterations));
    }
    // A small vocabulary: the term Gramian (n x n) is small, and its eigenvectors computed on the
    // driver
    // take one pass over the stories instead of the hundreds of Spark jobs of distributed Lanczos.
    String mode = n <= LOCAL_TERMS ? "local-eigs" : "dist-eigs";
    SingularValueDecomposition<RowMatrix, Matrix> svd =
        m.computeSVD(d, false, R_COND, iterations, TOLERANCE, mode);
    Matrix v = svd.V();
    double[][] vectorsByColumn = new double[v.numCols()][v.numRows()];
    for (int j = 0; j < v.numCols(); j++)
      for (int i = 0; i < v.numRows(); i++) vectorsByColumn[j][i] = v.apply(i, j);
    return signed(vectorsByColumn);
  }

  /**
   * Each vector's sign fixed (largest component positive): the decomposition leaves it arbitrary.
   */
  private static double[][] signed(double[][] vectors) {
    for (double[] x : vectors) {
      int arg = 0;
      for (int i = 0; i < x.length; i++) if (Math.abs(x[i]) > Math.abs(x[arg])) arg = i;
      if (x[arg] < 0) for (int i = 0; i < x.length; i++) x[i] = -x[i];
    }
    return vectors;
  }

  /**
   * The top d eigenvectors of the Gramian A'A of the rows, by ARPACK's Lanczos iterations as
   * Spark's RowMatrix.computeSVD runs them ("dist-eigs": the same call, tolerance and effective
   * rank), with A'Av computed here from the rows in memory.
   */
  static double[][] localLanczos(
      List<org.apache.spark.mllib.linalg.Vector> rows, int n, int d, int iterations) {
    int[][] indices = new int[rows.size()][];
    double[][] values = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      org.apache.spark.mllib.linalg.SparseVector s = rows.get(r).toSparse();
      indices[r] = s.indices();
      values[r] = s.values();
    }
    Function1<breeze.linalg.DenseVector<Object>, breeze.linalg.DenseVector<Object>> gramianTimes =
        new AbstractFunction1<>() {
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
    double[][] eigen = symmetricEigs(gramianTimes, n, d, TOLERANCE, iterations);
    double[] squares = eigen[0];
    double[] u = eigen[1];
    // the effective rank, as computeSVD finds it: singular values of at least R_COND times the
    // largest
    int rank = 0;
    double threshold = R_COND * Math.sqrt(Math.max(0, squares[0]));
    while (rank < Math.min(d, squares.length) && Math.sqrt(Math.max(0, squares[rank])) >= threshold)
      rank++;
    double[][] out = new double[rank][n];
    for (int j = 0; j < rank; j++) System.arraycopy(u, j * n, out[j], 0, n);
    return out;
  }

  /**
   * Replaces the column with its unit-length projection onto the basis (broadcast: it is large).
   */
  static Dataset<Row> project(
      Dataset<Row> rows, String column, Broadcast<double[][]> broadcastBasis) {
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

  /** Seed of the Lanczos iterations' starting vector. */
  static final long START_SEED = 1;

  /**
   * Spark's EigenValueDecomposition.symmetricEigs (ARPACK's dsaupd and dseupd in mode 1, the same
   * arguments), but from a seeded starting vector: Spark lets ARPACK draw it from a generator whose
   * state lives on in the JVM, so that a second decomposition of the same matrix in one JVM started
   * elsewhere and gave another basis in the last digits (and other topic weights on a second run in
   * one driver).
   *
   * @return {eigenvalues (descending), eigenvectors (column-major, n rows)}
   */
  static double[][] symmetricEigs(
      Function1<breeze.linalg.DenseVector<Object>, breeze.linalg.DenseVector<Object>> mul,
      int n,
      int k,
      double tol,
      int maxIterations) {
    if (!(n > k))
      throw new IllegalArgumentException(
          "Number of requested eigenvalues k = "
              + k
              + " must be smaller than matrix dimension n = "
              + n);
    dev.ludovic.netlib.arpack.ARPACK arpack = dev.ludovic.netlib.arpack.ARPACK.getInstance();
    org.netlib.util.doubleW tolW = new org.netlib.util.doubleW(tol);
    org.netlib.util.intW nev = new org.netlib.util.intW(k);
    int ncv = Math.min(2 * k, n);
    String bmat = "I";
    String which = "LM";
    int[] iparam = new int[11];
    iparam[0] = 1;
    iparam[2] = maxIterations;
    iparam[6] = 1;
    if ((long) n * ncv > Integer.MAX_VALUE || (long) ncv * (ncv + 8L) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "k = " + k + " and/or n = " + n + " are too large to compute an eigendecomposition");
    }
    org.netlib.util.intW ido = new org.netlib.util.intW(0);
    // info = 1: ARPACK starts from resid as given
    org.netlib.util.intW info = new org.netlib.util.intW(1);
    double[] resid = new double[n];
    Random random = new Random(START_SEED);
    for (int i = 0; i < n; i++) resid[i] = 2 * random.nextDouble() - 1;
    double[] v = new double[n * ncv];
    double[] workd = new double[n * 3];
    double[] workl = new double[ncv * (ncv + 8)];
    int[] ipntr = new int[11];
    arpack.dsaupd(
        ido,
        bmat,
        n,
        which,
        nev.val,
        tolW,
        resid,
        ncv,
        v,
        n,
        iparam,
        ipntr,
        workd,
        workl,
        workl.length,
        info);
    while (ido.val != 99) {
      if (ido.val != -1 && ido.val != 1)
        throw new IllegalStateException(
            "ARPACK returns ido = " + ido.val + ", not compatible with mode 1");
      int in = ipntr[0] - 1;
      int outAt = ipntr[1] - 1;
      double[] x = Arrays.copyOfRange(workd, in, in + n);
      breeze.linalg.DenseVector<Object> y = mul.apply(new breeze.linalg.DenseVector$mcD$sp(x));
      double[] yd = (double[]) y.data();
      for (int i = 0; i < n; i++) workd[outAt + i] = yd[y.offset() + i * y.stride()];
      arpack.dsaupd(
          ido,
          bmat,
          n,
          which,
          nev.val,
          tolW,
          resid,
          ncv,
          v,
          n,
          iparam,
          ipntr,
          workd,
          workl,
          workl.length,
          info);
    }
    if (info.val != 0) {
      throw new IllegalStateException(
          "ARPACK returns non-zero info = "
              + info.val
              + (info.val == 1
                  ? ": maximum number of iterations taken"
                  : info.val == 3 ? ": no shifts could be applied, try a larger NCV" : ""));
    }
    double[] values = new double[nev.val];
    boolean[] select = new boolean[ncv];
    double[] z = Arrays.copyOfRange(v, 0, nev.val * n);
    arpack.dseupd(
        true,
        "A",
        select,
        values,
        z,
        n,
        0.0,
        bmat,
        n,
        which,
        nev,
        tol,
        resid,
        ncv,
        v,
        n,
        iparam,
        ipntr,
        workd,
        workl,
        workl.length,
        info);
    int computed = iparam[4];
    Integer[] order = new Integer[computed];
    for (int i = 0; i < computed; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    double[] sortedValues = new double[computed];
    double[] vectors = new double[n * computed];
    for (int j = 0; j < computed; j++) {
      sortedValues[j] = values[order[j]];
      System.arraycopy(z, order[j] * n, vectors, j * n, n);
    }
    return new double[][] {sortedValues, vectors};
  }
}
