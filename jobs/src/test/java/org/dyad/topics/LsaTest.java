package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.junit.jupiter.api.Test;

class LsaTest {
  /** 300 sparse rows over 200 terms, from a seed. */
  static List<Vector> rows() {
    Random r = new Random(3);
    List<Vector> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      TreeMap<Integer, Double> entries = new TreeMap<>();
      for (int j = 0; j < 12; j++) entries.put(r.nextInt(200), 1 + r.nextDouble());
      rows.add(
          Vectors.sparse(
              200,
              entries.keySet().stream().mapToInt(Integer::intValue).toArray(),
              entries.values().stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return rows;
  }

  @Test
  void theSameMatrixDecomposedTwiceInOneJvmGivesTheSameBasisToTheLastDigit() {
    // ARPACK's own starting vector came from a generator whose state outlived the call: the second
    // decomposition started elsewhere and differed in the last digits.
    double[][] first = Lsa.localLanczos(rows(), 200, 10, 300);
    double[][] second = Lsa.localLanczos(rows(), 200, 10, 300);
    assertEquals(10, first.length);
    for (int j = 0; j < first.length; j++)
      assertArrayEquals(first[j], second[j], 0.0, "basis vector " + j);
  }

  @Test
  void theBasisVectorsAreOrthonormalEigenvectorsOfTheGramian() {
    List<Vector> rows = rows();
    double[][] basis = Lsa.localLanczos(rows, 200, 5, 300);
    for (int a = 0; a < basis.length; a++) {
      for (int b = 0; b < basis.length; b++) {
        double dot = 0;
        for (int i = 0; i < 200; i++) dot += basis[a][i] * basis[b][i];
        assertEquals(a == b ? 1.0 : 0.0, dot, 1e-8, "v" + a + "." + "v" + b);
      }
      // A'A v = lambda v
      double[] av = new double[200];
      for (Vector row : rows) {
        double d = 0;
        for (int i = 0; i < 200; i++) d += row.apply(i) * basis[a][i];
        for (int i = 0; i < 200; i++) av[i] += d * row.apply(i);
      }
      double lambda = 0;
      for (int i = 0; i < 200; i++) lambda += av[i] * basis[a][i];
      for (int i = 0; i < 200; i++)
        assertEquals(lambda * basis[a][i], av[i], 1e-6 * Math.abs(lambda));
    }
  }
}
