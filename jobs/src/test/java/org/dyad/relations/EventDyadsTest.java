package org.dyad.relations;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.dyad.relations.Occurrences.Level;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

/** Directed event figures of a dyad over periods, from tiny events and stories tables. */
class EventDyadsTest {
  private static final StructType EVENTS =
      createStructType(
          List.of(
              createStructField(Col.ARTICLE_ID, StringType, false),
              createStructField(Col.SENTENCE, IntegerType, false),
              createStructField(Col.BEGIN, IntegerType, false),
              createStructField(Col.PUBLISHED, TimestampType, true),
              createStructField(Col.SOURCE_ACTOR_ID, StringType, false),
              createStructField(Col.SOURCE_COUNTRY, StringType, true),
              createStructField(Col.TARGET_ACTOR_ID, StringType, false),
              createStructField(Col.TARGET_COUNTRY, StringType, true),
              createStructField(Col.EVENT_CODE, StringType, false),
              createStructField(Col.EVENT_ROOT, StringType, false),
              createStructField(Col.EVENT_NAME, StringType, true),
              createStructField(Col.QUAD_CLASS, IntegerType, false),
              createStructField(Col.GOLDSTEIN, DoubleType, true),
              createStructField(Col.TRIGGER, StringType, false),
              createStructField(Col.SENTENCE_TEXT, StringType, false)));

  private static final StructType STORIES =
      createStructType(
          List.of(
              createStructField(Col.ARTICLE_ID, StringType, false),
              createStructField(Col.PUBLISHED, TimestampType, true),
              createStructField(Col.PERIOD, StringType, false),
              createStructField(Col.PERIOD_INDEX, IntegerType, true)));

  private static final Timestamp DAY = Timestamp.valueOf("2019-05-13 00:00:00");

  private static Row event(
      String article, String source, String target, String code, int quad, double goldstein) {
    String sc = source.startsWith("person:") ? "USA" : source;
    String tc = target.startsWith("person:") ? "USA" : target;
    return RowFactory.create(
        article,
        1,
        0,
        DAY,
        source,
        sc.equals("NONE") ? null : sc,
        target,
        tc.equals("NONE") ? null : tc,
        code,
        code.substring(0, 2),
        "name of " + code,
        quad,
        goldstein,
        "verb",
        source + " did " + code + " to " + target + " in " + article);
  }

  private static Row story(String article, String period, Integer index) {
    return RowFactory.create(article, DAY, period, index);
  }

  private static Dataset<Row> events() {
    List<Row> e = new ArrayList<>();
    // Week 10: three cooperative events, the United States toward Iran.
    e.add(event("s1", "USA", "IRN", "042", 1, 1.9));
    e.add(event("s2", "USA", "IRN", "043", 1, 2.8));
    e.add(event("s3", "USA", "IRN", "057", 2, 8.0));
    // Week 11: conflict both ways.
    e.add(event("s4", "USA", "IRN", "163", 4, -8.0));
    e.add(event("s4", "USA", "IRN", "172", 4, -5.0));
    e.add(event("s5", "IRN", "USA", "112", 3, -4.0));
    e.add(event("s5", "IRN", "USA", "111", 3, -4.0));
    // A copy of s5 (not one of the stories), the same country on both sides, a side without a
    // country: none of them counts.
    e.add(event("d5", "IRN", "USA", "112", 3, -4.0));
    e.add(event("s5", "person:trump", "USA", "010", 1, 0.0));
    e.add(event("s5", "NONE", "IRN", "190", 4, -10.0));
    return SparkTestSession.get().createDataFrame(e, EVENTS);
  }

  private static Dataset<Row> stories() {
    List<Row> s = new ArrayList<>();
    for (String a : List.of("s1", "s2", "s3")) s.add(story(a, "2019-W10", 10));
    for (String a : List.of("s4", "s5")) s.add(story(a, "2019-W11", 11));
    return SparkTestSession.get().createDataFrame(s, STORIES);
  }

  private static Map<String, Row> byPeriod(Dataset<Row> d) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : d.collectAsList()) out.put(r.getAs(Col.PERIOD), r);
    return out;
  }

  @Test
  void eventsEachWayAndTheBalanceAgainstTheBaseline() {
    Dataset<Row> story = EventDyads.storyEvents(events(), stories(), Level.COUNTRY);
    Map<String, Row> rows = byPeriod(EventDyads.directed(story, 4, 2.0));
    assertEquals(2, rows.size(), rows.toString());
    Row w10 = rows.get("2019-W10");
    assertEquals("IRN", w10.getAs(Col.ACTOR_A));
    assertEquals("USA", w10.getAs(Col.ACTOR_B));
    assertEquals(0L, (long) w10.getAs(Col.EVENTS_A_TO_B));
    assertEquals(3L, (long) w10.getAs(Col.EVENTS_B_TO_A));
    assertEquals(2L, (long) w10.getAs(Col.VERBAL_COOP_B_TO_A));
    assertEquals(1L, (long) w10.getAs(Col.MATERIAL_COOP_B_TO_A));
    assertEquals(1.0, w10.<Double>getAs(Col.BALANCE), 1e-9);
    assertEquals(EventDyads.NEW, w10.getAs(Col.EVENT_TREND));
    assertNull(w10.getAs(Col.GOLDSTEIN_A_TO_B));
    assertNull(w10.getAs(Col.STRONGEST_A_TO_B));
    Row strongest10 = w10.getAs(Col.STRONGEST_B_TO_A);
    assertEquals("057", strongest10.getAs(Col.EVENT_CODE));

    Row w11 = rows.get("2019-W11");
    // The copy d5 and the events without two countries do not count.
    assertEquals(2L, (long) w11.getAs(Col.EVENTS_A_TO_B));
    assertEquals(2L, (long) w11.getAs(Col.EVENTS_B_TO_A));
    assertEquals(2L, (long) w11.getAs(Col.VERBAL_CONFLICT_A_TO_B));
    assertEquals(2L, (long) w11.getAs(Col.MATERIAL_CONFLICT_B_TO_A));
    assertEquals(-4.0, w11.<Double>getAs(Col.GOLDSTEIN_A_TO_B), 1e-9);
    assertEquals(-6.5, w11.<Double>getAs(Col.GOLDSTEIN_B_TO_A), 1e-9);
    assertEquals(-1.0, w11.<Double>getAs(Col.BALANCE), 1e-9);
    assertEquals(1.0, w11.<Double>getAs(Col.PREVIOUS_BALANCE), 1e-9);
    assertEquals(-2.0, w11.<Double>getAs(Col.BALANCE_CHANGE), 1e-9);
    // Baseline: 3 cooperative events, 0 conflictual, one pseudo-event of each: 3 / 5.
    assertEquals(0.6, w11.<Double>getAs(Col.BASELINE_BALANCE), 1e-9);
    // (-1 - 0.6) / sqrt((1 - 0.36) / 4) = -4
    assertEquals(-4.0, w11.<Double>getAs(Col.BALANCE_Z), 1e-9);
    assertEquals(EventDyads.ESCALATING, w11.getAs(Col.EVENT_TREND));
    Row strongest11 = w11.getAs(Col.STRONGEST_B_TO_A);
    assertEquals("163", strongest11.getAs(Col.EVENT_CODE));
    assertEquals(-8.0, strongest11.<Double>getAs(Col.GOLDSTEIN), 1e-9);
    assertTrue(strongest11.<String>getAs(Col.SENTENCE).contains("in s4"));
  }

  @Test
  void aSmallMoveAgainstALongBaselineIsSteady() {
    Dataset<Row> story = EventDyads.storyEvents(events(), stories(), Level.COUNTRY);
    // With a threshold of 5 the same move is not enough.
    Map<String, Row> rows = byPeriod(EventDyads.directed(story, 4, 5.0));
    assertEquals(EventDyads.STEADY, rows.get("2019-W11").getAs(Col.EVENT_TREND));
  }

  @Test
  void actorLevelKeepsTheActorsApart() {
    Dataset<Row> story = EventDyads.storyEvents(events(), stories(), Level.ACTOR);
    // person:trump -> USA is an event between two actors (not a country with itself).
    assertEquals(
        1,
        EventDyads.directed(story, 4, 2.0)
            .where(
                org.apache
                    .spark
                    .sql
                    .functions
                    .col(Col.ACTOR_A)
                    .equalTo("USA")
                    .and(org.apache.spark.sql.functions.col(Col.ACTOR_B).equalTo("person:trump")))
            .count());
  }

  @Test
  void countryEventsCountByRootAndStory() {
    Dataset<Row> story = EventDyads.storyEvents(events(), stories(), Level.COUNTRY);
    List<Row> rows =
        EventDyads.countryEvents(
                story, Map.of("USA", "United States", "IRN", "Iran"), Map.of("11", "DISAPPROVE"))
            .where(org.apache.spark.sql.functions.col(Col.SOURCE_COUNTRY).equalTo("IRN"))
            .collectAsList();
    assertEquals(1, rows.size(), rows.toString());
    Row r = rows.get(0);
    assertEquals("11", r.getAs(Col.EVENT_ROOT));
    assertEquals("DISAPPROVE", r.getAs(Col.EVENT_ROOT_NAME));
    assertEquals("Iran", r.getAs(Col.SOURCE_NAME));
    assertEquals("United States", r.getAs(Col.TARGET_NAME));
    assertEquals(2L, (long) r.getAs(Col.EVENT_COUNT));
    assertEquals(1L, (long) r.getAs(Col.ARTICLE_COUNT));
    assertEquals(-8.0, r.<Double>getAs(Col.GOLDSTEIN_SUM), 1e-9);
    assertEquals(3, (int) r.getAs(Col.QUAD_CLASS));
  }

  @Test
  void goldsteinSumsAndMeansDoNotDependOnTheOrderSparkAddsTheScoresIn() {
    // 0.1 + 0.2 + 0.3 as doubles is 0.6000000000000001 in one order and 0.6 in the other
    List<Double> scores = List.of(0.1, 0.2, 0.3, -9.5, 7.4, 1.9);
    List<Double> reversed = new ArrayList<>(scores);
    java.util.Collections.reverse(reversed);
    StructType schema = createStructType(List.of(createStructField("g", DoubleType, true)));
    List<Row> results = new ArrayList<>();
    for (List<Double> order : List.of(scores, reversed)) {
      for (int parts : new int[] {1, 3}) {
        List<Row> rows = new ArrayList<>();
        for (Double g : order) rows.add(RowFactory.create(g));
        Dataset<Row> d =
            SparkTestSession.get().createDataFrame(rows, schema).repartition(parts).coalesce(parts);
        results.add(
            d.agg(
                    EventDyads.exactSum(org.apache.spark.sql.functions.col("g")),
                    EventDyads.exactMean(org.apache.spark.sql.functions.col("g")))
                .first());
      }
    }
    for (Row r : results) assertEquals(results.get(0), r);
    assertEquals(0.4, results.get(0).getDouble(0), 0.0, "the exact sum");
    assertEquals(0.4 / 6, results.get(0).getDouble(1), 0.0, "the exact sum over the count");
  }
}
