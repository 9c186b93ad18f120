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

  /** GDELT 2.0 Event columns, in file order. */
  public static final List<String> COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "SQLDATE",
          "MonthYear",
          "Year",
          "FractionDate",
          "Actor1Code",
          "Actor1Name",
          "Actor1CountryCode",
          "Actor1KnownGroupCode",
          "Actor1EthnicCode",
          "Actor1Religion1Code",
          "Actor1Religion2Code",
          "Actor1Type1Code",
          "Actor1Type2Code",
          "Actor1Type3Code",
          "Actor2Code",
          "Actor2Name",
          "Actor2CountryCode",
          "Actor2KnownGroupCode",
          "Actor2EthnicCode",
          "Actor2Religion1Code",
          "Actor2Religion2Code",
          "Actor2Type1Code",
          "Actor2Type2Code",
          "Actor2Type3Code",
          "IsRootEvent",
          "EventCode",
          "EventBaseCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "NumMentions",
          "NumSources",
          "NumArticles",
          "AvgTone",
          "Actor1Geo_Type",
          "Actor1Geo_FullName",
          "Actor1Geo_CountryCode",
          "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code",
          "Actor1Geo_Lat",
          "Actor1Geo_Long",
          "Actor1Geo_FeatureID",
          "Actor2Geo_Type",
          "Actor2Geo_FullName",
          "Actor2Geo_CountryCode",
          "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code",
          "Actor2Geo_Lat",
          "Actor2Geo_Long",
          "Actor2Geo_FeatureID",
          "ActionGeo_Type",
          "ActionGeo_FullName",
          "ActionGeo_CountryCode",
          "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "ActionGeo_FeatureID",
          "DATEADDED",
          "SOURCEURL");

  /**
   * The columns left empty: Dyad codes no known group, ethnicity or religion of an actor, no tone
   * and no geography (GDELT's geocoder is not part of it).
   */
  public static final Set<String> EMPTY =
      Set.of(
          "Actor1KnownGroupCode",
          "Actor1EthnicCode",
          "Actor1Religion1Code",
          "Actor1Religion2Code",
          "Actor2KnownGroupCode",
          "Actor2EthnicCode",
          "Actor2Religion1Code",
          "Actor2Religion2Code",
          "AvgTone",
          "Actor1Geo_Type",
          "Actor1Geo_FullName",
          "Actor1Geo_CountryCode",
          "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code",
          "Actor1Geo_Lat",
          "Actor1Geo_Long",
          "Actor1Geo_FeatureID",
          "Actor2Geo_Type",
          "Actor2Geo_FullName",
          "Actor2Geo_CountryCode",
          "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code",
          "Actor2Geo_Lat",
          "Actor2Geo_Long",
          "Actor2Geo_FeatureID",
          "ActionGeo_Type",
          "ActionGeo_FullName",
          "ActionGeo_CountryCode",
          "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "ActionGeo_FeatureID");

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
