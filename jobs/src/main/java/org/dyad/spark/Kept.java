package org.dyad.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Statistics;
import org.apache.spark.sql.catalyst.plans.physical.UnknownPartitioning;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.sql.execution.LogicalRDD$;
import org.apache.spark.storage.StorageLevel;
import scala.Option;
import scala.math.BigInt;
import scala.reflect.ClassTag$;

/**
 * Intermediate results computed once and kept (in memory, spilling to disk), whose plan is cut to a
 * scan of the kept rows.
 *
 * <p>Why not {@code persist()}: a persisted Dataset keeps its whole logical plan, and Spark
 * analyzes, optimizes and matches against the cache the whole plan again for every Dataset built on
 * it. The relationship stages build a dozen Datasets on chains of joins; on one Reuters file the
 * driver spent 11 of the dyads stage's 17.5 s planning (docs/BENCHMARKS.md). A kept Dataset's plan
 * is one leaf.
 *
 * <p>Unlike {@code localCheckpoint()}, the kept rows are an ordinary persisted RDD: when an
 * executor is lost, Spark recomputes its partitions from their lineage, so a run survives a lost
 * worker.
 */
public final class Kept {
  private Kept() {}

  /**
   * The rows of {@code rows}, computed now (one Spark job) and kept; the plan of the result is a
   * leaf with the real row count and size, so joins on it are planned from real sizes.
   */
  public static Dataset<Row> keep(Dataset<Row> rows) {
    SparkSession spark = rows.sparkSession();
    LogicalPlan analyzed = rows.queryExecution().analyzed();
    JavaRDD<InternalRow> internal =
        new JavaRDD<>(rows.queryExecution().toRdd(), ClassTag$.MODULE$.apply(InternalRow.class));
    // Spark's operators reuse their output row: each kept row is a copy.
    JavaRDD<InternalRow> copied =
        internal.map(InternalRow::copy).persist(StorageLevel.MEMORY_AND_DISK());
    copied.setName("kept: " + String.join(", ", rows.columns()));
    long[] countAndBytes =
        copied
            .mapPartitions(
                it -> {
                  long n = 0;
                  long bytes = 0;
                  while (it.hasNext()) {
                    InternalRow r = it.next();
                    n++;
                    bytes += r instanceof UnsafeRow u ? u.getSizeInBytes() : 64;
                  }
                  return List.of(new long[] {n, bytes}).iterator();
                })
            .fold(new long[] {0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    Statistics stats =
        new Statistics(
            BigInt.apply(Math.max(1, countAndBytes[1])),
            Option.apply(BigInt.apply(countAndBytes[0])),
            Statistics.apply$default$3(),
            false);
    RDD<InternalRow> rdd = copied.rdd();
    LogicalRDD leaf =
        new LogicalRDD(
            analyzed.output(),
            rdd,
            new UnknownPartitioning(0),
            LogicalRDD$.MODULE$.$lessinit$greater$default$4(),
            false,
            spark,
            Option.apply(stats),
            Option.empty());
    return Dataset.ofRows(spark, leaf);
  }

  /** Lets go of the rows {@link #keep} kept; a Dataset that was not kept is unpersisted. */
  public static void release(Dataset<?> rows) {
    LogicalPlan plan = rows.queryExecution().analyzed();
    if (plan instanceof LogicalRDD leaf) leaf.rdd().unpersist(false);
    else rows.unpersist();
  }
}
