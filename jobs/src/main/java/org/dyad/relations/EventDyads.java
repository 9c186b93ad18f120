package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.dyad.relations.Occurrences.Level;
import org.dyad.tables.Col;

/**
 * What two actors (or two countries) did to each other per period, from the {@code events} table:
 * events each way by GDELT quad class, mean Goldstein each way, the cooperation-conflict balance
 * and how it moved against the dyad's baseline, and the strongest event each way with its sentence.
 * Copies of a story count once: only events of the period's stories (near-duplicates left out) are
 * read.
 *
 * <p>The balance of a period is (cooperation - conflict) / events, over both directions, with quad
 * classes 1-2 cooperation and 3-4 conflict: +1 all cooperation, -1 all conflict. Its baseline is
 * the same ratio over the events of the dyad's trailing baseline periods, with one cooperative and
 * one conflictual pseudo-event added ((c - k) / (c + k + 2)) so that a baseline of a few events of
 * one kind is not taken as certain. The z-score is the period's balance minus the baseline, over
 * the binomial standard error of a balance of n events drawn at the baseline's rate, sqrt((1 -
 * baseline^2) / n). {@code event_trend}: "escalating" at z <= -threshold (toward conflict),
 * "de-escalating" at z >= threshold, "steady" between, "new" without baseline events; null in a
 * period without events between the two, and for undated stories.
 */
public final class EventDyads {
  private EventDyads() {}

  public static final String ESCALATING = "escalating";
  public static final String DE_ESCALATING = "de-escalating";
  public static final String STEADY = "steady";
  public static final String NEW = "new";

  private static final String SRC = "_src";
  private static final String TGT = "_tgt";

  /**
   * The events of the period's stories at the level's ids (actor ids, or countries), both sides
   * known and not the same: article_id, published, period, period_index, _src, _tgt and the event's
   * columns.
   */
  public static Dataset<Row> storyEvents(Dataset<Row> events, Dataset<Row> stories, Level level) {
    Column src = level == Level.ACTOR ? col(Col.SOURCE_ACTOR_ID) : col(Col.SOURCE_COUNTRY);
    Column tgt = level == Level.ACTOR ? col(Col.TARGET_ACTOR_ID) : col(Col.TARGET_COUNTRY);
    return events
        .drop(Col.PUBLISHED)
        .join(
            stories.select(
                col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.PERIOD), col(Col.PERIOD_INDEX)),
            Col.ARTICLE_ID)
        .withColumn(SRC, src)
        .withColumn(TGT, tgt)
        .where(col(SRC).isNotNull().and(col(TGT).isNotNull()).and(col(SRC).notEqual(col(TGT))));
  }

  /**
   * Goldstein scores have one decimal (GDELT's scale, -10.0 to 10.0): their sum, added as exact
   * decimals, is the same whatever order Spark adds the rows in (a sum of doubles is not: its last
   * digit moved when the events were coded in more tasks). Null when there are none.
   */
  static Column exactSum(Column goldstein) {
    return sum(goldstein.cast(GOLDSTEIN_DECIMAL)).cast("double");
  }

  /** The mean of Goldstein scores from their exact sum ({@link #exactSum}); null when none. */
  static Column exactMean(Column goldstein) {
    return exactSum(goldstein).divide(count(goldstein));
  }

  /** Room for a Goldstein score (-10.0 to 10.0, one decimal) and more decimals than it has. */
  static final String GOLDSTEIN_DECIMAL = "decimal(7,3)";

  /**
   * Per period and pair (actor_a < actor_b, as in the relationship tables): the directed figures of
   * {@link org.dyad.tables.RelationTables}' DIRECTED_EVENTS columns.
   *
   * @param baselinePeriods how many periods before a period its baseline holds
   * @param zThreshold the z-score from which a dyad is escalating or de-escalating
   */
  public static Dataset<Row> directed(
      Dataset<Row> storyEvents, int baselinePeriods, double zThreshold) {
    Column a = least(col(SRC), col(TGT));
    Column forward = col(SRC).equalTo(a);
    Column quad = col(Col.QUAD_CLASS);
    Column cooperation = quad.isin(1, 2);
    Column conflict = quad.isin(3, 4);
    Column strongest =
        struct(
            abs(coalesce(col(Col.GOLDSTEIN), lit(0.0))).as("_magnitude"),
            col(Col.ARTICLE_ID),
            col(Col.SENTENCE).as("_sentence"),
            col(Col.BEGIN),
            col(Col.EVENT_CODE),
            col(Col.PUBLISHED),
            col(Col.SENTENCE_TEXT),
            col(Col.EVENT_NAME),
            col(Col.GOLDSTEIN),
            col(Col.TRIGGER));
    List<Column> aggs = new ArrayList<>();
    for (boolean ab : new boolean[] {true, false}) {
      Column way = ab ? forward : not(forward);
      String s = ab ? "a_to_b" : "b_to_a";
      aggs.add(count(when(way, lit(1))).as("events_" + s));
      aggs.add(count(when(way.and(quad.equalTo(1)), lit(1))).as("verbal_coop_" + s));
      aggs.add(count(when(way.and(quad.equalTo(2)), lit(1))).as("material_coop_" + s));
      aggs.add(count(when(way.and(quad.equalTo(3)), lit(1))).as("verbal_conflict_" + s));
      aggs.add(count(when(way.and(quad.equalTo(4)), lit(1))).as("material_conflict_" + s));
      aggs.add(exactMean(when(way, col(Col.GOLDSTEIN))).as("goldstein_" + s));
      aggs.add(max(when(way, strongest)).as("_strongest_" + s));
    }
    aggs.add(count(when(cooperation, lit(1))).as("_coop"));
    aggs.add(count(when(conflict, lit(1))).as("_conflict"));
    Dataset<Row> perPeriod =
        storyEvents
            .withColumn(Col.ACTOR_A, a)
            .withColumn(Col.ACTOR_B, greatest(col(SRC), col(TGT)))
            .groupBy(col(Col.PERIOD), col(Col.PERIOD_INDEX), col(Col.ACTOR_A), col(Col.ACTOR_B))
            .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));

    WindowSpec byIndex =
        Window.partitionBy(col(Col.ACTOR_A), col(Col.ACTOR_B)).orderBy(col(Col.PERIOD_INDEX));
    WindowSpec baseline = byIndex.rangeBetween(-baselinePeriods, -1);
    WindowSpec previous = byIndex.rangeBetween(-1, -1);
    Column n = col("_coop").plus(col("_conflict"));
    Column dated = col(Col.PERIOD_INDEX).isNotNull();
    Column baseCoop = coalesce(sum(col("_coop")).over(baseline), lit(0L));
    Column baseConflict = coalesce(sum(col("_conflict")).over(baseline), lit(0L));
    Column prevCoop = sum(col("_coop")).over(previous);
    Column prevConflict = sum(col("_conflict")).over(previous);
    Dataset<Row> t =
        perPeriod
            .withColumn("_bc", when(dated, baseCoop))
            .withColumn("_bk", when(dated, baseConflict))
            .withColumn("_pc", when(dated, prevCoop))
            .withColumn("_pk", when(dated, prevConflict))
            .withColumn(Col.BALANCE, ratio(col("_coop"), col("_conflict"), 0))
            .withColumn(Col.PREVIOUS_BALANCE, ratio(col("_pc"), col("_pk"), 0))
            .withColumn(Col.BALANCE_CHANGE, col(Col.BALANCE).minus(col(Col.PREVIOUS_BALANCE)))
            .withColumn(
                Col.BASELINE_BALANCE,
                when(col("_bc").plus(col("_bk")).gt(0), ratio(col("_bc"), col("_bk"), 2)));
    Column base = col(Col.BASELINE_BALANCE);
    Column z =
        when(
            n.gt(0).and(base.isNotNull()),
            col(Col.BALANCE)
                .minus(base)
                .divide(sqrt(lit(1.0).minus(base.multiply(base)).divide(n))));
    t =
        t.withColumn(Col.BALANCE_Z, z)
            .withColumn(
                Col.EVENT_TREND,
                when(not(dated).or(n.equalTo(0)), lit(null).cast("string"))
                    .when(base.isNull(), lit(NEW))
                    .when(col(Col.BALANCE_Z).leq(-zThreshold), lit(ESCALATING))
                    .when(col(Col.BALANCE_Z).geq(zThreshold), lit(DE_ESCALATING))
                    .otherwise(lit(STEADY)));
    for (String s : new String[] {"a_to_b", "b_to_a"}) {
      Column e = col("_strongest_" + s);
      t =
          t.withColumn(
              "strongest_" + s,
              when(
                  e.isNotNull(),
                  struct(
                      e.getField(Col.ARTICLE_ID).as(Col.ARTICLE_ID),
                      e.getField(Col.PUBLISHED).as(Col.PUBLISHED),
                      e.getField(Col.SENTENCE_TEXT).as(Col.SENTENCE),
                      e.getField(Col.EVENT_CODE).as(Col.EVENT_CODE),
                      e.getField(Col.EVENT_NAME).as(Col.EVENT_NAME),
                      e.getField(Col.GOLDSTEIN).as(Col.GOLDSTEIN),
                      e.getField(Col.TRIGGER).as(Col.TRIGGER))));
    }
    return t.drop(
        "_coop", "_conflict", "_bc", "_bk", "_pc", "_pk", "_strongest_a_to_b", "_strongest_b_to_a");
  }

  /** (c - k) / (c + k + pseudo), null when c + k + pseudo is 0 or either count is null. */
  private static Column ratio(Column coop, Column conflict, int pseudo) {
    Column total = coop.plus(conflict).plus(lit(pseudo));
    return when(total.gt(0), coop.minus(conflict).cast("double").divide(total));
  }

  /**
   * GDELT-style counts at country level: per period, source country, target country and CAMEO root,
   * the events, the stories they come from, the quad class and the Goldstein sum and mean.
   */
  public static Dataset<Row> countryEvents(
      Dataset<Row> countryStoryEvents,
      Map<String, String> countryNames,
      Map<String, String> rootNames) {
    Column names = literalMap(countryNames);
    Column roots = literalMap(rootNames);
    return countryStoryEvents
        .groupBy(
            col(Col.PERIOD),
            col(Col.PERIOD_INDEX),
            col(SRC).as(Col.SOURCE_COUNTRY),
            col(TGT).as(Col.TARGET_COUNTRY),
            col(Col.EVENT_ROOT))
        .agg(
            min(col(Col.QUAD_CLASS)).as(Col.QUAD_CLASS),
            count(lit(1)).as(Col.EVENT_COUNT),
            countDistinct(col(Col.ARTICLE_ID)).as(Col.ARTICLE_COUNT),
            exactSum(col(Col.GOLDSTEIN)).as(Col.GOLDSTEIN_SUM),
            exactMean(col(Col.GOLDSTEIN)).as(Col.GOLDSTEIN_MEAN))
        .withColumn(
            Col.SOURCE_NAME,
            coalesce(element_at(names, col(Col.SOURCE_COUNTRY)), col(Col.SOURCE_COUNTRY)))
        .withColumn(
            Col.TARGET_NAME,
            coalesce(element_at(names, col(Col.TARGET_COUNTRY)), col(Col.TARGET_COUNTRY)))
        .withColumn(Col.EVENT_ROOT_NAME, element_at(roots, col(Col.EVENT_ROOT)));
  }

  private static Column literalMap(Map<String, String> m) {
    if (m.isEmpty()) return map().cast("map<string,string>");
    List<Column> kv = new ArrayList<>();
    m.forEach(
        (k, v) -> {
          kv.add(lit(k));
          kv.add(lit(v));
        });
    return map(kv.toArray(Column[]::new));
  }
}
