package org.dyad.ingest;

import java.util.Locale;

/**
 * What a bare number in a date field counts: the --epoch-unit option. {@code auto} reads the digit
 * counts whose unit is not in doubt for dates after 1973 (9-10 digits: seconds, 13: milliseconds)
 * and rejects the others (11, 12 and 14 or more), which could be either: 253402300800 is year 10000
 * in seconds and 1978 in milliseconds.
 */
public enum EpochUnit {
  AUTO,
  SECONDS,
  MILLISECONDS;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
