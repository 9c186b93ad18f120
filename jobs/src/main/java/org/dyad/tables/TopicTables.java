package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The tables the topic stage writes (org.dyad.jobs.TopicsJob). */
public final class TopicTables {
  private TopicTables() {}

  /**
   * A topic's top terms: the word shown, the vocabulary term (a stem) and its weight in the topic.
   */
  public static final DataType TOPIC_TERMS_TYPE =
      createArrayType(
          struct(f(Col.WORD, StringType), f(Col.TERM, StringType), f(Col.WEIGHT, DoubleType)),
          false);

  /** One row per topic of the model. */
  public static final Table TOPICS =
      new Table(
          "topics",
          struct(
              required(Col.TOPIC_ID, IntegerType),
              required(Col.LABEL, StringType),
              required(Col.TERMS, TOPIC_TERMS_TYPE),
              required(Col.TOPIC_COUNT, LongType),
              required(Col.SHARE, DoubleType)),
          null,
          List.of(Col.TOPIC_ID),
          2);

  /** The topics of an article with their weights, best first. */
  public static final StructType ARTICLE_TOPIC_TYPE =
      struct(f(Col.TOPIC_ID, IntegerType), f(Col.WEIGHT, DoubleType));

  /**
   * One row per article with usable terms: its dominant topic and its top topics; partitioned by
   * month.
   */
  public static final Table ARTICLE_TOPICS =
      new Table(
          "article_topics",
          struct(
              required(Col.ARTICLE_ID, StringType),
              f(Col.PUBLISHED, TimestampType),
              required(Col.TOPIC_ID, IntegerType),
              required(Col.TOPIC_WEIGHT, DoubleType),
              required(Col.TOPICS, createArrayType(ARTICLE_TOPIC_TYPE, false)),
              MONTH_PARTITION),
          Col.MONTH,
          List.of(Col.ARTICLE_ID),
          2);

  /** Per period and topic: stories, shares, trend and burst; partitioned by period. */
  public static final Table TOPIC_TRENDS =
      new Table(
          "topic_trends",
          struct(
              concat(
                  new StructField[] {
                    f(Col.PERIOD_INDEX, IntegerType),
                    required(Col.TOPIC_ID, IntegerType),
                    f(Col.LABEL, StringType),
                    required(Col.TOPIC_COUNT, LongType),
                    required(Col.WEIGHT, DoubleType),
                    required(Col.PERIOD_ARTICLES, LongType),
                    f(Col.WEIGHTED_SHARE, DoubleType),
                  },
                  TREND,
                  new StructField[] {f(Col.BURST, BooleanType)},
                  PERIOD_COLUMNS)),
          Col.PERIOD,
          List.of(Col.TOPIC_ID),
          3);

  /** Per period: the topics that rose and fell the most; partitioned by period. */
  public static final Table TOPIC_MOVERS =
      new Table(
          "topic_movers",
          struct(
              required(Col.DIRECTION, StringType),
              required(Col.RANK, IntegerType),
              required(Col.TOPIC_ID, IntegerType),
              f(Col.LABEL, StringType),
              required(Col.TOPIC_COUNT, LongType),
              f(Col.SHARE, DoubleType),
              f(Col.CHANGE, DoubleType),
              f(Col.Z_SCORE, DoubleType),
              f(Col.TREND, StringType),
              f(Col.BURST, BooleanType),
              f(Col.PERIOD_START, DateType),
              f(Col.PERIOD_END, DateType),
              PERIOD_PARTITION),
          Col.PERIOD,
          List.of(Col.DIRECTION, Col.RANK),
          3);

  /** Per period and actor: the topics of the stories that mention it; partitioned by period. */
  public static final Table ACTOR_TOPICS =
      new Table(
          "actor_topics",
          struct(
              f(Col.PERIOD_INDEX, IntegerType),
              required(Col.ACTOR_ID, StringType),
              f(Col.NAME, StringType),
              required(Col.RANK, IntegerType),
              required(Col.TOPIC_ID, IntegerType),
              f(Col.LABEL, StringType),
              required(Col.TOPIC_COUNT, LongType),
              f(Col.SHARE, DoubleType),
              f(Col.PERIOD_START, DateType),
              f(Col.PERIOD_END, DateType),
              PERIOD_PARTITION),
          Col.PERIOD,
          List.of(Col.ACTOR_ID, Col.RANK),
          3);

  public static final List<Table> ALL =
      List.of(TOPICS, ARTICLE_TOPICS, TOPIC_TRENDS, TOPIC_MOVERS, ACTOR_TOPICS);
}
