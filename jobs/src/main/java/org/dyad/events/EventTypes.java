package org.dyad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CAMEO event codes: name, Goldstein score (GDELT's {@code CAMEO.goldsteinscale.txt}), PLOVER
 * type, mode and context (the Open Event Data Alliance's {@code CAMEO2PLOVER-2021.txt}), quad class
 * by GDELT's convention. A code the tables lack (a dictionary's finer code) takes its nearest
 * parent's values. Shipped compiled as {@value #RESOURCE} ({@code dyad compile-verbs}).
 */
public final class EventTypes implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "/org/dyad/events/cameo-event-types.tsv";

  /** One code's row. {@code ploverType} is null where PLOVER has none (CAMEO roots 01, 02). */
  public record Type(
      String code,
      String name,
      Double goldstein,
      String ploverType,
      String ploverMode,
      String ploverContext)
      implements Serializable {}

  private final Map<String, Type> types;

  EventTypes(Map<String, Type> types) {
    this.types = Map.copyOf(types);
  }

  public static EventTypes shipped() {
    try (InputStream in = EventTypes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("no " + RESOURCE + " in this build");
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * GDELT's quad class of a code: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-
   * 09), 3 verbal conflict (10-14), 4 material conflict (15-20); 0 for a code that is no CAMEO
   * code.
   */
  public static int quadClass(String code) {
    int root = root(code);
    if (root >= 1 && root <= 5) return 1;
    if (root >= 6 && root <= 9) return 2;
    if (root >= 10 && root <= 14) return 3;
    if (root >= 15 && root <= 20) return 4;
    return 0;
  }

  /** The two-digit root as a number (19 for "193"), 0 when there is none. */
  public static int root(String code) {
    if (code == null || code.length() < 2) return 0;
    try {
      return Integer.parseInt(code.substring(0, 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Whether a code is one CAMEO knows (itself or a parent of it). */
  public boolean known(String code) {
    return type(code) != null;
  }

  /** The code's own row, else its nearest parent's (for the name, score and PLOVER type). */
  public Type type(String code) {
    return nearest(code, t -> true);
  }

  public Double goldstein(String code) {
    Type t = nearest(code, x -> x.goldstein() != null);
    return t == null ? null : t.goldstein();
  }

  public String ploverType(String code) {
    Type t = nearest(code, x -> x.ploverType() != null);
    return t == null ? null : t.ploverType();
  }

  /** The code's own row, else its nearest parent's, among the rows that have what is asked for. */
  private Type nearest(String code, java.util.function.Predicate<Type> has) {
    for (int n = code == null ? 0 : code.length(); n >= 2; n--) {
      Type t = types.get(code.substring(0, n));
      if (t != null && has.test(t)) return t;
    }
    return null;
  }

  /** The names of the twenty CAMEO roots, "01" to "20". */
  public Map<String, String> rootNames() {
    Map<String, String> names = new java.util.TreeMap<>();
    for (int r = 1; r <= 20; r++) {
      String code = String.format(java.util.Locale.ROOT, "%02d", r);
      Type t = types.get(code);
      if (t != null && t.name() != null) names.put(code, t.name());
    }
    return names;
  }

  public int size() {
    return types.size();
  }

  // ---------------------------------------------------------------------------------------------

  static EventTypes read(BufferedReader in) throws IOException {
    Map<String, Type> types = new LinkedHashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      types.put(
          c[0],
          new Type(
              c[0],
              c[1],
              c[2].isEmpty() ? null : Double.valueOf(c[2]),
              emptyToNull(c[3]),
              emptyToNull(c[4]),
              emptyToNull(c[5])));
    }
    return new EventTypes(types);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Compiles the table from GDELT's code names and Goldstein scores and the CAMEO-to-PLOVER map.
   */
  public static EventTypes compile(Path eventCodes, Path goldstein, Path cameoToPlover)
      throws IOException {
    Map<String, String[]> rows = new TreeMap<>();
    for (String l : Files.readAllLines(eventCodes, StandardCharsets.UTF_8)) {
      String[] c = l.split("\t");
      if (c.length < 2 || !c[0].matches("\\d+")) continue;
      rows.put(c[0], new String[] {c[0], c[1].strip(), "", "", "", ""});
    }
    for (String l : Files.readAllLines(goldstein, StandardCharsets.UTF_8)) {
      String[] c = l.split("\t");
      if (c.length < 2 || !c[0].matches("\\d+")) continue;
      String[] r = rows.get(c[0]);
      if (r == null) throw new IOException(goldstein + ": no code " + c[0] + " among the names");
      r[2] = Double.valueOf(c[1].strip()).toString();
    }
    for (String l : Files.readAllLines(cameoToPlover, StandardCharsets.UTF_8)) {
      int hash = l.indexOf('#');
      String body = (hash >= 0 ? l.substring(0, hash) : l).strip();
      int colon = body.indexOf(':');
      if (colon < 0) continue;
      String code = body.substring(0, colon).strip();
      if (!code.matches("\\d+")) continue;
      String[] p = body.substring(colon + 1).split(",", -1);
      String[] r = rows.get(code);
      if (r == null) continue;
      r[3] = p.length > 0 ? p[0].strip() : "";
      r[4] = p.length > 1 ? p[1].strip() : "";
      r[5] = p.length > 2 ? p[2].strip().replaceAll("\\s*;\\s*", ";") : "";
    }
    Map<String, Type> types = new LinkedHashMap<>();
    for (String[] r : rows.values())
      types.put(
          r[0],
          new Type(
              r[0],
              r[1],
              r[2].isEmpty() ? null : Double.valueOf(r[2]),
              emptyToNull(r[3]),
              emptyToNull(r[4]),
              emptyToNull(r[5])));
    return new EventTypes(types);
  }

  public void write(Writer out) throws IOException {
    for (Type t : new TreeMap<>(types).values())
      out.write(
          String.join(
                  "\t",
                  t.code(),
                  t.name(),
                  t.goldstein() == null ? "" : t.goldstein().toString(),
                  t.ploverType() == null ? "" : t.ploverType(),
                  t.ploverMode() == null ? "" : t.ploverMode(),
                  t.ploverContext() == null ? "" : t.ploverContext())
              + "\n");
  }
}
