package org.dyad.config;

/** Configuration of co-occurrence statistics, trends and evidence. */
public final class RelationsConfig {
  /** day, week (ISO 8601) or month; dates are UTC. */
  public String period = "week";

  /** article: two actors in one story; sentence: in one sentence (or within sentenceSpan sentences). */
  public String window = "sentence";

  /** With the sentence window: how many sentences apart two mentions may be (0: the same sentence). */
  public int sentenceSpan = 0;

  /** Pairs co-occurring (in the window) in fewer stories of a period are left out as noise. */
  public int minSupport = 2;

  /** At most this many actors of one story (the most mentioned) form pairs: keeps pair counts linear. */
  public int maxActorsPerArticle = 30;

  /** Periods of the trailing baseline a period is compared with. */
  public int baselinePeriods = 4;

  /** |z| at or above which a dyad is labelled rising or falling. */
  public double zThreshold = 2.0;

  /** Example sentences kept per dyad and period. */
  public int evidence = 3;
}
