package org.dyad.config;

import org.dyad.relations.CooccurrenceWindow;
import org.dyad.relations.RelationSettings;

/**
 * Configuration of co-occurrence statistics and evidence. Periods and trends: {@link TrendsConfig}.
 */
public final class RelationsConfig {
  /**
   * article: two actors in one story; sentence: in one sentence (or within sentenceSpan sentences).
   */
  public CooccurrenceWindow window = CooccurrenceWindow.SENTENCE;

  /**
   * With the sentence window: how many sentences apart two mentions may be (0: the same sentence).
   */
  public int sentenceSpan = 0;

  /** Pairs co-occurring (in the window) in fewer stories of a period are left out as noise. */
  public int minSupport = 2;

  /**
   * At most this many actors of one story (the most mentioned) form pairs: keeps pair counts
   * linear.
   */
  public int maxActorsPerArticle = 30;

  /** Example sentences kept per dyad and period. */
  public int evidence = 3;

  /**
   * Keep affiliation pairs (a person and their own country, government body or party) in the
   * relationship reports; by default they are only in the co-occurrence tables, marked.
   */
  public boolean keepAffiliations = false;

  /** The settings the relationship stages run with; call on a validated configuration. */
  public RelationSettings settings() {
    return new RelationSettings(
        window, sentenceSpan, minSupport, maxActorsPerArticle, evidence, keepAffiliations);
  }

  void validate(Problems p) {
    p.require(window != null, "--window: no value");
    p.require(sentenceSpan >= 0, "--sentence-span must be 0 or more, not " + sentenceSpan);
    p.require(minSupport >= 1, "--min-support must be at least 1, not " + minSupport);
    p.require(
        maxActorsPerArticle >= 2,
        "--max-actors-per-article must be at least 2, not " + maxActorsPerArticle);
    p.require(evidence >= 0, "--evidence must be 0 or more, not " + evidence);
  }
}
