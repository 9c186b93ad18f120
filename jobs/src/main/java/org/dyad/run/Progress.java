package org.dyad.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One line per stage, with its counts and elapsed time; the stages are kept for the run manifest. */
public final class Progress {
  private final PrintStream out;
  private final long started = System.nanoTime();
  private final List<StageRecord> stages = new ArrayList<>();

  /**
   * One finished stage. Memory is that of the driver JVM, which in local mode holds the executors too:
   * the largest heap in use and the largest resident set sampled while the stage ran.
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

  public Stage start(String name) {
    MemorySampler.INSTANCE.reset();
    return new Stage(name);
  }

  public List<StageRecord> stages() {
    return stages;
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  public void note(String message) {
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

    /** Ends the stage and prints its line. */
    public void done(String summary) {
      double seconds = (System.nanoTime() - start) / 1e9;
      MemorySampler.Peak peak = MemorySampler.INSTANCE.peak();
      stages.add(new StageRecord(
          name, Math.round(seconds * 1000) / 1000.0, counts, summary, peak.heapMib(), peak.rssMib()));
      out.printf(Locale.ROOT, "[dyad] %-14s %s  (%.1f s, heap %,d MiB)%n", name, summary, seconds, peak.heapMib());
      out.flush();
    }
  }
}
