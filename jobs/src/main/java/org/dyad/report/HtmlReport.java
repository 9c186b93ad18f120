package org.dyad.report;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.EventTables;
import org.dyad.tables.IngestTables;
import org.dyad.tables.PeriodDates;
import org.dyad.tables.RelationTables;
import org.dyad.tables.Tables;
import org.dyad.tables.TopicTables;

/**
 * {@code report/index.html} in a reports folder: one self-contained page (its data, script and
 * style inline; SVG drawn by the page's own script, no library, no network) with the run summary,
 * the top actors, the top dyads of each period with sparklines, rising and falling dyads with their
 * evidence, the country network of a chosen period, topic trends with bursts, and a search for an
 * actor's partners. It embeds aggregates only: the top {@link #ACTORS} actors, the top {@link
 * #DYADS} dyads and the top {@link #MOVERS} rising and falling dyads of each period, at most {@link
 * #EDGES} network edges per period, and the partners of the {@link #SEARCHABLE} actors in most
 * articles; so its size does not grow with the corpus beyond the number of periods.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static final int ACTORS = 30;
  public static final int DYADS = 10;
  public static final int MOVERS = 8;
  public static final int EVIDENCE = 2;
  public static final int EDGES = 40;
  public static final double EDGE_P = 0.01;
  public static final int SEARCHABLE = 300;
  public static final int PARTNERS = 5;
  public static final String FOLDER = "report";
  public static final String PAGE = "index.html";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the page into {@code reports/report/index.html} and returns its path. */
  public static String write(SparkSession spark, String reports) throws IOException {
    ObjectNode data = data(spark, reports);
    String page =
        template()
            .replace("\"__DYAD_DATA__\"", JSON.writeValueAsString(data).replace("</", "<\\/"));
    Path out = new Path(new Path(reports, FOLDER), PAGE);
    FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.mkdirs(out.getParent());
    try (OutputStream o = fs.create(out, true)) {
      o.write(page.getBytes(StandardCharsets.UTF_8));
    }
    Path q = fs.makeQualified(out);
    return "file".equals(q.toUri().getScheme()) ? q.toUri().getPath() : q.toString();
  }

  static String template() throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
      if (in == null) throw new IOException("report.html is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Everything the page shows, as one JSON object. */
  static ObjectNode data(SparkSession spark, String reports) throws IOException {
    ObjectNode d = JSON.createObjectNode();
    Path manifestPath = new Path(reports, Tables.MANIFEST_FILE);
    FileSystem fs = manifestPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
    JsonNode manifest;
    try (InputStream in = fs.open(manifestPath)) {
      manifest = JSON.readTree(in);
    }
    ObjectNode run = d.putObject("run");
    for (String k :
        List.of(
            "run_id",
            "command",
            "status",
            "started",
            "finished",
            "seconds",
            "counts",
            "versions",
            "reject_reasons",
            "append")) {
      if (manifest.has(k)) run.set(k, manifest.get(k));
    }
    if (manifest.path("config").has("trends"))
      run.set("period", manifest.path("config").path("trends").path("period"));
    ArrayNode stages = run.putArray("stages");
    for (JsonNode s : manifest.path("stages")) {
      stages
          .addObject()
          .put("name", s.path("name").asText())
          .put("seconds", s.path("seconds").asDouble())
          .put("summary", s.path("summary").asText());
    }
    if (manifest.has("models")) run.set("models", manifest.get("models"));
    if (manifest.path("topics").has("model"))
      run.set("topics_model", manifest.path("topics").path("model"));
    if (manifest.path("topics").has("note"))
      run.put("topics_note", manifest.path("topics").path("note").asText());
    run.put("reports", reports);

    Dataset<Row> actors = read(spark, reports, ActorTables.ACTORS.name());
    Dataset<Row> activity = read(spark, reports, RelationTables.ACTOR_ACTIVITY.name());
    Dataset<Row> relationships = read(spark, reports, RelationTables.ACTOR_RELATIONSHIPS.name());
    Dataset<Row> countries = read(spark, reports, RelationTables.COUNTRY_RELATIONSHIPS.name());

    // periods, in order, with their dates and stories
    ArrayNode periods = d.putArray("periods");
    if (activity != null) {
      for (Row r :
          activity
              .groupBy(Col.PERIOD)
              .agg(
                  max(Col.PERIOD_ARTICLES).as("n"),
                  min(Col.PERIOD_START).as("s"),
                  min(Col.PERIOD_END).as("e"))
              .orderBy(Col.PERIOD)
              .collectAsList()) {
        periods
            .addObject()
            .put("period", r.getString(0))
            .put("articles", r.getLong(1))
            .put("start", str(r, 2))
            .put("end", str(r, 3));
      }
    }

    ArrayNode topActors = d.putArray("actors");
    if (actors != null) {
      // actors, not the places stories are datelined in or name in passing
      for (Row r :
          actors
              .where(col(Col.TYPE).notEqual("location"))
              .orderBy(
                  col(Col.ARTICLE_COUNT).desc(), col(Col.MENTION_COUNT).desc(), col(Col.ACTOR_ID))
              .limit(ACTORS)
              .select(
                  Col.ACTOR_ID,
                  Col.NAME,
                  Col.TYPE,
                  Col.CAMEO_CODE,
                  Col.COUNTRY,
                  Col.ARTICLE_COUNT,
                  Col.MENTION_COUNT)
              .collectAsList()) {
        topActors
            .addObject()
            .put("id", r.getString(0))
            .put("name", r.getString(1))
            .put("type", r.getString(2))
            .put("code", str(r, 3))
            .put("country", str(r, 4))
            .put("articles", r.getLong(5))
            .put("mentions", r.getLong(6));
      }
    }

    // every section leaves out affiliation pairs (a person and their own country)
    Dataset<Row> rel =
        relationships == null
            ? null
            : relationships.where(not(coalesce(col(Col.AFFILIATION), lit(false))));
    if (rel != null) {
      // the top dyads of each period, and the strength of each of them in every period (its
      // sparkline)
      Dataset<Row> top =
          rel.where(col(Col.RANK).isNotNull())
              .withColumn(
                  "_n",
                  row_number()
                      .over(
                          Window.partitionBy(Col.PERIOD)
                              .orderBy(
                                  col(Col.STRENGTH).desc(),
                                  col(Col.NPMI).desc_nulls_last(),
                                  col(Col.ACTOR_A),
                                  col(Col.ACTOR_B))))
              .where(col("_n").leq(DYADS));
      ObjectNode dyads = d.putObject("dyads");
      for (Row r :
          top.orderBy(Col.PERIOD, "_n")
              .select(concat(pairColumns(), new Column[] {col(Col.SHARE)}))
              .collectAsList()) {
        ObjectNode p = pair(r);
        if (!r.isNullAt(r.length() - 1)) p.put("share", r.getDouble(r.length() - 1));
        ((ArrayNode) dyads.withArray(r.getString(0))).add(p);
      }
      List<Row> keys = top.select(Col.ACTOR_A, Col.ACTOR_B).distinct().collectAsList();
      ObjectNode series = d.putObject("series");
      if (!keys.isEmpty()) {
        Dataset<Row> k = spark.createDataFrame(keys, top.select(Col.ACTOR_A, Col.ACTOR_B).schema());
        // per period: [strength, share]; the share (of the period's sentences) is what the trend
        // compares
        for (Row r :
            rel.join(k, new String[] {Col.ACTOR_A, Col.ACTOR_B})
                .select(Col.ACTOR_A, Col.ACTOR_B, Col.PERIOD, Col.STRENGTH, Col.SHARE)
                .collectAsList()) {
          series
              .with(r.getString(0) + "|" + r.getString(1))
              .putArray(r.getString(2))
              .add(r.getLong(3))
              .add(r.isNullAt(4) ? 0 : r.getDouble(4));
        }
      }
      // rising and falling, with evidence; the title of a story the two only share (no sentence
      // joins them)
      ObjectNode movers = d.putObject("movers");
      Map<String, String> titles = new HashMap<>();
      Dataset<Row> articles = read(spark, reports, IngestTables.ARTICLES.name());
      for (String trend : List.of("rising", "falling")) {
        Column order = trend.equals("rising") ? col(Col.Z_SCORE).desc() : col(Col.Z_SCORE).asc();
        Dataset<Row> m =
            rel.where(col(Col.TREND).equalTo(trend).and(col(Col.Z_SCORE).isNotNull()))
                .withColumn(
                    "_n",
                    row_number()
                        .over(
                            Window.partitionBy(Col.PERIOD)
                                .orderBy(order, col(Col.ACTOR_A), col(Col.ACTOR_B))))
                .where(col("_n").leq(MOVERS));
        List<Row> moving =
            m.orderBy(Col.PERIOD, "_n")
                .select(concat(pairColumns(), new Column[] {col(Col.EVIDENCE)}))
                .collectAsList();
        if (articles != null) {
          Set<String> shared = new TreeSet<>();
          for (Row r : moving) {
            List<Row> e = r.isNullAt(r.length() - 1) ? List.of() : r.getList(r.length() - 1);
            for (int i = 0; i < Math.min(EVIDENCE, e.size()); i++)
              if (e.get(i).getAs(Col.SENTENCE) == null) shared.add(e.get(i).getAs(Col.ARTICLE_ID));
          }
          if (!shared.isEmpty()) {
            for (Row t :
                articles
                    .where(col(Col.ARTICLE_ID).isin(shared.toArray()))
                    .select(Col.ARTICLE_ID, Col.TITLE)
                    .collectAsList()) titles.put(t.getString(0), t.getString(1));
          }
        }
        for (Row r : moving) {
          ObjectNode p = pair(r);
          ArrayNode ev = p.putArray("evidence");
          List<Row> e = r.isNullAt(r.length() - 1) ? List.of() : r.getList(r.length() - 1);
          for (int i = 0; i < Math.min(EVIDENCE, e.size()); i++) {
            Row x = e.get(i);
            String s = x.getAs(Col.SENTENCE);
            ObjectNode o = ev.addObject().put("article", (String) x.getAs(Col.ARTICLE_ID));
            if (s != null && !s.isBlank())
              o.put("sentence", s.length() > 400 ? s.substring(0, 400) + "..." : s);
            else
              o.put("same_story", true).put("title", titles.get((String) x.getAs(Col.ARTICLE_ID)));
          }
          ((ArrayNode) movers.with(r.getString(0)).withArray(trend)).add(p);
        }
      }
    }

    if (countries != null) {
      ObjectNode network = d.putObject("network");
      Dataset<Row> e =
          countries
              .where(
                  not(coalesce(col(Col.AFFILIATION), lit(false)))
                      .and(col(Col.P_VALUE).leq(EDGE_P))
                      .and(col(Col.STRENGTH).gt(0)))
              .withColumn(
                  "_n",
                  row_number()
                      .over(
                          Window.partitionBy(Col.PERIOD)
                              .orderBy(
                                  col(Col.STRENGTH).desc(), col(Col.ACTOR_A), col(Col.ACTOR_B))))
              .where(col("_n").leq(EDGES));
      boolean directed = Arrays.asList(countries.columns()).contains(Col.BALANCE);
      Column[] eventColumns =
          directed
              ? new Column[] {
                col(Col.EVENTS_A_TO_B),
                col(Col.EVENTS_B_TO_A),
                col(Col.BALANCE),
                col(Col.EVENT_TREND)
              }
              : new Column[0];
      int n = pairColumns().length;
      for (Row r :
          e.orderBy(Col.PERIOD, "_n").select(concat(pairColumns(), eventColumns)).collectAsList()) {
        ObjectNode p = pair(r);
        if (directed) {
          long events =
              (r.isNullAt(n) ? 0 : r.getLong(n)) + (r.isNullAt(n + 1) ? 0 : r.getLong(n + 1));
          p.put("events", events);
          if (events > 0 && !r.isNullAt(n + 2))
            p.put("balance", Math.round(r.getDouble(n + 2) * 1000) / 1000.0);
          if (!r.isNullAt(n + 3)) p.put("event_trend", r.getString(n + 3));
        }
        ((ArrayNode) network.withArray(r.getString(0))).add(p);
      }
      if (directed) conflict(spark, reports, countries, d);
    }

    Dataset<Row> trends = read(spark, reports, TopicTables.TOPIC_TRENDS.name());
    ObjectNode topics = d.putObject("topics");
    ArrayNode cells = topics.putArray("cells");
    if (trends != null) {
      for (Row r :
          trends
              .orderBy(Col.TOPIC_ID, Col.PERIOD)
              .select(Col.PERIOD, Col.TOPIC_ID, Col.LABEL, Col.SHARE, Col.BURST, Col.TREND)
              .collectAsList()) {
        cells
            .addObject()
            .put("period", r.getString(0))
            .put("topic", r.getInt(1))
            .put("label", r.getString(2))
            .put("share", r.isNullAt(3) ? 0 : r.getDouble(3))
            .put("burst", !r.isNullAt(4) && r.getBoolean(4))
            .put("trend", str(r, 5));
      }
    }

    // partners of the actors in most articles: top PARTNERS per period, both directions
    ObjectNode partners = d.putObject("partners");
    if (actors != null && rel != null) {
      Dataset<Row> searchable =
          actors
              .where(col(Col.TYPE).notEqual("location"))
              .orderBy(col(Col.ARTICLE_COUNT).desc(), col(Col.ACTOR_ID))
              .limit(SEARCHABLE)
              .select(col(Col.ACTOR_ID).as("_id"), col(Col.NAME).as("_name"));
      Dataset<Row> both =
          rel.select(
                  col(Col.PERIOD),
                  col(Col.ACTOR_A).as("_id"),
                  col(Col.NAME_B).as("partner"),
                  col(Col.STRENGTH),
                  col(Col.TREND),
                  col(Col.SHARE))
              .unionByName(
                  rel.select(
                      col(Col.PERIOD),
                      col(Col.ACTOR_B).as("_id"),
                      col(Col.NAME_A).as("partner"),
                      col(Col.STRENGTH),
                      col(Col.TREND),
                      col(Col.SHARE)))
              .join(searchable, "_id")
              .where(col(Col.STRENGTH).gt(0))
              .withColumn(
                  "_n",
                  row_number()
                      .over(
                          Window.partitionBy("_id", Col.PERIOD)
                              .orderBy(col(Col.STRENGTH).desc(), col("partner"))))
              .where(col("_n").leq(PARTNERS));
      for (Row r :
          both.orderBy("_id", Col.PERIOD, "_n")
              .select("_id", "_name", Col.PERIOD, "partner", Col.STRENGTH, Col.TREND, Col.SHARE)
              .collectAsList()) {
        ObjectNode a = partners.with(r.getString(0));
        a.put("name", r.getString(1));
        ArrayNode row = a.withArray("rows").addArray();
        row.add(r.getString(2)).add(r.getString(3)).add(r.getLong(4)).add(str(r, 5));
        if (r.isNullAt(6)) row.addNull();
        else row.add(r.getDouble(6));
      }
    }
    return d;
  }

  /** Escalating and de-escalating country dyads shown per period, and dyads with a series. */
  public static final int SHIFTS = 8;

  public static final int CONFLICT_DYADS = 10;
  public static final int CONFLICT_EVENTS = 15;

  /**
   * What countries did to each other: per period the dyads whose balance of cooperation and
   * conflict moved most ({@code shifts}), and for the country dyads with most events over the run
   * their directed series and strongest events with sentences ({@code conflict}).
   */
  private static void conflict(
      SparkSession spark, String reports, Dataset<Row> countries, ObjectNode d) throws IOException {
    Dataset<Row> withEvents =
        countries.where(
            coalesce(col(Col.EVENTS_A_TO_B), lit(0L))
                .plus(coalesce(col(Col.EVENTS_B_TO_A), lit(0L)))
                .gt(0));
    ObjectNode shifts = d.putObject("shifts");
    for (Row r :
        withEvents
            .where(col(Col.EVENT_TREND).isin("escalating", "de-escalating"))
            .withColumn(
                "_n",
                row_number()
                    .over(
                        Window.partitionBy(Col.PERIOD, Col.EVENT_TREND)
                            .orderBy(
                                abs(col(Col.BALANCE_Z)).desc(),
                                col(Col.ACTOR_A),
                                col(Col.ACTOR_B))))
            .where(col("_n").leq(SHIFTS))
            .orderBy(col(Col.PERIOD), col(Col.EVENT_TREND).desc(), col("_n"))
            .select(
                col(Col.PERIOD),
                coalesce(col(Col.NAME_A), col(Col.ACTOR_A)),
                coalesce(col(Col.NAME_B), col(Col.ACTOR_B)),
                col(Col.EVENT_TREND),
                col(Col.EVENTS_A_TO_B),
                col(Col.EVENTS_B_TO_A),
                col(Col.BALANCE),
                col(Col.BASELINE_BALANCE),
                col(Col.BALANCE_Z),
                col(Col.STRONGEST_A_TO_B),
                col(Col.STRONGEST_B_TO_A))
            .collectAsList()) {
      ObjectNode o =
          ((ArrayNode) shifts.withArray(r.getString(0)))
              .addObject()
              .put("na", r.getString(1))
              .put("nb", r.getString(2))
              .put("trend", r.getString(3))
              .put("ab", r.isNullAt(4) ? 0 : r.getLong(4))
              .put("ba", r.isNullAt(5) ? 0 : r.getLong(5))
              .put("balance", round(r, 6))
              .put("baseline", round(r, 7))
              .put("z", round(r, 8));
      strongest(o, "strongest_ab", r, 9);
      strongest(o, "strongest_ba", r, 10);
    }
    // the dyads with most events over the run
    List<Row> top =
        withEvents
            .groupBy(Col.ACTOR_A, Col.ACTOR_B)
            .agg(
                sum(coalesce(col(Col.EVENTS_A_TO_B), lit(0L))
                        .plus(coalesce(col(Col.EVENTS_B_TO_A), lit(0L))))
                    .as("_events"),
                min(coalesce(col(Col.NAME_A), col(Col.ACTOR_A))).as("_na"),
                min(coalesce(col(Col.NAME_B), col(Col.ACTOR_B))).as("_nb"))
            .orderBy(col("_events").desc(), col(Col.ACTOR_A), col(Col.ACTOR_B))
            .limit(CONFLICT_DYADS)
            .collectAsList();
    ArrayNode list = d.putArray("conflict");
    if (top.isEmpty()) return;
    Map<String, ObjectNode> byKey = new HashMap<>();
    for (Row r : top) {
      ObjectNode o =
          list.addObject()
              .put("a", r.getString(0))
              .put("b", r.getString(1))
              .put("na", r.getString(3))
              .put("nb", r.getString(4))
              .put("total", r.getLong(2));
      o.putObject("series");
      o.putArray("events");
      byKey.put(r.getString(0) + "|" + r.getString(1), o);
    }
    Dataset<Row> keys =
        spark.createDataFrame(
            top.stream().map(r -> RowFactory.create(r.getString(0), r.getString(1))).toList(),
            countries.select(Col.ACTOR_A, Col.ACTOR_B).schema());
    for (Row r :
        withEvents
            .join(keys, new String[] {Col.ACTOR_A, Col.ACTOR_B})
            .orderBy(Col.PERIOD)
            .select(
                Col.ACTOR_A,
                Col.ACTOR_B,
                Col.PERIOD,
                Col.EVENTS_A_TO_B,
                Col.EVENTS_B_TO_A,
                Col.GOLDSTEIN_A_TO_B,
                Col.GOLDSTEIN_B_TO_A,
                Col.BALANCE,
                Col.EVENT_TREND)
            .collectAsList()) {
      ArrayNode v =
          ((ObjectNode) byKey.get(r.getString(0) + "|" + r.getString(1)).get("series"))
              .putArray(r.getString(2));
      v.add(r.isNullAt(3) ? 0 : r.getLong(3)).add(r.isNullAt(4) ? 0 : r.getLong(4));
      for (int i = 5; i <= 7; i++) {
        if (r.isNullAt(i)) v.addNull();
        else v.add(Math.round(r.getDouble(i) * 100) / 100.0);
      }
      v.add(str(r, 8));
    }
    Dataset<Row> events = read(spark, reports, EventTables.EVENTS.name());
    if (events == null) return;
    Column a = least(col(Col.SOURCE_COUNTRY), col(Col.TARGET_COUNTRY));
    Column b = greatest(col(Col.SOURCE_COUNTRY), col(Col.TARGET_COUNTRY));
    Dataset<Row> ev =
        events
            .where(
                col(Col.DUPLICATE_OF)
                    .isNull()
                    .and(col(Col.SOURCE_COUNTRY).notEqual(col(Col.TARGET_COUNTRY))))
            .withColumn(Col.ACTOR_A, a)
            .withColumn(Col.ACTOR_B, b)
            .join(keys, new String[] {Col.ACTOR_A, Col.ACTOR_B})
            .withColumn(
                "_n",
                row_number()
                    .over(
                        Window.partitionBy(Col.ACTOR_A, Col.ACTOR_B)
                            .orderBy(
                                abs(coalesce(col(Col.GOLDSTEIN), lit(0.0))).desc(),
                                col(Col.PUBLISHED),
                                col(Col.ARTICLE_ID),
                                col(Col.SENTENCE),
                                col(Col.BEGIN))))
            .where(col("_n").leq(CONFLICT_EVENTS))
            .orderBy(Col.ACTOR_A, Col.ACTOR_B, Col.PUBLISHED, Col.ARTICLE_ID, Col.SENTENCE);
    for (Row r :
        ev.select(
                col(Col.ACTOR_A),
                col(Col.ACTOR_B),
                date_format(col(Col.PUBLISHED), "yyyy-MM-dd"),
                col(Col.SOURCE_NAME),
                col(Col.TARGET_NAME),
                col(Col.EVENT_CODE),
                col(Col.EVENT_NAME),
                col(Col.GOLDSTEIN),
                col(Col.SENTENCE_TEXT),
                col(Col.ARTICLE_ID))
            .collectAsList()) {
      String s = r.getString(8).replaceAll("\\s+", " ");
      ((ArrayNode) byKey.get(r.getString(0) + "|" + r.getString(1)).get("events"))
          .addObject()
          .put("date", str(r, 2))
          .put("source", r.getString(3))
          .put("target", r.getString(4))
          .put("code", r.getString(5))
          .put("name", str(r, 6))
          .put("goldstein", r.isNullAt(7) ? null : r.getDouble(7))
          .put("sentence", s.length() > 300 ? s.substring(0, 300) + "..." : s)
          .put("article", r.getString(9));
    }
  }

  private static Double round(Row r, int i) {
    return r.isNullAt(i) ? null : Math.round(r.getDouble(i) * 100) / 100.0;
  }

  private static void strongest(ObjectNode o, String name, Row r, int i) {
    if (r.isNullAt(i)) return;
    Row e = r.getStruct(i);
    String s = e.getAs(Col.SENTENCE);
    o.putObject(name)
        .put("code", (String) e.getAs(Col.EVENT_CODE))
        .put("name", (String) e.getAs(Col.EVENT_NAME))
        .put("sentence", s == null ? "" : s.replaceAll("\\s+", " "));
  }

  private static Column[] pairColumns() {
    return new Column[] {
      col(Col.PERIOD), col(Col.ACTOR_A), col(Col.ACTOR_B),
          coalesce(col(Col.NAME_A), col(Col.ACTOR_A)), coalesce(col(Col.NAME_B), col(Col.ACTOR_B)),
      col(Col.STRENGTH), col(Col.NPMI), col(Col.Z_SCORE), col(Col.TREND), col(Col.P_VALUE)
    };
  }

  private static Column[] concat(Column[] a, Column[] b) {
    Column[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static ObjectNode pair(Row r) {
    ObjectNode p = JSON.createObjectNode();
    p.put("a", r.getString(1))
        .put("b", r.getString(2))
        .put("na", r.getString(3))
        .put("nb", r.getString(4))
        .put("strength", r.getLong(5));
    if (!r.isNullAt(6)) p.put("npmi", Math.round(r.getDouble(6) * 1000) / 1000.0);
    if (!r.isNullAt(7)) p.put("z", Math.round(r.getDouble(7) * 100) / 100.0);
    p.put("trend", str(r, 8));
    return p;
  }

  private static String str(Row r, int i) {
    return r.isNullAt(i) ? null : String.valueOf(r.get(i));
  }

  /** A table of the reports, or null when the run wrote it empty or not at all. */
  private static Dataset<Row> read(SparkSession spark, String reports, String table)
      throws IOException {
    Path p = new Path(reports, table);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(p)) return null;
    Dataset<Row> d = spark.read().parquet(p.toString());
    // reports of schema versions before the period dates: the same dates, from the key
    return d.isEmpty() ? null : PeriodDates.withDates(d);
  }
}
