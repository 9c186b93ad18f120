package org.dyad.spark;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.Statistics;
import org.apache.spark.sql.execution.LogicalRDD;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Kept intermediate results: the same rows, a plan of one leaf with real sizes, and released. */
class KeptTest {
  @Test
  void keepsTheRowsBehindALeafWithTheirRealCount() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> joined =
        spark
            .sql("select * from values ('a', 1), ('b', 2), ('c', 3) as t(k, v)")
            .join(spark.sql("select * from values ('a', 10), ('b', 20), ('b', 21) as u(k, w)"), "k")
            .groupBy("k")
            .agg(sum("w").as("w"), max("v").as("v"));
    List<Row> expected = joined.orderBy("k").collectAsList();

    Dataset<Row> kept = Kept.keep(joined);
    assertInstanceOf(
        LogicalRDD.class, kept.queryExecution().analyzed(), "the plan is cut to one leaf");
    assertEquals(List.of(joined.columns()), List.of(kept.columns()));
    assertEquals(expected, kept.orderBy("k").collectAsList());
    Statistics stats = kept.queryExecution().optimizedPlan().stats();
    assertEquals(2L, stats.rowCount().get().longValue(), "the kept rows' real count");
    assertTrue(
        stats.sizeInBytes().longValue() < 1024,
        "the kept rows' real size, not Spark's default of 8 EiB: " + stats.sizeInBytes());

    // built on further, joined with itself (fresh attributes), it gives the same answers as the
    // plan it cut
    Dataset<Row> again =
        kept.as("x")
            .join(kept.as("y"), col("x.k").equalTo(col("y.k")))
            .select(col("x.k"), col("y.w"));
    assertEquals(2, again.count());
    Row b = again.where(col("x.k").equalTo("b")).first();
    assertEquals("b", b.getString(0));
    assertEquals(41L, b.getLong(1));

    LogicalRDD leaf = (LogicalRDD) kept.queryExecution().analyzed();
    assertTrue(leaf.rdd().getStorageLevel().useMemory());
    Kept.release(kept);
    assertFalse(
        leaf.rdd().getStorageLevel().isValid() && leaf.rdd().getStorageLevel().useMemory(),
        "released");
  }

  @Test
  void keepsAnEmptyResult() {
    Dataset<Row> none =
        SparkTestSession.get().sql("select * from values ('a', 1) as t(k, v)").where("v > 5");
    Dataset<Row> kept = Kept.keep(none);
    assertEquals(0, kept.count());
    assertEquals(0L, kept.queryExecution().optimizedPlan().stats().rowCount().get().longValue());
    Kept.release(kept);
  }
}
