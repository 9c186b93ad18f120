package org.dyad.cli;

import org.dyad.config.RelationsConfig;
import org.dyad.config.TrendsConfig;
import org.dyad.relations.CooccurrenceWindow;
import org.dyad.trends.Period;
import picocli.CommandLine.Option;

/** Options of periods, co-occurrence, trends and evidence. */
public final class RelationsOptions {
  @Option(
      names = "--period",
      paramLabel = "P",
      description = "${COMPLETION-CANDIDATES}: day, ISO week or month, in UTC (default: week).")
  Period period;

  @Option(
      names = "--window",
      paramLabel = "W",
      description =
          "${COMPLETION-CANDIDATES}. sentence: two actors count together when in one sentence"
              + " (default); article: in one story.")
  CooccurrenceWindow window;

  @Option(
      names = "--sentence-span",
      paramLabel = "N",
      description =
          "With the sentence window: mentions up to N sentences apart count (default: 0).")
  Integer sentenceSpan;

  @Option(
      names = "--min-support",
      paramLabel = "N",
      description =
          "Leave out pairs co-occurring in fewer than N stories of a period (default: 2).")
  Integer minSupport;

  @Option(
      names = "--max-actors-per-article",
      paramLabel = "N",
      description = "Pairs from at most the N most mentioned actors of a story (default: 30).")
  Integer maxActorsPerArticle;

  @Option(
      names = "--baseline",
      paramLabel = "N",
      description = "Trailing periods a period is compared with (default: 4).")
  Integer baselinePeriods;

  @Option(
      names = "--evidence",
      paramLabel = "N",
      description = "Example sentences per dyad and period (default: 3).")
  Integer evidence;

  @Option(
      names = "--keep-affiliations",
      description =
          "Keep pairs of an actor and its own country, government body or party (Kohl and Germany)"
              + " in the relationship reports.")
  boolean keepAffiliations;

  void applyTo(RelationsConfig c, TrendsConfig t) {
    if (period != null) t.period = period;
    if (baselinePeriods != null) t.baselinePeriods = baselinePeriods;
    if (window != null) c.window = window;
    if (sentenceSpan != null) c.sentenceSpan = sentenceSpan;
    if (minSupport != null) c.minSupport = minSupport;
    if (maxActorsPerArticle != null) c.maxActorsPerArticle = maxActorsPerArticle;
    if (evidence != null) c.evidence = evidence;
    if (keepAffiliations) c.keepAffiliations = true;
  }
}
