package org.dyad.progress;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

class SparkTasksTest {
  /** Each Spark job a stage runs is named by the stage in the Spark UI ("dyad: mentions"). */
  @Test
  void sparkJobsAreNamedByTheirStage() throws Exception {
    SparkContext sc = SparkTestSession.get().sparkContext();
    List<String> descriptions = new CopyOnWriteArrayList<>();
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart job) {
            descriptions.add(job.properties().getProperty("spark.job.description"));
          }
        };
    sc.addSparkListener(listener);
    try {
      Progress progress =
          new Progress(new PrintStream(new ByteArrayOutputStream()))
              .watching(SparkTasks.attach(sc));
      Progress.Stage stage = progress.start("mentions");
      SparkTestSession.get().range(10).count();
      stage.done("counted");
      Progress.Stage next = progress.start("dyads");
      SparkTestSession.get().range(5).count();
      next.done("counted");
      sc.listenerBus().waitUntilEmpty();
      assertTrue(
          descriptions.contains("dyad: mentions") && descriptions.contains("dyad: dyads"),
          descriptions.toString());
    } finally {
      sc.removeSparkListener(listener);
      sc.clearJobGroup();
    }
  }
}
