package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dyad's actor file format: one line per actor role, fields separated by {@code |}, {@code #}
 * starts a comment. Lines with the same name and type are one actor (roles and aliases accumulate).
 *
 * <pre>
 * # name          | type    | code   | dates                  | aliases                             | source
 * Donald Trump    | person  | USAGOV | 2017-01-20..2021-01-20 | Trump; President Trump              | https://...
 * Iran            | country | IRN    |                        | Iranian@demonym; Tehran@capital     | Phoenix
 * </pre>
 *
 * <ul>
 *   <li>type: country, person, organisation, group, location, or ignore (a phrase that is never an
 *       actor)
 *   <li>code: a CAMEO code, or empty
 *   <li>dates: {@code FROM..TO} (inclusive, ISO dates, either side may be empty) or empty for the
 *       role that holds when no dated one does
 *   <li>aliases: {@code ;}-separated surface forms; {@code @demonym}, {@code @capital},
 *       {@code @city}, {@code @region} or {@code @feature} says how an alias names a country; a
 *       final {@code *} also matches the plural (-s, -es)
 *   <li>source: where the entry comes from (required in Dyad's own supplement)
 * </ul>
 */
public final class ActorFile {
  private ActorFile() {}

  public static final String HEADER = "# name | type | code | dates | aliases | source";

  /** One parsed line. */
  public record Entry(
      String name,
      ActorType type,
      String code,
      LocalDate from,
      LocalDate to,
      List<Alias> aliases,
      String source,
      int line) {}

  /**
   * @param file the file's name, for error messages
   * @throws IllegalArgumentException with {@code file:line: reason} for the first bad line
   */
  public static List<Entry> read(BufferedReader in, String file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) continue;
      try {
        entries.add(parse(content, number));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
      }
    }
    return entries;
  }

  private static Entry parse(String content, int line) {
    String[] f = content.split("\\|", -1);
    if (f.length < 2 || f.length > 6) {
      throw new IllegalArgumentException(
          "expected 2 to 6 fields separated by '|' (name | type | code | dates | aliases | source),"
              + " found "
              + f.length);
    }
    String name = f[0].strip();
    if (name.isEmpty()) throw new IllegalArgumentException("empty name");
    if (name.indexOf('\uFFFD') >= 0)
      throw new IllegalArgumentException("name contains an invalid character (U+FFFD)");
    ActorType type = ActorType.fromCode(f[1]);
    String code = field(f, 2);
    if (!code.isEmpty() && !code.matches("[A-Z0-9~]+")) {
      throw new IllegalArgumentException(
          "code '" + code + "' is not a CAMEO code (upper-case letters and digits)");
    }
    LocalDate from = null;
    LocalDate to = null;
    String dates = field(f, 3);
    if (!dates.isEmpty()) {
      int dots = dates.indexOf("..");
      if (dots < 0)
        throw new IllegalArgumentException(
            "dates '" + dates + "' must be FROM..TO (either side may be empty)");
      from = date(dates.substring(0, dots));
      to = date(dates.substring(dots + 2));
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("dates '" + dates + "' end before they start");
      }
      if (code.isEmpty()) throw new IllegalArgumentException("dates without a code");
    }
    List<Alias> aliases = new ArrayList<>();
    for (String raw : field(f, 4).split(";")) {
      String a = raw.strip();
      if (a.isEmpty()) continue;
      AliasKind kind = AliasKind.NAME;
      int at = a.lastIndexOf('@');
      if (at >= 0) {
        kind = AliasKind.fromCode(a.substring(at + 1));
        a = a.substring(0, at).strip();
      }
      boolean plural = a.endsWith("*");
      if (plural) a = a.substring(0, a.length() - 1).strip();
      if (a.isEmpty()) throw new IllegalArgumentException("empty alias");
      aliases.add(new Alias(a, kind, plural));
    }
    return new Entry(
        name,
        type,
        code.isEmpty() ? null : code,
        from,
        to,
        aliases,
        emptyToNull(field(f, 5)),
        line);
  }

  private static String field(String[] f, int i) {
    return i < f.length ? f[i].strip() : "";
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static LocalDate date(String s) {
    String t = s.strip();
    if (t.isEmpty()) return null;
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date '" + t + "' is not YYYY-MM-DD");
    }
  }

  /** Writes one line; the inverse of reading it. */
  public static void write(
      Writer out, String name, ActorType type, Role role, List<Alias> aliases, String source)
      throws IOException {
    StringBuilder a = new StringBuilder();
    for (Alias alias : aliases) {
      if (a.length() > 0) a.append("; ");
      a.append(alias.text());
      if (alias.plural()) a.append('*');
      if (alias.kind() != AliasKind.NAME) a.append('@').append(alias.kind().code());
    }
    out.write(
        String.join(
            " | ",
            name,
            type.code(),
            role == null ? "" : role.code(),
            role == null ? "" : role.dates(),
            a.toString(),
            source == null ? "" : source));
    out.write('\n');
  }
}
