package org.dyad.topics;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.tables.Col;
import org.dyad.trends.Bursts;
import org.dyad.trends.Trend;
import org.dyad.trends.Trends;

/** Topics over time: per period and topic, per actor, per dyad. Pure Dataset transforms. */
public final class TopicTrends {
  private TopicTrends() {}

  /**
   * Stories with a topic: article_id, period, period_index, topic_id (dominant), weights.
   *
   * @param stories article_id, period, period_index of every story (near-duplicates left out)
   * @param assignments article_id, topic_id, weights
   */
  public static Dataset<Row> topicalStories(Dataset<Row> stories, Dataset<Row> assignments) {
    return stories
        .select(Col.ARTICLE_ID, Col.PERIOD, Col.PERIOD_INDEX)
        .join(assignments.select(Col.ARTICLE_ID, Col.TOPIC_ID, Col.TOPIC_WEIGHTS), Col.ARTICLE_ID);
  }

  /** period, period_index, period_articles: the stories with a topic in each period. */
  public static Dataset<Row> periods(Dataset<Row> topical) {
    return topical.groupBy(Col.PERIOD, Col.PERIOD_INDEX).agg(count(lit(1)).as(Col.PERIOD_ARTICLES));
  }

  /**
   * Per period and topic: stories whose dominant topic it is ({@code articles}), the sum of its
   * weight over the period's stories ({@code weight}) and their share of the period's stories, with
   * the change and trend of {@link Trends} on the share of stories. Rows where a topic has no story
   * follow {@link Trends}: a "gone" row after its last period, none after that.
   */
  public static Dataset<Row> trends(
      Dataset<Row> topical, Dataset<Row> periods, Dataset<Row> topics, Trends.Settings config) {
    Dataset<Row> counts =
        topical
            .groupBy(Col.PERIOD, Col.PERIOD_INDEX, Col.TOPIC_ID)
            .agg(count(lit(1)).as(Col.TOPIC_COUNT));
    Dataset<Row> weights =
        topical
            .select(
                col(Col.PERIOD),
                posexplode(col(Col.TOPIC_WEIGHTS)).as(new String[] {Col.TOPIC_ID, "_w"}))
            .groupBy(Col.PERIOD, Col.TOPIC_ID)
            // summed as exact decimals: a sum of doubles depends on the order Spark adds them in,
            // which
            // follows the partitions (the same input on 2 and 4 cores gave other last digits)
            .agg(sum(col("_w").cast("decimal(38,18)")).cast("double").as(Col.WEIGHT));
    Dataset<Row> rows =
        counts
            .join(periods.drop(Col.PERIOD_INDEX), Col.PERIOD)
            .join(topics.select(Col.TOPIC_ID, Col.LABEL), Col.TOPIC_ID);
    return Trends.apply(
            rows,
            new String[] {Col.TOPIC_ID},
            new String[] {Col.LABEL},
            Col.TOPIC_COUNT,
            Col.PERIOD_ARTICLES,
            periods,
            config)
        .join(weights, new String[] {Col.PERIOD, Col.TOPIC_ID}, "left")
        .na()
        .fill(0.0, new String[] {Col.WEIGHT})
        .withColumn(Col.WEIGHTED_SHARE, col(Col.WEIGHT).divide(col(Col.PERIOD_ARTICLES)));
  }

  /**
   * topic_id, period_index, burst: Kleinberg's burst state of every topic in every dated period, on
   * the stories whose dominant topic it is. The series are small (topics x periods), so they are
   * gathered on the driver, one per topic.
   */
  public static Dataset<Row> bursts(
      Dataset<Row> topical, Dataset<Row> periods, Trends.Settings config) {
    TreeMap<Integer, Long> totals = new TreeMap<>();
    for (Row r :
        periods
            .where(col(Col.PERIOD_INDEX).isNotNull())
            .select(Col.PERIOD_INDEX, Col.PERIOD_ARTICLES)
            .collectAsList()) {
      totals.put(r.getInt(0), r.getLong(1));
    }
    Map<Integer, Map<Integer, Long>> byTopic = new HashMap<>();
    for (Row r :
        topical
            .where(col(Col.PERIOD_INDEX).isNotNull())
            .groupBy(Col.TOPIC_ID, Col.PERIOD_INDEX)
            .count()
            .collectAsList()) {
      byTopic.computeIfAbsent(r.getInt(0), t -> new HashMap<>()).put(r.getInt(1), r.getLong(2));
    }
    // Every period from the first to the last, those without stories included, so that gaps count.
    List<Integer> indices = new ArrayList<>();
    if (!totals.isEmpty())
      for (int i = totals.firstKey(); i <= totals.lastKey(); i++) indices.add(i);
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, Long>> topic : new TreeMap<>(byTopic).entrySet()) {
      long[] r = new long[indices.size()];
      long[] d = new long[indices.size()];
      for (int i = 0; i < indices.size(); i++) {
        r[i] = topic.getValue().getOrDefault(indices.get(i), 0L);
        d[i] = totals.getOrDefault(indices.get(i), 0L);
      }
      boolean[] burst = Bursts.detect(r, d, config.burstScale(), config.burstGamma());
      for (int i = 0; i < indices.size(); i++)
        rows.add(RowFactory.create(topic.getKey(), indices.get(i), burst[i]));
    }
    return topical
        .sparkSession()
        .createDataFrame(
            rows,
            DataTypes.createStructType(
                new StructField[] {
                  DataTypes.createStructField(Col.TOPIC_ID, DataTypes.IntegerType, false),
                  DataTypes.createStructField(Col.PERIOD_INDEX, DataTypes.IntegerType, false),
                  DataTypes.createStructField(Col.BURST, DataTypes.BooleanType, false)
                }));
  }

  /**
   * The topics that moved most in each dated period: rising (largest increase in share, positive
   * only) and falling (largest decrease), {@code n} of each, from topic trend rows.
   */
  public static Dataset<Row> movers(Dataset<Row> trends, int n) {
    Dataset<Row> dated =
        trends.where(col(Col.PERIOD_INDEX).isNotNull().and(col(Col.CHANGE).isNotNull()));
    Dataset<Row> rising =
        dated
            .where(col(Col.CHANGE).gt(0))
            .withColumn(Col.DIRECTION, lit(Trend.RISING.toString()))
            .withColumn(
                Col.RANK,
                row_number()
                    .over(
                        Window.partitionBy(Col.PERIOD)
                            .orderBy(col(Col.CHANGE).desc(), col(Col.TOPIC_ID))));
    Dataset<Row> falling =
        dated
            .where(col(Col.CHANGE).lt(0))
            .withColumn(Col.DIRECTION, lit(Trend.FALLING.toString()))
            .withColumn(
                Col.RANK,
                row_number()
                    .over(
                        Window.partitionBy(Col.PERIOD)
                            .orderBy(col(Col.CHANGE).asc(), col(Col.TOPIC_ID))));
    return rising.unionByName(falling).where(col(Col.RANK).leq(n));
  }

  /**
   * Per period and actor, the dominant topics of the stories that mention it, most stories first,
   * the top {@code n} kept: period, period_index, actor_id, name, rank, topic_id, label, articles,
   * share (of the actor's stories with a topic in that period).
   *
   * @param mentions article_id, actor_id, actor_name
   */
  public static Dataset<Row> actorTopics(
      Dataset<Row> mentions, Dataset<Row> topical, Dataset<Row> topics, int n) {
    Dataset<Row> actorStories =
        mentions
            .select(col(Col.ARTICLE_ID), col(Col.ACTOR_ID), col(Col.ACTOR_NAME))
            .groupBy(Col.ARTICLE_ID, Col.ACTOR_ID)
            .agg(min(Col.ACTOR_NAME).as(Col.NAME))
            .join(
                topical.select(Col.ARTICLE_ID, Col.PERIOD, Col.PERIOD_INDEX, Col.TOPIC_ID),
                Col.ARTICLE_ID);
    Dataset<Row> counts =
        actorStories
            .groupBy(Col.PERIOD, Col.PERIOD_INDEX, Col.ACTOR_ID, Col.TOPIC_ID)
            .agg(count(lit(1)).as(Col.TOPIC_COUNT), min(Col.NAME).as(Col.NAME));
    return counts
        .withColumn(
            Col.SHARE,
            col(Col.TOPIC_COUNT)
                .divide(sum(Col.TOPIC_COUNT).over(Window.partitionBy(Col.PERIOD, Col.ACTOR_ID))))
        .withColumn(
            Col.RANK,
            row_number()
                .over(
                    Window.partitionBy(Col.PERIOD, Col.ACTOR_ID)
                        .orderBy(col(Col.TOPIC_COUNT).desc(), col(Col.TOPIC_ID))))
        .where(col(Col.RANK).leq(n))
        .withColumn(Col.NAME, max(Col.NAME).over(Window.partitionBy(Col.PERIOD, Col.ACTOR_ID)))
        .join(topics.select(Col.TOPIC_ID, Col.LABEL), Col.TOPIC_ID);
  }

  /**
   * Per period and dyad, the dominant topics of the stories in which the two occur together, most
   * stories first, the top {@code n} kept as an array of (topic_id, label, articles).
   *
   * @param articlePairs period, actor_a, actor_b, article_id: one row per pair and story
   */
  public static Dataset<Row> dyadTopics(
      Dataset<Row> articlePairs, Dataset<Row> assignments, Dataset<Row> topics, int n) {
    Dataset<Row> counts =
        articlePairs
            .select(Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B, Col.ARTICLE_ID)
            .join(assignments.select(Col.ARTICLE_ID, Col.TOPIC_ID), Col.ARTICLE_ID)
            .groupBy(Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B, Col.TOPIC_ID)
            .agg(count(lit(1)).as(Col.TOPIC_COUNT))
            .join(topics.select(Col.TOPIC_ID, Col.LABEL), Col.TOPIC_ID);
    return counts
        .withColumn(
            "_rank",
            row_number()
                .over(
                    Window.partitionBy(Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B)
                        .orderBy(col(Col.TOPIC_COUNT).desc(), col(Col.TOPIC_ID))))
        .where(col("_rank").leq(n))
        .groupBy(Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B)
        .agg(
            transform(
                    sort_array(
                        collect_list(
                            struct(
                                col("_rank"),
                                col(Col.TOPIC_ID),
                                col(Col.LABEL),
                                col(Col.TOPIC_COUNT)))),
                    s ->
                        struct(
                            s.getField(Col.TOPIC_ID).as(Col.TOPIC_ID),
                            s.getField(Col.LABEL).as(Col.LABEL),
                            s.getField(Col.TOPIC_COUNT).as(Col.TOPIC_COUNT)))
                .as(Col.TOP_TOPICS));
  }
}
