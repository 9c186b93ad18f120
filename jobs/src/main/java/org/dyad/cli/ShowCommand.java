package org.dyad.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.config.ConfigException;
import org.dyad.relations.Occurrences;
import org.dyad.tables.ActorTables;
import org.dyad.tables.IngestTables;
import org.dyad.tables.RelationTables;
import org.dyad.tables.TopicTables;
import org.dyad.trends.Trend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the reports of a run in the terminal: dyads, actors or topics, as an aligned table (fitted to the terminal), CSV or JSON.",
      "  dyad show dyads --period 1987-W16 --trend rising      the rising dyads of a week, with evidence",
      "  dyad show dyads --pair Japan,\"United States\"          one pair's history",
      "  dyad show dyads --actor Iran                          Iran's partners, period by period",
      "  dyad show actors [--period P] [--actor A]             the actors most in the news (or one actor's activity)",
      "  dyad show actors --article reuters-123                one article's actors, with the names it uses",
      "  dyad show topics [--period P] [--actor A]             topics, a period's movers, or an actor's topics",
      "  dyad show topics --trend rising                       the rising topics of every period",
      "Actors are given by id (IRN, person:mike-pompeo) or name (any case); an unknown one is reported with the closest names.",
      "The reports are read in this process with DuckDB (no Spark): an answer takes about a second."
    })
final class ShowCommand implements Callable<Integer> {
  enum What {
    dyads,
    actors,
    topics
  }

  @Mixin ReportsOptions reports;

  @Option(
      names = {"-v", "--verbose"},
      description = "Stack traces of errors.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "WHAT", description = "${COMPLETION-CANDIDATES}")
  What what;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "Only this period (e.g. 1987-W16, 2019-05, undated).")
  String period;

  @Option(
      names = "--actor",
      paramLabel = "A",
      description = "Only rows of this actor (id or name).")
  String actor;

  @Option(
      names = "--pair",
      paramLabel = "A,B",
      description = "dyads: one pair's history (ids or names, comma-separated).")
  String pair;

  @Option(
      names = "--trend",
      paramLabel = "T",
      description =
          "dyads, actors: only this trend (${COMPLETION-CANDIDATES}); ordered by z-score.")
  Trend trend;

  @Option(
      names = "--level",
      paramLabel = "L",
      defaultValue = "actor",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Occurrences.Level level;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Rows per period (dyads, a period's actors and topics) or in all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      paramLabel = "F",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TextTable.Format format;

  @Option(
      names = "--article",
      paramLabel = "ID",
      description = "actors: the actors of one article, with the names it calls them by.")
  String article;

  @Option(
      names = "--keep-affiliations",
      description = "dyads: keep the pairs of an actor and its own country or organisation.")
  boolean keepAffiliations;

  @Override
  public Integer call() {
    if (limit < 1)
      throw new ConfigException("--limit: " + limit + " is not a positive number of rows");
    String[] ab = pair == null ? null : pair.split(",");
    if (ab != null && (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank())) {
      throw new ConfigException(
          "--pair: '" + pair + "' is not two actors separated by a comma, e.g. USA,IRN");
    }
    if (pair != null && what != What.dyads)
      throw new ConfigException("--pair: only `dyad show dyads` takes a pair");
    if (article != null && what != What.actors)
      throw new ConfigException("--article: only `dyad show actors` takes an article");
    boolean country = level == Occurrences.Level.COUNTRY;
    List<String> tables = new ArrayList<>(List.of(ActorTables.ACTORS.name()));
    switch (what) {
      case dyads ->
          tables.add(
              (country ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS)
                  .name());
      case actors ->
          tables.add(
              article != null
                  ? ActorTables.MENTIONS.name()
                  : (country ? RelationTables.COUNTRY_ACTIVITY : RelationTables.ACTOR_ACTIVITY)
                      .name());
      case topics ->
          tables.addAll(
              List.of(
                  TopicTables.TOPICS.name(),
                  TopicTables.TOPIC_TRENDS.name(),
                  TopicTables.TOPIC_MOVERS.name(),
                  TopicTables.ACTOR_TOPICS.name()));
    }
    reports.require(tables.toArray(String[]::new));
    try (ReportsReader db = new ReportsReader(reports.reports)) {
      String actorId = actor == null ? null : resolve(db, actor);
      String[] pairIds = ab == null ? null : new String[] {resolve(db, ab[0]), resolve(db, ab[1])};
      if (period != null) checkPeriod(db);
      Result r =
          switch (what) {
            case dyads -> dyads(db, country, actorId, pairIds);
            case actors -> actors(db, country, actorId);
            case topics -> topics(db, actorId);
          };
      if (r.rows.isEmpty() && format == TextTable.Format.TABLE) {
        System.out.println("No rows: no " + what + " match " + filters() + ".");
      } else {
        System.out.print(TextTable.render(r.headers, r.rows, format, terminalWidth(), r.numeric));
      }
      return 0;
    }
  }

  record Result(List<String> headers, List<List<String>> rows, Set<String> numeric) {}

  /** The filters given, as a reader would say them. */
  private String filters() {
    List<String> f = new ArrayList<>();
    if (period != null) f.add("period " + period);
    if (trend != null) f.add("trend " + trend);
    if (actor != null) f.add("actor " + actor);
    if (pair != null) f.add("pair " + pair);
    if (article != null) f.add("article " + article);
    return f.isEmpty() ? "in these reports" : String.join(", ", f);
  }

  static int terminalWidth() {
    try {
      int w = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip());
      return Math.max(60, w);
    } catch (NumberFormatException e) {
      return 120;
    }
  }

  /** An actor's id from its id or name; an unknown one is an error naming the closest actors. */
  static String resolve(ReportsReader db, String given) {
    String q = given.strip();
    String actors = db.table(ActorTables.ACTORS.name());
    List<String> hit =
        db.strings(
            "select actor_id from "
                + actors
                + " where actor_id = ? or lower(name) = lower(?) order by articles desc, actor_id limit 1",
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

  /**
   * A period the reports do not have is an error listing the periods they have. The periods are the
   * run's (every period with an article: actor_activity), not one table's: a period in which no
   * topic moved is a period, whose answer is "no rows".
   */
  private void checkPeriod(ReportsReader db) {
    String activity = db.table(RelationTables.ACTOR_ACTIVITY.name());
    if (!new java.io.File(reports.table(RelationTables.ACTOR_ACTIVITY.name())).isDirectory())
      return;
    List<String> ps = db.strings("select distinct period from " + activity + " order by period");
    if (!ps.contains(period)) {
      throw new ConfigException(
          "--period: no period '"
              + period
              + "' in these reports; its periods: "
              + String.join(", ", ps));
    }
  }

  private static String s(Map<String, Object> r, String c) {
    Object v = r.get(c);
    if (v == null) return "";
    if (v instanceof Double d)
      return d.isNaN() ? "" : String.format(Locale.ROOT, Math.abs(d) < 1 ? "%.3f" : "%.2f", d);
    if (v instanceof Float d) return s(Map.of(c, (double) d), c);
    return String.valueOf(v);
  }

  private static List<String> row(Map<String, Object> r, String... columns) {
    List<String> out = new ArrayList<>(columns.length);
    for (String c : columns) out.add(s(r, c));
    return out;
  }

  /** "where a and b ...", or nothing. */
  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private Result dyads(ReportsReader db, boolean country, String actorId, String[] pairIds) {
    String rel =
        db.table(
            (country ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS)
                .name());
    List<String> w = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (!keepAffiliations && pairIds == null) w.add("not coalesce(affiliation, false)");
    if (period != null) {
      w.add("period = ?");
      p.add(period);
    }
    if (trend != null) {
      w.add("trend = ?");
      p.add(trend.toString());
    }
    if (actorId != null) {
      w.add("(actor_a = ? or actor_b = ?)");
      p.add(actorId);
      p.add(actorId);
    }
    String order = trend != null ? "z_score desc nulls last" : "strength desc";
    String ranked;
    if (pairIds != null) {
      String a = pairIds[0].compareTo(pairIds[1]) < 0 ? pairIds[0] : pairIds[1];
      String b = a.equals(pairIds[0]) ? pairIds[1] : pairIds[0];
      w.add("actor_a = ? and actor_b = ?");
      p.add(a);
      p.add(b);
      ranked = "select * from " + rel + where(w);
    } else {
      ranked =
          "select * from (select *, row_number() over (partition by period order by "
              + order
              + ", actor_a, actor_b) as _n from "
              + rel
              + where(w)
              + ") where _n <= "
              + limit;
    }
    // a pair that only shares a story has no sentence: the story's title says which
    String articles = db.table(IngestTables.ARTICLES.name());
    boolean haveArticles =
        new java.io.File(reports.table(IngestTables.ARTICLES.name())).isDirectory();
    String sql =
        "select d.period, coalesce(name_a, actor_a) as a, coalesce(name_b, actor_b) as b, strength, npmi, z_score, trend, top_topics[1].label as topic, "
            + (haveArticles
                ? "coalesce(evidence[1].sentence, '(same story) ' || t.title)"
                : "evidence[1].sentence")
            + " as evidence"
            + " from ("
            + ranked
            + ") d"
            + (haveArticles
                ? " left join (select article_id, title from "
                    + articles
                    + ") t on t.article_id = d.evidence[1].article_id"
                : "")
            + " order by d.period, "
            + order
            + ", actor_a, actor_b";
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> r : db.rows(sql, p.toArray()))
      rows.add(
          row(r, "period", "a", "b", "strength", "npmi", "z_score", "trend", "topic", "evidence"));
    return new Result(
        List.of("period", "a", "b", "strength", "npmi", "z", "trend", "topic", "evidence"),
        rows,
        Set.of("strength", "npmi", "z"));
  }

  private Result actors(ReportsReader db, boolean country, String actorId) {
    List<List<String>> rows = new ArrayList<>();
    if (article != null) {
      // one article's actors, from its mentions: how often, from which source, under which names
      String mentions = db.table(ActorTables.MENTIONS.name());
      List<String> w = new ArrayList<>(List.of("article_id = ?"));
      List<Object> p = new ArrayList<>(List.of(article));
      if (db.strings("select count(*) from " + mentions + " where article_id = ?", article)
          .get(0)
          .equals("0")) {
        throw new ConfigException(
            "--article: no mention in an article '"
                + article
                + "' (ids look like reuters-123 or seed-000-...)");
      }
      if (actorId != null) {
        w.add("actor_id = ?");
        p.add(actorId);
      }
      String sql =
          "select actor_id, min(actor_name) as name, min(entity_type) as type, max(cameo_code) as code, max(country) as country, count(*) as mentions,"
              + " array_to_string(list_sort(list_distinct(list(source))), ', ') as source,"
              + " array_to_string(list_sort(list_distinct(list(regexp_replace(text, '\\s+', ' ', 'g')))), '; ') as names"
              + " from "
              + mentions
              + where(w)
              + " group by actor_id order by mentions desc, actor_id limit "
              + limit;
      for (Map<String, Object> r : db.rows(sql, p.toArray()))
        rows.add(
            row(r, "actor_id", "name", "type", "code", "country", "mentions", "source", "names"));
      return new Result(
          List.of(
              "actor_id", "name", "type", "code", "country", "mentions", "source", "names seen"),
          rows,
          Set.of("mentions"));
    }
    if (period == null && actorId == null && trend == null) {
      String sql =
          "select actor_id, name, type, cameo_code, country, articles, mentions, array_to_string(aliases, '; ') as names from "
              + db.table(ActorTables.ACTORS.name())
              + (country ? " where type = 'country'" : "")
              + " order by articles desc, actor_id limit "
              + limit;
      for (Map<String, Object> r : db.rows(sql))
        rows.add(
            row(
                r,
                "actor_id",
                "name",
                "type",
                "cameo_code",
                "country",
                "articles",
                "mentions",
                "names"));
      return new Result(
          List.of(
              "actor_id", "name", "type", "code", "country", "articles", "mentions", "names seen"),
          rows,
          Set.of("articles", "mentions"));
    }
    String activity =
        db.table(
            (country ? RelationTables.COUNTRY_ACTIVITY : RelationTables.ACTOR_ACTIVITY).name());
    List<String> w = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (period != null) {
      w.add("period = ?");
      p.add(period);
    }
    if (trend != null) {
      w.add("trend = ?");
      p.add(trend.toString());
    }
    String source;
    if (actorId != null) {
      w.add("actor_id = ?");
      p.add(actorId);
      source = "select * from " + activity + where(w);
    } else {
      String order = trend != null ? "z_score desc nulls last" : "articles desc";
      source =
          "select * from (select *, row_number() over (partition by period order by "
              + order
              + ", actor_id) as _n from "
              + activity
              + where(w)
              + ") where _n <= "
              + limit;
    }
    for (Map<String, Object> r :
        db.rows(
            "select * from (" + source + ") order by period, articles desc, actor_id",
            p.toArray())) {
      rows.add(
          row(r, "period", "actor_id", "name", "type", "articles", "share", "z_score", "trend"));
    }
    return new Result(
        List.of("period", "actor_id", "name", "type", "articles", "share", "z", "trend"),
        rows,
        Set.of("articles", "share", "z"));
  }

  private Result topics(ReportsReader db, String actorId) {
    List<List<String>> rows = new ArrayList<>();
    if (actorId != null) {
      List<Object> p = new ArrayList<>(List.of(actorId));
      String sql =
          "select * from "
              + db.table(TopicTables.ACTOR_TOPICS.name())
              + " where actor_id = ? and rank <= "
              + limit
              + (period != null ? " and period = ?" : "")
              + " order by period, rank";
      if (period != null) p.add(period);
      for (Map<String, Object> r : db.rows(sql, p.toArray()))
        rows.add(row(r, "period", "rank", "label", "articles", "share"));
      return new Result(
          List.of("period", "rank", "topic", "stories", "share"),
          rows,
          Set.of("rank", "stories", "share"));
    }
    if (trend != null) {
      // the topics with this trend, period by period, by z-score
      List<Object> p = new ArrayList<>(List.of(trend.toString()));
      String sql =
          "select * from (select *, row_number() over (partition by period order by z_score desc nulls last, topic_id) as _n from "
              + db.table(TopicTables.TOPIC_TRENDS.name())
              + " where trend = ?"
              + (period != null ? " and period = ?" : "")
              + ") where _n <= "
              + limit
              + " order by period, _n";
      if (period != null) p.add(period);
      for (Map<String, Object> r : db.rows(sql, p.toArray())) {
        List<String> out =
            row(r, "period", "label", "articles", "share", "change", "z_score", "trend");
        out.add(Boolean.TRUE.equals(r.get("burst")) ? "burst" : "");
        rows.add(out);
      }
      return new Result(
          List.of("period", "topic", "stories", "share", "change", "z", "trend", "burst"),
          rows,
          Set.of("stories", "share", "change", "z"));
    }
    if (period != null) {
      String sql =
          "select * from "
              + db.table(TopicTables.TOPIC_MOVERS.name())
              + " where period = ? and rank <= "
              + limit
              + " order by direction desc, rank";
      for (Map<String, Object> r : db.rows(sql, period)) {
        List<String> out =
            row(r, "period", "direction", "rank", "label", "articles", "change", "z_score");
        out.add(Boolean.TRUE.equals(r.get("burst")) ? "burst" : "");
        rows.add(out);
      }
      return new Result(
          List.of("period", "moves", "rank", "topic", "stories", "change", "z", "burst"),
          rows,
          Set.of("rank", "stories", "change", "z"));
    }
    String sql =
        "select topic_id, label, articles, share, array_to_string(list_slice(list_transform(terms, x -> x.word), 1, 10), ' ') as words from "
            + db.table(TopicTables.TOPICS.name())
            + " order by articles desc, topic_id limit "
            + Math.max(limit, 20);
    for (Map<String, Object> r : db.rows(sql))
      rows.add(row(r, "topic_id", "label", "articles", "share", "words"));
    return new Result(
        List.of("topic", "label", "stories", "share", "top words"),
        rows,
        Set.of("topic", "stories", "share"));
  }
}
