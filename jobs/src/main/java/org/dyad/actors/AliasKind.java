package org.dyad.actors;

import java.util.Locale;

/**
 * How an alias names its actor. Places named for a country (its capital, cities, regions) stand for
 * the country only as metonymy ("Tehran said"); after "in", "to" or "from" they are locations.
 */
public enum AliasKind {
  NAME,
  DEMONYM,
  CAPITAL,
  CITY,
  REGION,
  FEATURE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPlace() {
    return this == CAPITAL || this == CITY || this == REGION || this == FEATURE;
  }

  public static AliasKind fromCode(String code) {
    for (AliasKind k : values()) {
      if (k.code().equals(code.strip().toLowerCase(Locale.ROOT))) return k;
    }
    throw new IllegalArgumentException(
        "unknown alias kind '@"
            + code
            + "' (expected @demonym, @capital, @city, @region or @feature)");
  }
}
