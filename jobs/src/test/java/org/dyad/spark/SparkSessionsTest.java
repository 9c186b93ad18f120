package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/**
 * Spark sized to the data: few shuffle partitions for small inputs, more for large ones, never past
 * four per core.
 */
class SparkSessionsTest {
  @Test
  void shufflePartitionsFollowTheInputSize() {
    assertEquals(1, SparkSessions.shufflePartitions(2, 19_000), "the seeds: one");
    assertEquals(1, SparkSessions.shufflePartitions(8, 3L << 20));
    assertEquals(
        4,
        SparkSessions.shufflePartitions(2, 27L << 20),
        "Reuters 000-018 (27 MB): about one per 8 MB");
    assertEquals(8, SparkSessions.shufflePartitions(2, 10L << 30), "never more than four per core");
    assertEquals(
        16,
        SparkSessions.shufflePartitions(16, 5L << 20),
        "at least one per core once the input is not small");
  }

  @Test
  void aSmallInputRunsWithoutAdaptiveExecutionOrGeneratedCodeUnlessTheUserSaysOtherwise() {
    SparkConf seeds = SparkSessions.sizeToInput(new SparkConf().setMaster("local[2]"), 19_000);
    assertEquals("1", seeds.get("spark.sql.shuffle.partitions"));
    assertEquals("false", seeds.get("spark.sql.adaptive.enabled"));
    assertEquals("false", seeds.get("spark.sql.codegen.wholeStage"));
    assertEquals("NO_CODEGEN", seeds.get("spark.sql.codegen.factoryMode"));

    SparkConf reuters = SparkSessions.sizeToInput(new SparkConf().setMaster("local[2]"), 27L << 20);
    assertEquals("true", reuters.get("spark.sql.adaptive.enabled"));
    assertFalse(
        reuters.contains("spark.sql.codegen.wholeStage"), "Spark's own default: generated code");
    assertFalse(reuters.contains("spark.sql.codegen.factoryMode"));

    SparkConf unknown = SparkSessions.sizeToInput(new SparkConf().setMaster("local[2]"), 0);
    assertEquals("true", unknown.get("spark.sql.adaptive.enabled"));
    assertFalse(unknown.contains("spark.sql.codegen.wholeStage"));

    SparkConf given =
        SparkSessions.sizeToInput(
            new SparkConf().setMaster("local[2]").set("spark.sql.codegen.wholeStage", "true"),
            19_000);
    assertEquals("true", given.get("spark.sql.codegen.wholeStage"), "a setting the user gave wins");
  }

  @Test
  void localMastersGiveTheirCores() {
    assertEquals(1, SparkSessions.localCores("local"));
    assertEquals(3, SparkSessions.localCores("local[3]"));
    assertEquals(2, SparkSessions.localCores("local[2,4]"));
    assertEquals(Runtime.getRuntime().availableProcessors(), SparkSessions.localCores("local[*]"));
  }

  @Test
  void aClusterIsSizedByWhatTheSubmissionAskedFor() {
    SparkConf standalone = new SparkConf().setMaster("spark://127.0.0.1:7077");
    assertEquals(
        SparkSessions.CLUSTER_CORES,
        SparkSessions.cores(standalone),
        "nothing said: a small cluster");
    assertEquals(6, SparkSessions.cores(standalone.clone().set("spark.cores.max", "6")));
    SparkConf yarn =
        new SparkConf()
            .setMaster("yarn")
            .set("spark.executor.instances", "5")
            .set("spark.executor.cores", "3");
    assertEquals(15, SparkSessions.cores(yarn));
    assertEquals(3, SparkSessions.cores(new SparkConf().setMaster("local[3]")));
    // ten articles on a cluster: one shuffle partition, not Spark's 200
    assertEquals(1, SparkSessions.shufflePartitions(SparkSessions.cores(standalone), 19_000));
  }
}
