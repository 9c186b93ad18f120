package org.dyad.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One line per stage, with its counts and elapsed time; the stages are kept for the run manifest. A
 * stage that runs longer than {@link #TICK_SECONDS} also prints a line every {@link #TICK_SECONDS}
 * seconds with what it has done so far (Spark tasks finished, or what the stage reports itself).
 */
public final class Progress {
  /** Seconds between the progress lines of a long stage. */
  static final int TICK_SECONDS = 15;

  private final PrintStream out;
  private final long started = System.nanoTime();
  private final List<StageRecord> stages = new ArrayList<>();
  private volatile Stage current;
  private volatile SparkTasks tasks;
  private ScheduledExecutorService ticker;

  /**
   * One finished stage. Memory is that of the driver JVM, which in local mode holds the executors
   * too: the largest heap in use and the largest resident set sampled while the stage ran.
   */
  public record StageRecord(
      String name,
      double seconds,
      Map<String, Long> counts,
      String summary,
      @JsonProperty("peak_heap_mib") long peakHeapMib,
      @JsonProperty("peak_rss_mib") long peakRssMib) {}

  public Progress(PrintStream out) {
    this.out = out;
  }

  /** Long stages report the Spark tasks they have finished on their progress lines. */
  public Progress watching(SparkTasks tasks) {
    this.tasks = tasks;
    return this;
  }

  public synchronized Stage start(String name) {
    MemorySampler.INSTANCE.reset();
    if (tasks != null) {
      tasks.mark();
      tasks.name(name);
    }
    Stage stage = new Stage(name);
    current = stage;
    if (ticker == null) {
      ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "dyad-progress");
                t.setDaemon(true);
                return t;
              });
    }
    stage.tick =
        ticker.scheduleAtFixedRate(stage::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    return stage;
  }

  /** The stage running now, or null between stages. */
  public String currentStage() {
    Stage s = current;
    return s == null ? null : s.name;
  }

  public List<StageRecord> stages() {
    return stages;
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  public synchronized void note(String message) {
    out.println("[dyad] " + message);
    out.flush();
  }

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  public final class Stage {
    private final String name;
    private final long start = System.nanoTime();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private volatile String detail;
    private ScheduledFuture<?> tick;

    private Stage(String name) {
      this.name = name;
    }

    public Stage count(String what, long n) {
      counts.put(what, n);
      return this;
    }

    public double elapsedSeconds() {
      return (System.nanoTime() - start) / 1e9;
    }

    /** What the stage is doing now (e.g. "epoch 3 of 12"), shown on its next progress line. */
    public void detail(String now) {
      detail = now;
    }

    /** Prints a line about the stage at once (a step worth seeing as it happens). */
    public void report(String message) {
      note(String.format(Locale.ROOT, "  %-12s %s  (%.0f s)", name, message, elapsedSeconds()));
    }

    private void tick() {
      StringBuilder line = new StringBuilder("running");
      String d = detail;
      if (d != null) line.append(": ").append(d);
      SparkTasks t = tasks;
      String done = t == null ? null : t.get();
      if (done != null) line.append(d == null ? ": " : "; ").append(done);
      report(line.toString());
    }

    /** Ends the stage and prints its line. */
    public void done(String summary) {
      if (tick != null) tick.cancel(false);
      double seconds = elapsedSeconds();
      MemorySampler.Peak peak = MemorySampler.INSTANCE.peak();
      stages.add(
          new StageRecord(
              name,
              Math.round(seconds * 1000) / 1000.0,
              counts,
              summary,
              peak.heapMib(),
              peak.rssMib()));
      if (current == this) current = null;
      note(
          String.format(
              Locale.ROOT,
              "%-14s %s  (%.1f s, heap %,d MiB)",
              name,
              summary,
              seconds,
              peak.heapMib()));
    }

    /**
     * Ends a stage that failed: no line of its own (the failure is reported), but its time is kept.
     */
    public void failed(String error) {
      if (tick != null) tick.cancel(false);
      MemorySampler.Peak peak = MemorySampler.INSTANCE.peak();
      stages.add(
          new StageRecord(
              name,
              Math.round(elapsedSeconds() * 1000) / 1000.0,
              counts,
              "FAILED: " + error,
              peak.heapMib(),
              peak.rssMib()));
    }
  }

  /** Ends the stage running now, if any, as failed. */
  public void failCurrent(String error) {
    Stage s = current;
    if (s != null) {
      s.failed(error);
      current = null;
    }
  }
}
