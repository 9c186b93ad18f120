package org.dyad.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dyad.config.ConfigException;
import org.dyad.tables.ActorTables;

/** An actor given on the command line by id or name, and the closest names when it is unknown. */
final class ActorNames {
  private ActorNames() {}

  /** An actor's id from its id or name; an unknown one is an error naming the closest actors. */
  static String resolve(ReportsReader db, String given) {
    String q = given.strip();
    String actors = db.table(ActorTables.ACTORS.name());
    List<String> hit =
        db.strings(
            "select actor_id from "
                + actors
                + " where actor_id = ? or lower(name) = lower(?) order by articles desc, actor_id"
                + " limit 1",
            q,
            q);
    if (!hit.isEmpty()) return hit.get(0);
    List<String> names =
        db.strings("select name from " + actors + " order by articles desc, actor_id limit 20000");
    throw new ConfigException(
        "--actor/--pair: no actor '"
            + q
            + "' in these reports; the closest: "
            + String.join(", ", closest(q, names, 5)));
  }

  /** The names nearest to a query: those containing it first, then by edit distance. */
  static List<String> closest(String query, List<String> names, int n) {
    String q = query.toLowerCase(Locale.ROOT);
    return names.stream()
        .filter(x -> x != null)
        .distinct()
        .sorted(
            Comparator.comparingInt((String x) -> x.toLowerCase(Locale.ROOT).contains(q) ? 0 : 1)
                .thenComparingInt(x -> distance(q, x.toLowerCase(Locale.ROOT))))
        .limit(n)
        .toList();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] =
            Math.min(
                Math.min(cur[j - 1] + 1, prev[j] + 1),
                prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
