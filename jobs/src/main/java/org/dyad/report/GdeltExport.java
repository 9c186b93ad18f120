package org.dyad.report;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.dyad.tables.Col;

/**
 * Dyad's events in GDELT 2.0's Event layout (the 61 tab-separated columns of an {@code .export.CSV}
 * file, no header, no quoting), so that scripts written for GDELT read a user's own corpus. One row
 * per event of a story: the copies of a story (near-duplicates) that carry the same event (same
 * source, target and code) are one row, counted in NumMentions, NumArticles and NumSources. Columns
 * Dyad cannot fill are left empty: {@link #EMPTY}.
 */
public final class GdeltExport {
  private GdeltExport() {}

  /** The eight columns GDELT gives each of an event's three places (actor 1, actor 2, action). */
  private static final List<String> GEO_FIELDS =
      List.of(
          "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID");

  /** An actor's columns GDELT has and Dyad does not code: known group, ethnicity, religion. */
  private static final List<String> ACTOR_UNCODED =
      List.of("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code");

  /** GDELT 2.0 Event columns, in file order. */
  public static final List<String> COLUMNS = columns();

  /**
   * The columns left empty: Dyad codes no known group, ethnicity or religion of an actor, no tone
   * and no geography (GDELT's geocoder is not part of it).
   */
  public static final Set<String> EMPTY = empty();

  private static List<String> columns() {
    List<String> c =
        new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      c.addAll(List.of(actor + "Code", actor + "Name", actor + "CountryCode"));
      for (String f : ACTOR_UNCODED) c.add(actor + f);
      for (int i = 1; i <= 3; i++) c.add(actor + "Type" + i + "Code");
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String place : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_"))
      for (String f : GEO_FIELDS) c.add(place + f);
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  private static Set<String> empty() {
    Set<String> e = new java.util.LinkedHashSet<>();
    for (String actor : List.of("Actor1", "Actor2"))
      for (String f : ACTOR_UNCODED) e.add(actor + f);
    e.add("AvgTone");
    for (String place : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_"))
      for (String f : GEO_FIELDS) e.add(place + f);
    return java.util.Collections.unmodifiableSet(e);
  }

  /**
   * The GDELT rows of an events table (all string columns, in {@link #COLUMNS} order), given the
   * articles for source names and URLs, sorted by date and id.
   */
  public static Dataset<Row> rows(Dataset<Row> events, Dataset<Row> articles) {
    Dataset<Row> withSource =
        events.join(
            articles.select(
                col(Col.ARTICLE_ID), col(Col.SOURCE).as("_outlet"), col(Col.URL).as("_url")),
            new String[] {Col.ARTICLE_ID},
            "left");
    // A story and its copies: one row per (story, source, target, code).
    Column story = coalesce(col(Col.DUPLICATE_OF), col(Col.ARTICLE_ID));
    Column[] key = {
      col("_story"), col(Col.SOURCE_ACTOR_ID), col(Col.TARGET_ACTOR_ID), col(Col.EVENT_CODE)
    };
    Dataset<Row> grouped =
        withSource
            .withColumn("_story", story)
            .withColumn("_copy", col(Col.DUPLICATE_OF).isNotNull())
            .withColumn("_mentions", count(lit(1)).over(Window.partitionBy(key)))
            .withColumn(
                "_articles", size(collect_set(col(Col.ARTICLE_ID)).over(Window.partitionBy(key))))
            .withColumn(
                "_sources",
                size(
                    collect_set(coalesce(col("_outlet"), col(Col.ARTICLE_ID)))
                        .over(Window.partitionBy(key))))
            .withColumn(
                "_n",
                row_number()
                    .over(
                        Window.partitionBy(key)
                            .orderBy(
                                col("_copy"),
                                col(Col.ARTICLE_ID),
                                col(Col.SENTENCE),
                                col(Col.BEGIN))))
            .where(col("_n").equalTo(1));
    Column published = col(Col.PUBLISHED);
    Column id =
        abs(
            xxhash64(
                col(Col.ARTICLE_ID),
                col(Col.SENTENCE),
                col(Col.BEGIN),
                col(Col.SOURCE_ACTOR_ID),
                col(Col.TARGET_ACTOR_ID),
                col(Col.EVENT_CODE)));
    List<Column> out = new ArrayList<>();
    for (String c : COLUMNS) {
      Column v =
          switch (c) {
            case "GLOBALEVENTID" -> id;
            case "SQLDATE" -> date_format(published, "yyyyMMdd");
            case "MonthYear" -> date_format(published, "yyyyMM");
            case "Year" -> year(published);
            case "FractionDate" ->
                format_string(
                    "%.4f", year(published).plus(dayofyear(published).minus(1).divide(365.0)));
            case "Actor1Code" -> col(Col.SOURCE_CODE);
            case "Actor1Name" -> upper(col(Col.SOURCE_NAME));
            case "Actor1CountryCode" -> col(Col.SOURCE_COUNTRY);
            case "Actor1Type1Code" -> agent(col(Col.SOURCE_CODE), col(Col.SOURCE_COUNTRY), 0);
            case "Actor1Type2Code" -> agent(col(Col.SOURCE_CODE), col(Col.SOURCE_COUNTRY), 1);
            case "Actor1Type3Code" -> agent(col(Col.SOURCE_CODE), col(Col.SOURCE_COUNTRY), 2);
            case "Actor2Code" -> col(Col.TARGET_CODE);
            case "Actor2Name" -> upper(col(Col.TARGET_NAME));
            case "Actor2CountryCode" -> col(Col.TARGET_COUNTRY);
            case "Actor2Type1Code" -> agent(col(Col.TARGET_CODE), col(Col.TARGET_COUNTRY), 0);
            case "Actor2Type2Code" -> agent(col(Col.TARGET_CODE), col(Col.TARGET_COUNTRY), 1);
            case "Actor2Type3Code" -> agent(col(Col.TARGET_CODE), col(Col.TARGET_COUNTRY), 2);
            case "IsRootEvent" -> when(col(Col.SENTENCE).equalTo(0), lit(1)).otherwise(lit(0));
            case "EventCode" -> col(Col.EVENT_CODE);
            case "EventBaseCode" -> substring(col(Col.EVENT_CODE), 1, 3);
            case "EventRootCode" -> col(Col.EVENT_ROOT);
            case "QuadClass" -> col(Col.QUAD_CLASS);
            case "GoldsteinScale" -> col(Col.GOLDSTEIN);
            case "NumMentions" -> col("_mentions");
            case "NumSources" -> col("_sources");
            case "NumArticles" -> col("_articles");
            case "DATEADDED" -> date_format(published, "yyyyMMddHHmmss");
            case "SOURCEURL" -> coalesce(col("_url"), col(Col.ARTICLE_ID));
            default -> lit(null);
          };
      out.add(v.cast("string").as(c));
    }
    return grouped.orderBy(published.asc_nulls_last(), id).select(out.toArray(Column[]::new));
  }

  /**
   * The agent codes after the country part of a CAMEO actor code, three letters each ("USAGOVMIL":
   * GOV, MIL), the {@code i}-th or null. A code without a country (IGOs, "MNCUSA") starts at 0.
   */
  private static Column agent(Column code, Column country, int i) {
    Column rest =
        when(country.isNotNull().and(code.startsWith(country)), substring(code, 4, 100))
            .otherwise(code);
    Column part = substring(rest, 3 * i + 1, 3);
    return when(part.notEqual(""), part);
  }

  /**
   * Writes the rows as one GDELT file, {@code <out>/dyad.export.CSV} (tab-separated, no quoting,
   * empty for null; a header line when asked), replacing what was there; returns the rows written.
   */
  public static long write(SparkSession spark, Dataset<Row> rows, String out, boolean header)
      throws IOException {
    String parts = out + "/_parts";
    rows.coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("sep", "\t")
        .option("quote", "\u0000")
        .option("nullValue", "")
        .option("emptyValue", "")
        .option("header", header)
        .csv(parts);
    FileSystem fs = new Path(out).getFileSystem(spark.sparkContext().hadoopConfiguration());
    Path target = new Path(out, "dyad.export.CSV");
    fs.delete(target, false);
    for (FileStatus f : fs.listStatus(new Path(parts))) {
      if (f.getPath().getName().startsWith("part-")) fs.rename(f.getPath(), target);
    }
    fs.delete(new Path(parts), true);
    return spark.read().text(target.toString()).count() - (header ? 1 : 0);
  }
}
