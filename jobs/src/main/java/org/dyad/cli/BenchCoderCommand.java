package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.events.EventCoder;
import org.dyad.events.EventCoding;
import org.dyad.events.EventTypes;
import org.dyad.tables.Col;
import org.dyad.tables.EventTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench-coder",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the event coder alone, on one thread: the sentences and mentions of earlier"
          + " reports, read with Spark into memory in the events stage's order, then coded ROUNDS"
          + " times as the stage's tasks code them; prints each round's time, the sentences naming"
          + " an actor (the stage's candidates) per second and events (the first round is cold: the"
          + " JIT compiles the coder as it runs). docs/BENCHMARKS.md."
    })
final class BenchCoderCommand implements Callable<Integer> {
  @Parameters(paramLabel = "REPORTS", description = "A reports folder with sentences and mentions.")
  Path reports;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "How many times to code the sentences (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws Exception {
    if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1");
    for (String table : List.of("sentences", "mentions"))
      if (!Files.isDirectory(reports.resolve(table)))
        throw new IllegalArgumentException(
            "no " + table + " table in " + reports + ": give a folder of Dyad's reports");
    SparkSession spark = sparkOptions.start("bench-coder", 0);
    List<Row> rows;
    try {
      rows =
          EventCoding.byArticle(
                  spark.read().parquet(reports.resolve("sentences").toString()),
                  spark.read().parquet(reports.resolve("mentions").toString()))
              .collectAsList();
    } finally {
      spark.stop();
    }
    EventCoder coder = EventCoder.shipped();
    EventTypes types = EventTypes.shipped();
    int eventsAt = EventTables.CODED_SENTENCE.fieldIndex(Col.SENTENCE_EVENTS);
    System.out.printf("%,d sentence and mention rows, from %s%n", rows.size(), reports);
    for (int r = 1; r <= rounds; r++) {
      long start = System.nanoTime();
      long events = 0;
      long sentences = 0;
      for (Row out : EventCoding.codeInThisThread(rows, coder, types)) {
        events += out.getList(eventsAt).size();
        sentences++;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %.2f s, %,d sentences naming an actor, %,.0f per second on one thread,"
              + " %,d events%n",
          r, seconds, sentences, sentences / seconds, events);
    }
    return 0;
  }
}
