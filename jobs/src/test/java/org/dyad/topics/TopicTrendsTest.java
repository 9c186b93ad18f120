package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.SparkTestSession;
import org.dyad.config.TrendsConfig;
import org.dyad.tables.Col;
import org.dyad.trends.Trends;
import org.junit.jupiter.api.Test;

class TopicTrendsTest {
  private static Dataset<Row> df(List<Row> rows, StructField... fields) {
    return SparkTestSession.get().createDataFrame(rows, DataTypes.createStructType(fields));
  }

  private static StructField f(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /**
   * Two topics over three weeks of 4 stories: topic 1 is dominant in 1, 1, 3 stories, topic 0 in
   * the rest; one undated story on topic 0. Weights: the dominant topic 0.75, the other 0.25.
   */
  private static Dataset<Row> topical() {
    List<Row> stories = new ArrayList<>();
    List<Row> assignments = new ArrayList<>();
    int[] topicOne = {1, 1, 3};
    int id = 0;
    for (int w = 0; w < 3; w++) {
      for (int i = 0; i < 4; i++) {
        String a = "a" + id++;
        int topic = i < topicOne[w] ? 1 : 0;
        stories.add(RowFactory.create(a, "1987-W1" + w, w));
        assignments.add(
            RowFactory.create(a, topic, topic == 1 ? List.of(0.25, 0.75) : List.of(0.75, 0.25)));
      }
    }
    stories.add(RowFactory.create("u", "undated", null));
    assignments.add(RowFactory.create("u", 0, List.of(0.75, 0.25)));
    Dataset<Row> s =
        df(
            stories,
            f(Col.ARTICLE_ID, DataTypes.StringType),
            f(Col.PERIOD, DataTypes.StringType),
            f(Col.PERIOD_INDEX, DataTypes.IntegerType));
    Dataset<Row> t =
        df(
            assignments,
            f(Col.ARTICLE_ID, DataTypes.StringType),
            f(Col.TOPIC_ID, DataTypes.IntegerType),
            f(Col.TOPIC_WEIGHTS, DataTypes.createArrayType(DataTypes.DoubleType)));
    return TopicTrends.topicalStories(s, t);
  }

  private static Dataset<Row> topics() {
    return df(
        List.of(RowFactory.create(0, "earnings"), RowFactory.create(1, "oil")),
        f(Col.TOPIC_ID, DataTypes.IntegerType),
        f(Col.LABEL, DataTypes.StringType));
  }

  @Test
  void countsSharesWeightsAndChangePerPeriod() {
    Dataset<Row> topical = topical();
    Dataset<Row> periods = TopicTrends.periods(topical);
    Map<String, Row> oil = new HashMap<>();
    TopicTrends.trends(topical, periods, topics(), new TrendsConfig().settings())
        .where(Col.TOPIC_ID + " = 1")
        .collectAsList()
        .forEach(r -> oil.put(r.getAs(Col.PERIOD), r));
    assertEquals(3, oil.size(), "three dated weeks; topic 1 has no undated story");
    Row last = oil.get("1987-W12");
    assertEquals(3L, last.<Long>getAs(Col.TOPIC_COUNT));
    assertEquals(4L, last.<Long>getAs(Col.PERIOD_ARTICLES));
    assertEquals(0.75, last.<Double>getAs(Col.SHARE), 1e-12);
    assertEquals(0.5, last.<Double>getAs(Col.CHANGE), 1e-12);
    assertEquals(3 * 0.75 + 0.25, last.<Double>getAs(Col.WEIGHT), 1e-12);
    assertEquals((3 * 0.75 + 0.25) / 4, last.<Double>getAs(Col.WEIGHTED_SHARE), 1e-12);
    assertEquals("oil", last.getAs(Col.LABEL));
    Row undated =
        TopicTrends.trends(topical, periods, topics(), new TrendsConfig().settings())
            .where(Col.PERIOD + " = 'undated'")
            .first();
    assertEquals(0, undated.<Integer>getAs(Col.TOPIC_ID), "undated stories are reported apart");
    assertNull(undated.getAs(Col.TREND));
  }

  @Test
  void moversRankTheLargestChanges() {
    Dataset<Row> topical = topical();
    Dataset<Row> periods = TopicTrends.periods(topical);
    List<Row> movers =
        TopicTrends.movers(
                TopicTrends.trends(topical, periods, topics(), new TrendsConfig().settings()), 3)
            .where(Col.PERIOD + " = '1987-W12'")
            .orderBy(Col.DIRECTION)
            .collectAsList();
    assertEquals(2, movers.size());
    assertEquals("falling", movers.get(0).getAs(Col.DIRECTION));
    assertEquals(0, movers.get(0).<Integer>getAs(Col.TOPIC_ID));
    assertEquals("rising", movers.get(1).getAs(Col.DIRECTION));
    assertEquals(1, movers.get(1).<Integer>getAs(Col.TOPIC_ID));
    assertEquals(1, movers.get(1).<Integer>getAs(Col.RANK));
  }

  @Test
  void burstsRunOnEveryTopicsWeeklySeries() {
    Dataset<Row> topical = topical();
    TrendsConfig config = new TrendsConfig();
    config.burstGamma = 0;
    Trends.Settings c = config.settings();
    Map<String, Boolean> bursts = new HashMap<>();
    TopicTrends.bursts(topical, TopicTrends.periods(topical), c)
        .collectAsList()
        .forEach(r -> bursts.put(r.getInt(0) + "@" + r.getInt(1), r.getBoolean(2)));
    assertEquals(6, bursts.size(), "two topics, three dated weeks");
    // Topic 1's base rate is 5/12; its burst rate 10/12 explains 3 of 4 better; with a free entry
    // it bursts.
    assertTrue(bursts.get("1@2"));
    assertFalse(bursts.get("1@0"));
  }

  @Test
  void actorAndDyadTopicsCountTheStoriesTheyShare() {
    Dataset<Row> topical = topical();
    Dataset<Row> mentions =
        df(
            List.of(
                RowFactory.create("a8", "USA", "United States"),
                RowFactory.create("a8", "USA", "United States"),
                RowFactory.create("a9", "USA", "United States"),
                RowFactory.create("a11", "USA", "United States")),
            f(Col.ARTICLE_ID, DataTypes.StringType),
            f(Col.ACTOR_ID, DataTypes.StringType),
            f(Col.ACTOR_NAME, DataTypes.StringType));
    List<Row> usa =
        TopicTrends.actorTopics(mentions, topical, topics(), 3).orderBy(Col.RANK).collectAsList();
    // Week 2: a8, a9 on topic 1 (oil), a11 on topic 0.
    assertEquals(2, usa.size());
    assertEquals("oil", usa.get(0).getAs(Col.LABEL));
    assertEquals(2L, usa.get(0).<Long>getAs(Col.TOPIC_COUNT));
    assertEquals(2 / 3.0, usa.get(0).<Double>getAs(Col.SHARE), 1e-12);
    assertEquals("United States", usa.get(1).getAs(Col.NAME));

    Dataset<Row> pairs =
        df(
            List.of(
                RowFactory.create("1987-W12", "IRN", "USA", "a8"),
                RowFactory.create("1987-W12", "IRN", "USA", "a9"),
                RowFactory.create("1987-W12", "IRN", "USA", "a11")),
            f(Col.PERIOD, DataTypes.StringType),
            f(Col.ACTOR_A, DataTypes.StringType),
            f(Col.ACTOR_B, DataTypes.StringType),
            f(Col.ARTICLE_ID, DataTypes.StringType));
    Row dyad = TopicTrends.dyadTopics(pairs, topical, topics(), 3).first();
    List<Row> top = dyad.getList(dyad.fieldIndex(Col.TOP_TOPICS));
    assertEquals(2, top.size());
    assertEquals("oil", top.get(0).getAs(Col.LABEL));
    assertEquals(2L, top.get(0).<Long>getAs(Col.TOPIC_COUNT));
    assertEquals("earnings", top.get(1).getAs(Col.LABEL));
  }
}
