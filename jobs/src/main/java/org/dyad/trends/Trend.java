package org.dyad.trends;

import java.util.Locale;

/** The trend label of a count in a period against its trailing baseline (see {@link Trends}). */
public enum Trend {
  /** Not in any period of the baseline. */
  NEW,
  /** z-score at or above the threshold. */
  RISING,
  /** z-score at or below minus the threshold. */
  FALLING,
  /** Neither. */
  STABLE,
  /** In the previous period, absent in this one (a row with count 0). */
  GONE;

  /** The label written in the reports: new, rising, falling, stable, gone. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
