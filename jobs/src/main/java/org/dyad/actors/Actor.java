package org.dyad.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

  /**
   * 0 for the Phoenix dictionaries, 1 for Dyad's supplement, 2 for the user's files: later wins a
   * phrase.
   */
  public int priority;

  public String source;

  public Actor(String id, String name, ActorType type, int priority, String source) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.priority = priority;
    this.source = source;
  }

  /**
   * The role an article's date selects, whether the date decided it, and whether it is a former
   * office-holder's ("CCCELI", given after a government, military, legislative or judicial role
   * ended).
   */
  public record Chosen(Role role, boolean byDate, boolean former) implements Serializable {
    public Chosen(Role role, boolean byDate) {
      this(role, byDate, false);
    }
  }

  /**
   * The last day an office the Phoenix dictionaries leave open is taken to be held: their last
   * dated entries are of 2015 (docs/ACTORS.md, "Roles and dates").
   */
  public static final LocalDate DICTIONARY_HORIZON = LocalDate.of(2016, 12, 31);

  /** Agents whose holders become CAMEO elites ("ELI") once their role has ended. */
  private static final Pattern OFFICE = Pattern.compile("[A-Z]{3}(GOV|MIL|LEG|JUD|SPY|OPP)[A-Z]*");

  /**
   * The role valid on {@code date}: among the roles covering it, the one from the highest-priority
   * file (the user's, then Dyad's supplement, then Phoenix), then the latest start (the most
   * specific); an open-ended role from a lower-priority file ends where a higher-priority role of
   * the same code ends, and an office it leaves open ends on {@link #DICTIONARY_HORIZON} (the
   * Phoenix dictionaries stop around 2015 with the roles of that time left open). Without a
   * covering role: the undated default; else, after a government, military, legislative or judicial
   * role has ended, the former office-holder's code (the country and ELI). Without a date the
   * undated default, else the latest role, flagged as not chosen by date.
   */
  public Optional<Chosen> roleOn(LocalDate date) {
    if (date != null) {
      Optional<Role> dated =
          roles.stream()
              .filter(r -> r.dated() && covers(r, date))
              .max(
                  Comparator.comparingInt(Role::origin)
                      .thenComparing((Role r) -> r.from() == null ? LocalDate.MIN : r.from())
                      .thenComparing(Role::code));
      if (dated.isPresent()) return Optional.of(new Chosen(dated.get(), true));
      Optional<Chosen> undated =
          roles.stream()
              .filter(r -> !r.dated())
              .max(Comparator.comparingInt(Role::origin))
              .map(r -> new Chosen(r, true));
      if (undated.isPresent()) return undated;
      return roles.stream()
          .filter(r -> r.dated() && effectiveEnd(r) != null && effectiveEnd(r).isBefore(date))
          .max(Comparator.comparing(this::effectiveEnd).thenComparingInt(Role::origin))
          .filter(r -> OFFICE.matcher(r.code()).matches() && !r.code().endsWith("ELI"))
          .map(
              r ->
                  new Chosen(
                      new Role(
                          r.code().substring(0, 3) + "ELI",
                          effectiveEnd(r).plusDays(1),
                          null,
                          r.origin()),
                      true,
                      true));
    }
    Optional<Role> undated =
        roles.stream().filter(r -> !r.dated()).max(Comparator.comparingInt(Role::origin));
    if (undated.isPresent()) return Optional.of(new Chosen(undated.get(), false));
    return roles.stream()
        .max(
            Comparator.comparing((Role r) -> r.to() == null ? LocalDate.MAX : r.to())
                .thenComparing(r -> r.from() == null ? LocalDate.MIN : r.from()))
        .map(r -> new Chosen(r, false));
  }

  private boolean covers(Role r, LocalDate date) {
    if (!r.covers(date)) return false;
    LocalDate end = effectiveEnd(r);
    return end == null || !date.isAfter(end);
  }

  /**
   * A role's end, or for an open-ended one the latest end a higher-priority file gives the same
   * code.
   */
  LocalDate effectiveEnd(Role r) {
    if (r.to() != null) return r.to();
    LocalDate end = null;
    // The Phoenix dictionaries end in 2011-2015 and leave the offices of that time open: an office
    // they leave open is taken to end when they do, unless a later file ends it.
    if (r.origin() == 0
        && r.from() != null
        && r.from().isBefore(DICTIONARY_HORIZON)
        && OFFICE.matcher(r.code()).matches()) end = DICTIONARY_HORIZON;
    for (Role h : roles) {
      if (h.origin() > r.origin()
          && h.code().equals(r.code())
          && h.to() != null
          && (r.from() == null || !h.to().isBefore(r.from()))) {
        if (end == null || end == DICTIONARY_HORIZON || h.to().isAfter(end)) end = h.to();
      }
    }
    return end;
  }

  /**
   * The CAMEO country of a code: its first three letters when they name a country (not IGO, NGO,
   * ...).
   */
  public static String countryOf(String code, Set<String> countryCodes) {
    if (code == null || code.length() < 3) return null;
    String prefix = code.substring(0, 3);
    return countryCodes.contains(prefix) ? prefix : null;
  }
}
