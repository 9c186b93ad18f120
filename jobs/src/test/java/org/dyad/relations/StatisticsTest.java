package org.dyad.relations;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The column expressions Cooccurrence runs, evaluated by Spark on one row of counts; expected
 * values computed by hand and checked with scipy.stats.chi2 (see the numbers' comments).
 */
class StatisticsTest {
  /** expected, pmi, npmi, g2, p_value, jaccard of one 2x2 table, as Spark computes them. */
  private static Row stats(long k, long a, long b, long n) {
    Dataset<Row> counts =
        SparkTestSession.get()
            .createDataFrame(
                List.of(RowFactory.create(k, a, b, n)),
                DataTypes.createStructType(
                    new StructField[] {
                      DataTypes.createStructField("k", DataTypes.LongType, false),
                      DataTypes.createStructField("a", DataTypes.LongType, false),
                      DataTypes.createStructField("b", DataTypes.LongType, false),
                      DataTypes.createStructField("n", DataTypes.LongType, false)
                    }));
    Column kc = col("k"), ac = col("a"), bc = col("b"), nc = col("n");
    return counts
        .select(
            Statistics.expected(ac, bc, nc),
            Statistics.pmi(kc, ac, bc, nc),
            Statistics.npmi(kc, ac, bc, nc),
            Statistics.g2(kc, ac, bc, nc),
            Statistics.pValue(Statistics.g2(kc, ac, bc, nc)),
            Statistics.jaccard(kc, ac, bc))
        .first();
  }

  private static final int EXPECTED = 0, PMI = 1, NPMI = 2, G2 = 3, P = 4, JACCARD = 5;

  @Test
  void aSmallTableByHand() {
    // k=2 stories with both, a=3, b=4, n=10: cells (2, 1, 2, 5), expected (1.2, 1.8, 2.8, 4.2)
    Row r = stats(2, 3, 4, 10);
    assertEquals(1.2, r.getDouble(EXPECTED), 1e-12);
    assertEquals(Math.log(20.0 / 12), r.getDouble(PMI), 1e-12);
    assertEquals(0.31739380551401475, r.getDouble(NPMI), 1e-12);
    assertEquals(1.265374090222651, r.getDouble(G2), 1e-9);
    assertEquals(0.26063629462222193, r.getDouble(P), 1e-9);
    assertEquals(0.4, r.getDouble(JACCARD), 1e-12);
  }

  @Test
  void strongAndWeakAssociations() {
    Row always = stats(1, 1, 1, 27);
    assertEquals(1.0, always.getDouble(NPMI), 1e-12, "always together");
    assertEquals(8.554170787116696, always.getDouble(G2), 1e-9);
    assertEquals(0.003447314927257906, always.getDouble(P), 1e-9);
    Row less = stats(3, 15, 6, 27);
    assertEquals(-0.04795163714469229, less.getDouble(NPMI), 1e-12, "less than chance");
    assertEquals(0.0960185721163076, less.getDouble(G2), 1e-9);
    Row rare = stats(5, 20, 30, 1000);
    assertEquals(14.200341673735245, rare.getDouble(G2), 1e-9);
    assertEquals(0.0001643406696682246, rare.getDouble(P), 1e-9);
  }

  @Test
  void zeroCountsAndSingleStoryPeriods() {
    Row never = stats(0, 3, 4, 10);
    assertTrue(never.isNullAt(PMI), "never together: no PMI");
    assertTrue(never.isNullAt(NPMI));
    assertEquals(0.0, never.getDouble(JACCARD));
    assertTrue(never.getDouble(G2) > 0, "apart more than chance says is still evidence");
    // One story in the period holding both: no contrast at all.
    Row one = stats(1, 1, 1, 1);
    assertEquals(0.0, one.getDouble(PMI), 1e-12);
    assertTrue(one.isNullAt(NPMI), "undefined when the pair is in every story");
    assertEquals(0.0, one.getDouble(G2), 1e-12);
    assertEquals(1.0, one.getDouble(P));
    assertEquals(0.0, stats(0, 0, 0, 0).getDouble(EXPECTED));
    Exception e =
        assertThrows(Exception.class, () -> stats(3, 2, 4, 10), "more together than alone");
    assertTrue(String.valueOf(e.getMessage()).contains("inconsistent counts"), e.getMessage());
  }
}
