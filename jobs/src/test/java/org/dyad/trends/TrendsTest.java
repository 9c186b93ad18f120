package org.dyad.trends;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.SparkTestSession;
import org.dyad.config.TrendsConfig;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

class TrendsTest {
  private static final int PERIODS = 8;

  private static Dataset<Row> periods() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < PERIODS; i++) rows.add(RowFactory.create("p" + i, i, 100L));
    rows.add(RowFactory.create("undated", null, 5L));
    return SparkTestSession.get()
        .createDataFrame(
            rows,
            DataTypes.createStructType(
                new StructField[] {
                  DataTypes.createStructField(Col.PERIOD, DataTypes.StringType, false),
                  DataTypes.createStructField(Col.PERIOD_INDEX, DataTypes.IntegerType, true),
                  DataTypes.createStructField(Col.PERIOD_ARTICLES, DataTypes.LongType, false)
                }));
  }

  /** An actor's stories per period (null: absent); 100 stories in every period. */
  private static Map<String, Row> trends(Long[] counts, Long undated) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++)
      if (counts[i] != null) rows.add(RowFactory.create("x", "p" + i, i, counts[i], 100L));
    if (undated != null) rows.add(RowFactory.create("x", "undated", null, undated, 5L));
    Dataset<Row> d =
        SparkTestSession.get()
            .createDataFrame(
                rows,
                DataTypes.createStructType(
                    new StructField[] {
                      DataTypes.createStructField(Col.ACTOR_ID, DataTypes.StringType, false),
                      DataTypes.createStructField(Col.PERIOD, DataTypes.StringType, false),
                      DataTypes.createStructField(Col.PERIOD_INDEX, DataTypes.IntegerType, true),
                      DataTypes.createStructField(Col.ARTICLE_COUNT, DataTypes.LongType, false),
                      DataTypes.createStructField(Col.PERIOD_ARTICLES, DataTypes.LongType, false)
                    }));
    Map<String, Row> out = new HashMap<>();
    Trends.apply(
            d,
            new String[] {Col.ACTOR_ID},
            new String[0],
            Col.ARTICLE_COUNT,
            Col.PERIOD_ARTICLES,
            periods(),
            new TrendsConfig().settings())
        .collectAsList()
        .forEach(r -> out.put(r.getAs(Col.PERIOD), r));
    return out;
  }

  @Test
  void newRisingStableFallingGone() {
    // Steady around 11 per 100 stories, a drop to 1 in p5, a jump to 30 in p6, absent in p7.
    Map<String, Row> t = trends(new Long[] {10L, 12L, 10L, 12L, 11L, 1L, 30L, null}, 2L);
    assertEquals("new", t.get("p0").getAs(Col.TREND));
    assertNull(t.get("p0").getAs(Col.PREVIOUS_SHARE), "no period before the first");
    assertEquals("stable", t.get("p1").getAs(Col.TREND));
    assertEquals(0.02, t.get("p1").<Double>getAs(Col.CHANGE), 1e-12);
    assertEquals("stable", t.get("p4").getAs(Col.TREND));
    // p5: baseline p1..p4 = .12 .10 .12 .11: mean .1125, population sd .0083 < binomial floor
    // sqrt(.1125 * .8875 / 100)
    Row p5 = t.get("p5");
    assertEquals(0.1125, p5.<Double>getAs(Col.BASELINE_MEAN), 1e-12);
    assertEquals(
        Math.sqrt((0.0144 + 0.01 + 0.0144 + 0.0121) / 4 - 0.1125 * 0.1125),
        p5.<Double>getAs(Col.BASELINE_SD),
        1e-12);
    assertEquals(
        (0.01 - 0.1125) / Math.sqrt(0.1125 * 0.8875 / 100), p5.<Double>getAs(Col.Z_SCORE), 1e-9);
    assertEquals("falling", p5.getAs(Col.TREND));
    // p6: baseline p2..p5 = .10 .12 .11 .01: mean .085, sd .0439 above the floor
    Row p6 = t.get("p6");
    double sd = Math.sqrt((0.01 + 0.0144 + 0.0121 + 0.0001) / 4 - 0.085 * 0.085);
    assertEquals((0.30 - 0.085) / sd, p6.<Double>getAs(Col.Z_SCORE), 1e-9);
    assertEquals("rising", p6.getAs(Col.TREND));
    Row gone = t.get("p7");
    assertEquals("gone", gone.getAs(Col.TREND));
    assertEquals(0L, (long) gone.getAs(Col.ARTICLE_COUNT));
    assertEquals(-0.30, gone.<Double>getAs(Col.CHANGE), 1e-12);
    assertNull(t.get("undated").getAs(Col.TREND), "undated rows have no trend");
    assertEquals(9, t.size());
  }

  @Test
  void aGapInTheActorsPresenceCountsAsZeros() {
    // Present in p0 and p3 only: p1 and p2 exist in the corpus, so p3's baseline is (0.05, 0, 0)
    // and p1 is "gone".
    Map<String, Row> t = trends(new Long[] {5L, null, null, 5L}, null);
    assertEquals("gone", t.get("p1").getAs(Col.TREND));
    assertFalse(t.containsKey("p2"), "gone once, not again");
    assertEquals(0.05 / 3, t.get("p3").<Double>getAs(Col.BASELINE_MEAN), 1e-12);
    assertEquals(
        0.0,
        t.get("p3").<Double>getAs(Col.PREVIOUS_SHARE),
        1e-12,
        "absent in a period the corpus has: 0");
    assertEquals("gone", t.get("p4").getAs(Col.TREND), "and gone again after p3");
  }
}
