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
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
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
      for (Row r : e.orderBy(Col.PERIOD, "_n").select(pairColumns()).collectAsList()) {
        ((ArrayNode) network.withArray(r.getString(0))).add(pair(r));
      }
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
