package org.dyad.progress;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts Spark tasks as they are submitted and finish, for the progress lines of long stages: "412
 * of 520 Spark tasks done" since the stage began. (Tasks are all a driver can see of work in
 * executors.)
 */
public final class SparkTasks extends SparkListener implements Supplier<String> {
  private final AtomicLong submitted = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private long submittedAtMark;
  private long finishedAtMark;
  private SparkContext context;

  public static SparkTasks attach(SparkContext sc) {
    SparkTasks tasks = new SparkTasks();
    tasks.context = sc;
    sc.addSparkListener(tasks);
    return tasks;
  }

  /**
   * Names the Spark jobs the calling thread starts from now on by Dyad's stage ("dyad: mentions"),
   * so that a user watching the Spark UI of a cluster run sees which stage each job belongs to.
   */
  public void name(String stage) {
    if (context != null) context.setJobGroup("dyad-" + stage, "dyad: " + stage, false);
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    submitted.addAndGet(event.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    finished.incrementAndGet();
  }

  /** Counts from now on (a Dyad stage starts). */
  public synchronized void mark() {
    submittedAtMark = submitted.get();
    finishedAtMark = finished.get();
  }

  @Override
  public synchronized String get() {
    long s = submitted.get() - submittedAtMark;
    long f = finished.get() - finishedAtMark;
    if (s == 0) return null;
    return String.format(Locale.ROOT, "%,d of %,d Spark tasks done", Math.min(f, s), s);
  }
}
