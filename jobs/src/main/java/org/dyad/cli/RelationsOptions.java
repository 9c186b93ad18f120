package org.dyad.cli;

import org.dyad.config.RelationsConfig;
import picocli.CommandLine.Option;

/** Options of co-occurrence, trends and evidence. */
public final class RelationsOptions {
  @Option(names = "--period", paramLabel = "P", description = "day, week (ISO) or month; UTC (default: week).")
  String period;

  @Option(names = "--window", paramLabel = "W", description = "sentence: actors in one sentence (default); article: in one story.")
  String window;

  @Option(names = "--sentence-span", paramLabel = "N", description = "With the sentence window: mentions up to N sentences apart count (default: 0).")
  Integer sentenceSpan;

  @Option(names = "--min-support", paramLabel = "N", description = "Leave out pairs co-occurring in fewer than N stories of a period (default: 2).")
  Integer minSupport;

  @Option(names = "--max-actors-per-article", paramLabel = "N", description = "Pairs from at most the N most mentioned actors of a story (default: 30).")
  Integer maxActorsPerArticle;

  @Option(names = "--baseline", paramLabel = "N", description = "Trailing periods a period is compared with (default: 4).")
  Integer baselinePeriods;

  @Option(names = "--evidence", paramLabel = "N", description = "Example sentences per dyad and period (default: 3).")
  Integer evidence;

  void applyTo(RelationsConfig c) {
    if (period != null) c.period = period;
    if (window != null) c.window = window;
    if (sentenceSpan != null) c.sentenceSpan = sentenceSpan;
    if (minSupport != null) c.minSupport = minSupport;
    if (maxActorsPerArticle != null) c.maxActorsPerArticle = maxActorsPerArticle;
    if (baselinePeriods != null) c.baselinePeriods = baselinePeriods;
    if (evidence != null) c.evidence = evidence;
  }
}
