package org.dyad.config;

import org.dyad.trends.Period;
import org.dyad.trends.Trends;

/**
 * Periods and trends, the same for dyads, actors and topics: the period length, the trailing
 * baseline a period is compared with, the z-score that makes a trend, and the burst automaton of
 * topic trends.
 */
public final class TrendsConfig {
  /** day, week (ISO 8601) or month; dates are UTC. */
  public Period period = Period.WEEK;

  /** Periods of the trailing baseline a period is compared with. */
  public int baselinePeriods = 4;

  /** |z| at or above which a count is labelled rising or falling. */
  public double zThreshold = 2.0;

  /** Kleinberg burst automaton: the burst state's rate is this multiple of the base rate. */
  public double burstScale = 2.0;

  /** Kleinberg burst automaton: cost of entering a burst, in units of ln(number of periods). */
  public double burstGamma = 1.0;

  /** The settings trends are computed with; call on a validated configuration. */
  public Trends.Settings settings() {
    return new Trends.Settings(period, baselinePeriods, zThreshold, burstScale, burstGamma);
  }

  void validate(Problems p) {
    p.require(period != null, "--period: no value");
    p.require(baselinePeriods >= 1, "--baseline must be at least 1, not " + baselinePeriods);
    p.require(zThreshold > 0, "trends.zThreshold must be positive, not " + zThreshold);
    p.require(burstScale > 1, "trends.burstScale must be above 1, not " + burstScale);
    p.require(burstGamma >= 0, "trends.burstGamma must be 0 or more, not " + burstGamma);
  }
}
