package org.dyad.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One canonical actor of the dictionary: its id, name, type, date-bounded CAMEO roles, aliases and
 * where it was defined. Mutable while files are read; read-only afterwards.
 */
public final class Actor implements Serializable {
  public final String id;
  public final String name;
  public final ActorType type;
  public final List<Role> roles = new ArrayList<>();
  public final Set<Alias> aliases = new LinkedHashSet<>();
  /** 0 for the Phoenix dictionaries, 1 for Dyad's supplement, 2 for the user's files: later wins a phrase. */
  public int priority;
  public String source;

  public Actor(String id, String name, ActorType type, int priority, String source) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.priority = priority;
    this.source = source;
  }

  /** The role an article's date selects, and whether the date decided it. */
  public record Chosen(Role role, boolean byDate) implements Serializable {}

  /**
   * The role valid on {@code date}: among the roles covering it, the one with the latest start (the
   * most specific); else the undated default. Without a date the undated default, else the latest
   * role, flagged as not chosen by date.
   */
  public Optional<Chosen> roleOn(LocalDate date) {
    if (date != null) {
      Optional<Role> dated =
          roles.stream()
              .filter(r -> r.dated() && r.covers(date))
              .max(Comparator.comparing((Role r) -> r.from() == null ? LocalDate.MIN : r.from()).thenComparing(Role::code));
      if (dated.isPresent()) return Optional.of(new Chosen(dated.get(), true));
      return roles.stream().filter(r -> !r.dated()).findFirst().map(r -> new Chosen(r, true));
    }
    Optional<Role> undated = roles.stream().filter(r -> !r.dated()).findFirst();
    if (undated.isPresent()) return Optional.of(new Chosen(undated.get(), false));
    return roles.stream()
        .max(Comparator.comparing((Role r) -> r.to() == null ? LocalDate.MAX : r.to()).thenComparing(r -> r.from() == null ? LocalDate.MIN : r.from()))
        .map(r -> new Chosen(r, false));
  }

  /** The CAMEO country of a code: its first three letters when they name a country (not IGO, NGO, ...). */
  public static String countryOf(String code, Set<String> countryCodes) {
    if (code == null || code.length() < 3) return null;
    String prefix = code.substring(0, 3);
    return countryCodes.contains(prefix) ? prefix : null;
  }
}
