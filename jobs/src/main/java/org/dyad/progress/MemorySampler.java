package org.dyad.progress;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the JVM's used heap and the process's resident set every 100 ms on a daemon thread,
 * keeping the peaks since the last {@link #reset()}. Stages run one after another, so a reset at
 * each stage start gives per-stage peaks. The resident set comes from /proc/self/status and is 0
 * where that file does not exist.
 */
final class MemorySampler {
  static final MemorySampler INSTANCE = new MemorySampler();
  private static final Path STATUS = Path.of("/proc/self/status");

  record Peak(long heapMib, long rssMib) {}

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong heap = new AtomicLong();
  private final AtomicLong rss = new AtomicLong();

  private MemorySampler() {
    Thread thread = new Thread(this::loop, "dyad-memory-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  void reset() {
    heap.set(0);
    rss.set(0);
    sample();
  }

  Peak peak() {
    sample();
    return new Peak(heap.get() >> 20, rss.get() >> 20);
  }

  private void loop() {
    while (true) {
      sample();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    heap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    rss.accumulateAndGet(residentBytes(), Math::max);
  }

  private static long residentBytes() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no resident set figure
    }
    return 0;
  }
}
