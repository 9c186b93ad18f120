package org.dyad.actors;

import java.io.Serializable;
import java.time.LocalDate;

/** A CAMEO code an actor holds, optionally bounded by dates (inclusive); unbounded means "by default". */
public record Role(String code, LocalDate from, LocalDate to) implements Serializable {
  public boolean dated() {
    return from != null || to != null;
  }

  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** {@code 2017-01-20..2021-01-20}, {@code ..2021-01-20}, {@code 2017-01-20..} or empty. */
  public String dates() {
    if (!dated()) return "";
    return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
  }
}
