package org.dyad.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.config.ConfigException;
import org.dyad.tables.ActorTables;
import org.dyad.tables.IngestTables;
import org.dyad.tables.RelationTables;
import org.dyad.tables.TopicTables;
import org.dyad.trends.Trend;

/**
 * The queries behind {@code dyad show}: dyads, actors and topics of the reports, filtered by
 * period, trend, actor or article, as rows of text for {@link TextTable}.
 */
final class ShowQueries {
  private final ReportsReader db;
  private final ReportsOptions reports;
  private final String period;
  private final Trend trend;
  private final int limit;
  private final boolean keepAffiliations;
  private final String article;

  ShowQueries(
      ReportsReader db,
      ReportsOptions reports,
      String period,
      Trend trend,
      int limit,
      boolean keepAffiliations,
      String article) {
    this.db = db;
    this.reports = reports;
    this.period = period;
    this.trend = trend;
    this.limit = limit;
    this.keepAffiliations = keepAffiliations;
    this.article = article;
  }

  record Result(List<String> headers, List<List<String>> rows, Set<String> numeric) {}

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

  Result dyads(boolean country, String actorId, String[] pairIds) {
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
    boolean haveArticles = new File(reports.table(IngestTables.ARTICLES.name())).isDirectory();
    String sql =
        "select d.period, coalesce(name_a, actor_a) as a, coalesce(name_b, actor_b) as b, strength,"
            + " npmi, z_score, trend, top_topics[1].label as topic, "
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

  Result actors(boolean country, String actorId) {
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
          "select actor_id, min(actor_name) as name, min(entity_type) as type, max(cameo_code) as"
              + " code, max(country) as country, count(*) as mentions,"
              + " array_to_string(list_sort(list_distinct(list(source))), ', ') as source,"
              + " array_to_string(list_sort(list_distinct(list(regexp_replace(text, '\\s+', ' ',"
              + " 'g')))), '; ') as names from "
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
          "select actor_id, name, type, cameo_code, country, articles, mentions,"
              + " array_to_string(aliases, '; ') as names from "
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

  Result topics(String actorId) {
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
          "select * from (select *, row_number() over (partition by period order by z_score desc"
              + " nulls last, topic_id) as _n from "
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
        "select topic_id, label, articles, share, array_to_string(list_slice(list_transform(terms,"
            + " x -> x.word), 1, 10), ' ') as words from "
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

  /**
   * The period a timestamp column falls in, as DuckDB SQL, for a period given in one of Dyad's
   * forms (2019-05-15 day, 2019-W20 ISO week, 2019-05 month, undated), in UTC as the reports count.
   */
  static String periodCondition(String period, String column) {
    String utc = "timezone('UTC', " + column + ")";
    if (period.equals("undated")) return column + " is null";
    if (period.matches("\\d{4}-\\d{2}-\\d{2}")) return "strftime(" + utc + ", '%Y-%m-%d') = ?";
    if (period.matches("\\d{4}-W\\d{2}"))
      return "(isoyear(" + utc + ") || '-W' || lpad(week(" + utc + ")::varchar, 2, '0')) = ?";
    if (period.matches("\\d{4}-\\d{2}")) return "strftime(" + utc + ", '%Y-%m') = ?";
    throw new ConfigException(
        "--period: '" + period + "' is not a day (2019-05-15), week (2019-W20) or month (2019-05)");
  }

  /**
   * The events of the reports, each story once, in time order: all, a period's, an actor's (as
   * source or target) or a pair's both ways; at country level by the countries of the two sides.
   */
  Result events(boolean country, String actorId, String[] pairIds) {
    String src = country ? "source_country" : "source_actor_id";
    String tgt = country ? "target_country" : "target_actor_id";
    List<String> w = new ArrayList<>(List.of("duplicate_of is null"));
    List<Object> p = new ArrayList<>();
    if (period != null) {
      w.add(periodCondition(period, "published"));
      if (!period.equals("undated")) p.add(period);
    }
    if (actorId != null) {
      w.add("(" + src + " = ? or " + tgt + " = ?)");
      p.add(actorId);
      p.add(actorId);
    }
    if (pairIds != null) {
      w.add("((" + src + " = ? and " + tgt + " = ?) or (" + src + " = ? and " + tgt + " = ?))");
      p.addAll(List.of(pairIds[0], pairIds[1], pairIds[1], pairIds[0]));
    }
    String sql =
        "select strftime(timezone('UTC', published), '%Y-%m-%d') as date, source_name,"
            + " coalesce(source_code, '') as source_code, event_code, event_name, target_name,"
            + " coalesce(target_code, '') as target_code, goldstein, trigger, sentence_text from "
            + db.table(org.dyad.tables.EventTables.EVENTS.name())
            + where(w)
            + " order by published nulls last, article_id, sentence, begin limit "
            + limit;
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> r : db.rows(sql, p.toArray())) {
      List<String> out = new ArrayList<>();
      out.add(s(r, "date"));
      out.add(
          s(r, "source_name") + (s(r, "source_code").isEmpty() ? "" : " " + s(r, "source_code")));
      out.add(s(r, "event_code") + " " + s(r, "event_name"));
      out.add(
          s(r, "target_name") + (s(r, "target_code").isEmpty() ? "" : " " + s(r, "target_code")));
      out.add(s(r, "goldstein"));
      out.add(s(r, "trigger"));
      out.add(s(r, "sentence_text").replaceAll("\\s+", " "));
      rows.add(out);
    }
    return new Result(
        List.of("date", "source", "event", "target", "goldstein", "trigger", "sentence"),
        rows,
        Set.of("goldstein"));
  }

  /**
   * The dyads whose balance of cooperation and conflict moved most in each period: escalating first
   * (lowest z), then de-escalating, with the strongest event each way.
   */
  Result escalation(boolean country, String actorId) {
    String rel =
        db.table(
            (country ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS)
                .name());
    List<String> w = new ArrayList<>(List.of("event_trend in ('escalating', 'de-escalating')"));
    List<Object> p = new ArrayList<>();
    if (period != null) {
      w.add("period = ?");
      p.add(period);
    }
    if (actorId != null) {
      w.add("(actor_a = ? or actor_b = ?)");
      p.add(actorId);
      p.add(actorId);
    }
    String sql =
        "select * from (select *, row_number() over (partition by period, event_trend order by"
            + " abs(balance_z) desc, actor_a, actor_b) as _n from "
            + rel
            + where(w)
            + ") where _n <= "
            + limit
            + " order by period, event_trend desc, balance_z, actor_a, actor_b";
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> r : db.rows(sql, p.toArray())) {
      List<String> out =
          row(
              r,
              "period",
              "name_a",
              "name_b",
              "event_trend",
              "events_a_to_b",
              "events_b_to_a",
              "balance",
              "baseline_balance",
              "balance_z");
      out.add(strongest(r.get("strongest_a_to_b")));
      out.add(strongest(r.get("strongest_b_to_a")));
      rows.add(out);
    }
    return new Result(
        List.of(
            "period",
            "a",
            "b",
            "trend",
            "a>b",
            "b>a",
            "balance",
            "baseline",
            "z",
            "strongest a>b",
            "strongest b>a"),
        rows,
        Set.of("a>b", "b>a", "balance", "baseline", "z"));
  }

  /** A strongest-event struct as "163 sentence...", or empty. */
  private static String strongest(Object v) {
    if (v == null) return "";
    if (v instanceof java.sql.Struct st) {
      try {
        Object[] a = st.getAttributes();
        // article_id, published, sentence, event_code, event_name, goldstein, trigger
        return a[3] + " " + String.valueOf(a[2]).replaceAll("\\s+", " ");
      } catch (java.sql.SQLException e) {
        return String.valueOf(v);
      }
    }
    if (v instanceof Map<?, ?> m) return m.get("event_code") + " " + m.get("sentence");
    return String.valueOf(v);
  }
}
