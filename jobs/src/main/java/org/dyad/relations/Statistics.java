package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Association statistics of a pair in one period, from four counts: units (stories or sentences)
 * with both ({@code k}), with each ({@code a}, {@code b}) and in all ({@code n}), as Spark column
 * expressions: these are what {@link Cooccurrence} computes and what the tests check. Logarithms
 * are natural.
 */
public final class Statistics {
  private Statistics() {}

  private static final ChiSquaredDistribution CHI2_1 = new ChiSquaredDistribution(null, 1);

  /** Expected units with both under independence: a * b / n (0 when n is 0). */
  public static Column expected(Column a, Column b, Column n) {
    return when(n.equalTo(0), lit(0.0)).otherwise(a.cast("double").multiply(b).divide(n));
  }

  /** Pointwise mutual information ln(k n / (a b)); null without co-occurrence. */
  public static Column pmi(Column k, Column a, Column b, Column n) {
    return when(
        k.gt(0).and(a.gt(0)).and(b.gt(0)).and(n.gt(0)),
        log(k.cast("double").multiply(n).divide(a.cast("double").multiply(b))));
  }

  /**
   * PMI normalized to [-1, 1] by -ln(k / n); null without co-occurrence, and when the pair is in
   * every unit of the period (k = n), where it is undefined.
   */
  public static Column npmi(Column k, Column a, Column b, Column n) {
    return when(k.lt(n), pmi(k, a, b, n).divide(negate(log(k.cast("double").divide(n)))));
  }

  /**
   * Dunning's log-likelihood ratio G2 of the 2x2 table (both, a only, b only, neither): 2
   * sum(observed ln(observed / expected)) over the non-empty cells, at least 0. Counts that cannot
   * make a table (more units together than alone) fail the query.
   */
  public static Column g2(Column k, Column a, Column b, Column n) {
    Column kd = k.cast("double");
    Column ad = a.cast("double");
    Column bd = b.cast("double");
    Column nd = n.cast("double");
    Column[] cells = {kd, ad.minus(kd), bd.minus(kd), nd.minus(ad).minus(bd).plus(kd)};
    Column[] expected = {
      ad.multiply(bd).divide(nd),
      ad.multiply(nd.minus(bd)).divide(nd),
      nd.minus(ad).multiply(bd).divide(nd),
      nd.minus(ad).multiply(nd.minus(bd)).divide(nd)
    };
    Column sum = lit(0.0);
    Column inconsistent = lit(false);
    for (int i = 0; i < 4; i++) {
      sum =
          sum.plus(
              when(cells[i].gt(0), cells[i].multiply(log(cells[i].divide(expected[i]))))
                  .otherwise(0.0));
      inconsistent = inconsistent.or(cells[i].lt(0));
    }
    Column counts =
        concat_ws(
            " ",
            lit("k="),
            k.cast("string"),
            lit("a="),
            a.cast("string"),
            lit("b="),
            b.cast("string"),
            lit("n="),
            n.cast("string"));
    return when(
            inconsistent, raise_error(concat(lit("inconsistent counts "), counts)).cast("double"))
        .otherwise(greatest(lit(0.0), sum.multiply(2)));
  }

  /** The p-value of G2 under a chi-squared distribution with one degree of freedom. */
  public static double pValue(double g2) {
    return g2 <= 0 ? 1.0 : 1.0 - CHI2_1.cumulativeProbability(g2);
  }

  private static final UserDefinedFunction P_VALUE =
      udf((UDF1<Double, Double>) g -> g == null ? null : pValue(g), DataTypes.DoubleType);

  /** {@link #pValue} of a G2 column. */
  public static Column pValue(Column g2) {
    return P_VALUE.apply(g2);
  }

  /** Jaccard similarity of the two sets of units: k / (a + b - k); 0 when both are empty. */
  public static Column jaccard(Column k, Column a, Column b) {
    Column union = a.plus(b).minus(k);
    return when(union.equalTo(0), lit(0.0)).otherwise(k.cast("double").divide(union));
  }
}
