package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.config.ConfigException;
import org.dyad.eval.PetrarchUnitTests;
import org.dyad.home.DyadHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Dyad's event coder on PETRARCH-2's unit-test records with their own small"
          + " dictionaries: the share of their events coded exactly (source, target, code) and by"
          + " root, and the events coded where the records have none. No Spark."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Option(
      names = "--petrarch",
      paramLabel = "DIR",
      description = "Folder of the records (default: ../shared/data/event_coding/petrarch2_tests).")
  Path petrarch;

  @Option(names = "--list", description = "Print every record with what it wants and got.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    Path dir =
        petrarch != null ? petrarch : DyadHome.sharedData().resolve("event_coding/petrarch2_tests");
    if (!Files.isRegularFile(dir.resolve("PETR.UnitTest.records.xml")))
      throw new ConfigException("--petrarch: no PETR.UnitTest.records.xml in " + dir);
    PetrarchUnitTests.Score s = PetrarchUnitTests.score(dir);
    if (list) s.lines().forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "PETRARCH-2 unit tests: %d records, %d events expected; coded exactly (source, target,"
            + " code) %d (%.3f); with the right root %d (%.3f); %d events coded, %d of them not"
            + " expected%n",
        s.records(),
        s.expected(),
        s.exact(),
        s.expected() == 0 ? 0.0 : (double) s.exact() / s.expected(),
        s.byRoot(),
        s.expected() == 0 ? 0.0 : (double) s.byRoot() / s.expected(),
        s.predicted(),
        s.extra());
    return 0;
  }
}
