package org.dyad.relations;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Association statistics of a pair in one period, from four counts: stories with both ({@code k}), with
 * each ({@code a}, {@code b}) and in all ({@code n}). Logarithms are natural.
 */
public final class Statistics {
  private Statistics() {}

  private static final ChiSquaredDistribution CHI2_1 = new ChiSquaredDistribution(null, 1);

  /** Expected stories with both under independence: a * b / n. */
  public static double expected(long k, long a, long b, long n) {
    return n == 0 ? 0 : (double) a * b / n;
  }

  /** Pointwise mutual information ln(k n / (a b)); null without co-occurrence. */
  public static Double pmi(long k, long a, long b, long n) {
    if (k == 0 || a == 0 || b == 0 || n == 0) return null;
    return Math.log((double) k * n / ((double) a * b));
  }

  /**
   * PMI normalized to [-1, 1] by -ln(k / n); null without co-occurrence, and when the pair is in every
   * story of the period (k = n), where it is undefined.
   */
  public static Double npmi(long k, long a, long b, long n) {
    Double pmi = pmi(k, a, b, n);
    if (pmi == null || k >= n) return null;
    return pmi / -Math.log((double) k / n);
  }

  /** Dunning's log-likelihood ratio G2 of the 2x2 table (both, a only, b only, neither). */
  public static double g2(long k, long a, long b, long n) {
    long[] cells = {k, a - k, b - k, n - a - b + k};
    double[] expected = {
      (double) a * b / n, (double) a * (n - b) / n, (double) (n - a) * b / n, (double) (n - a) * (n - b) / n
    };
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      if (cells[i] < 0) throw new IllegalArgumentException("inconsistent counts k=" + k + " a=" + a + " b=" + b + " n=" + n);
      if (cells[i] > 0) sum += cells[i] * Math.log(cells[i] / expected[i]);
    }
    return Math.max(0, 2 * sum);
  }

  /** The p-value of G2 under a chi-squared distribution with one degree of freedom. */
  public static double pValue(double g2) {
    return g2 <= 0 ? 1.0 : 1.0 - CHI2_1.cumulativeProbability(g2);
  }

  /** Jaccard similarity of the two sets of stories: k / (a + b - k). */
  public static double jaccard(long k, long a, long b) {
    long union = a + b - k;
    return union == 0 ? 0 : (double) k / union;
  }
}
