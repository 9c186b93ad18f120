package org.dyad.report;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events in GDELT 2.0's Event layout: columns, values, copies folded, the file as GDELT's. */
class GdeltExportTest {
  @TempDir Path dir;

  private static final StructType EVENTS =
      createStructType(
          List.of(
              createStructField(Col.ARTICLE_ID, StringType, false),
              createStructField(Col.SENTENCE, IntegerType, false),
              createStructField(Col.BEGIN, IntegerType, false),
              createStructField(Col.PUBLISHED, TimestampType, true),
              createStructField(Col.SOURCE_ACTOR_ID, StringType, false),
              createStructField(Col.SOURCE_NAME, StringType, false),
              createStructField(Col.SOURCE_CODE, StringType, true),
              createStructField(Col.SOURCE_COUNTRY, StringType, true),
              createStructField(Col.TARGET_ACTOR_ID, StringType, false),
              createStructField(Col.TARGET_NAME, StringType, false),
              createStructField(Col.TARGET_CODE, StringType, true),
              createStructField(Col.TARGET_COUNTRY, StringType, true),
              createStructField(Col.EVENT_CODE, StringType, false),
              createStructField(Col.EVENT_ROOT, StringType, false),
              createStructField(Col.QUAD_CLASS, IntegerType, false),
              createStructField(Col.GOLDSTEIN, DoubleType, true),
              createStructField(Col.DUPLICATE_OF, StringType, true)));

  private static final StructType ARTICLES =
      createStructType(
          List.of(
              createStructField(Col.ARTICLE_ID, StringType, false),
              createStructField(Col.SOURCE, StringType, true),
              createStructField(Col.URL, StringType, true)));

  private static final Timestamp MAY_15 = Timestamp.valueOf("2019-05-15 09:30:00");

  private static Row sanction(String article, int sentence, String copyOf) {
    return RowFactory.create(
        article,
        sentence,
        10,
        MAY_15,
        "organisation:treasury",
        "United States Department of the Treasury",
        "USAGOVTRS",
        "USA",
        "IRN",
        "Iran",
        "IRN",
        "IRN",
        "163",
        "16",
        4,
        -8.0,
        copyOf);
  }

  private static Dataset<Row> rows() {
    SparkSession spark = SparkSession.active();
    Dataset<Row> events =
        spark.createDataFrame(
            List.of(
                sanction("a", 0, null),
                // the same story from another outlet, a near-duplicate of a
                sanction("b", 2, "a"),
                RowFactory.create(
                    "a",
                    3,
                    40,
                    MAY_15,
                    "IRQ",
                    "Iraq",
                    "IRQGOV",
                    "IRQ",
                    "person:mike-pompeo",
                    "Mike Pompeo",
                    "USAGOV",
                    "USA",
                    "043",
                    "04",
                    1,
                    2.8,
                    null)),
            EVENTS);
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a", "Reuters", "https://example.org/a"),
                RowFactory.create("b", "AP", null)),
            ARTICLES);
    return GdeltExport.rows(events, articles);
  }

  @Test
  void oneRowPerEventOfAStoryInGdeltsColumns() {
    SparkTestSession.get();
    Dataset<Row> out = rows();
    assertEquals(GdeltExport.COLUMNS, List.of(out.columns()));
    assertEquals(61, out.columns().length);
    // GDELT 2.0's positions (1-based in its codebook): 9 Actor1KnownGroupCode, 26 IsRootEvent,
    // 31 GoldsteinScale, 36 Actor1Geo_Type, 52 ActionGeo_Type, 61 SOURCEURL
    assertEquals("Actor1KnownGroupCode", out.columns()[8]);
    assertEquals("IsRootEvent", out.columns()[25]);
    assertEquals("GoldsteinScale", out.columns()[30]);
    assertEquals("Actor1Geo_Type", out.columns()[35]);
    assertEquals("ActionGeo_Type", out.columns()[51]);
    assertEquals("SOURCEURL", out.columns()[60]);
    assertEquals(33, GdeltExport.EMPTY.size());
    List<Row> rows = out.collectAsList();
    assertEquals(2, rows.size(), rows.toString());
    Row sanction =
        rows.stream().filter(r -> "163".equals(r.getAs("EventCode"))).findFirst().orElseThrow();
    assertEquals("20190515", sanction.getAs("SQLDATE"));
    assertEquals("201905", sanction.getAs("MonthYear"));
    assertEquals("2019", sanction.getAs("Year"));
    assertEquals("2019.3671", sanction.getAs("FractionDate"));
    assertEquals("USAGOVTRS", sanction.getAs("Actor1Code"));
    assertEquals("UNITED STATES DEPARTMENT OF THE TREASURY", sanction.getAs("Actor1Name"));
    assertEquals("USA", sanction.getAs("Actor1CountryCode"));
    assertEquals("GOV", sanction.getAs("Actor1Type1Code"));
    assertEquals("TRS", sanction.getAs("Actor1Type2Code"));
    assertNull(sanction.getAs("Actor1Type3Code"));
    assertNull(sanction.getAs("Actor2Type1Code"));
    assertEquals("1", sanction.getAs("IsRootEvent"));
    assertEquals("163", sanction.getAs("EventBaseCode"));
    assertEquals("16", sanction.getAs("EventRootCode"));
    assertEquals("4", sanction.getAs("QuadClass"));
    assertEquals("-8.0", sanction.getAs("GoldsteinScale"));
    // The story and its copy: one row, two articles from two outlets.
    assertEquals("2", sanction.getAs("NumMentions"));
    assertEquals("2", sanction.getAs("NumArticles"));
    assertEquals("2", sanction.getAs("NumSources"));
    assertEquals("https://example.org/a", sanction.getAs("SOURCEURL"));
    assertEquals("20190515093000", sanction.getAs("DATEADDED"));
    for (String empty : GdeltExport.EMPTY) assertNull(sanction.getAs(empty), empty);
    Row consult =
        rows.stream().filter(r -> "043".equals(r.getAs("EventCode"))).findFirst().orElseThrow();
    assertEquals("0", consult.getAs("IsRootEvent"));
    assertEquals("1", consult.getAs("NumArticles"));
  }

  @Test
  void theFileIsTabSeparatedWithoutHeaderLikeGdelts() throws Exception {
    SparkTestSession.get();
    long n = GdeltExport.write(SparkSession.active(), rows(), dir.toString(), false);
    assertEquals(2, n);
    List<String> lines = Files.readAllLines(dir.resolve("dyad.export.CSV"));
    assertEquals(2, lines.size());
    for (String line : lines) {
      assertEquals(61, line.split("\t", -1).length, line);
      assertFalse(line.contains("\""), line);
    }
    assertFalse(Files.exists(dir.resolve("_parts")));
    // Again, with a header: the file is replaced.
    assertEquals(2, GdeltExport.write(SparkSession.active(), rows(), dir.toString(), true));
    List<String> withHeader = Files.readAllLines(dir.resolve("dyad.export.CSV"));
    assertEquals(3, withHeader.size());
    assertTrue(withHeader.get(0).startsWith("GLOBALEVENTID\tSQLDATE\t"));
  }
}
