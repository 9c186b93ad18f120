package org.dyad.actors;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A CAMEO code an actor holds, optionally bounded by dates (inclusive); unbounded means "by
 * default". {@code origin} is the priority of the file that gave it: 0 the Phoenix dictionaries, 1
 * Dyad's supplement, 2 the user's files.
 */
public record Role(String code, LocalDate from, LocalDate to, int origin) implements Serializable {
  public Role(String code, LocalDate from, LocalDate to) {
    this(code, from, to, 0);
  }

  /** Where the role comes from, as the mentions table says it: dictionary, supplement or user. */
  public String source() {
    return switch (origin) {
      case 0 -> "dictionary";
      case 1 -> "supplement";
      default -> "user";
    };
  }

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
