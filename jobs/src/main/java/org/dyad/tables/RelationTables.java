package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables the relationship stage writes (org.dyad.jobs.RelationshipsJob), at actor and at
 * country level.
 */
public final class RelationTables {
  private RelationTables() {}

  private static final StructField[] PAIR_COUNTS = {
    f(Col.PERIOD_INDEX, IntegerType),
    required(Col.ACTOR_A, StringType),
    required(Col.ACTOR_B, StringType),
    f(Col.NAME_A, StringType),
    f(Col.NAME_B, StringType),
    f(Col.TYPE_A, StringType),
    f(Col.TYPE_B, StringType),
    f(Col.AFFILIATION, BooleanType),
    required(Col.ARTICLES_TOGETHER, LongType),
    required(Col.SENTENCES_TOGETHER, LongType),
    f(Col.ARTICLES_A, LongType),
    f(Col.ARTICLES_B, LongType),
    required(Col.PERIOD_ARTICLES, LongType),
    f(Col.UNITS_A, LongType),
    f(Col.UNITS_B, LongType),
    f(Col.PERIOD_UNITS, LongType),
    required(Col.COOCCURRENCES, LongType),
    f(Col.EXPECTED, DoubleType),
    f(Col.PMI, DoubleType),
    f(Col.NPMI, DoubleType),
    f(Col.G2, DoubleType),
    f(Col.P_VALUE, DoubleType),
    f(Col.JACCARD, DoubleType),
  };

  /**
   * Per period and pair (actor_a < actor_b): counts and association statistics; partitioned by
   * period.
   */
  private static final StructType COOCCURRENCE_SCHEMA = struct(concat(PAIR_COUNTS, PERIOD_COLUMNS));

  /** A story that shows a dyad: the article, its date and the sentence that joins the two. */
  public static final StructType EVIDENCE_TYPE =
      struct(
          f(Col.ARTICLE_ID, StringType),
          f(Col.PUBLISHED, TimestampType),
          f(Col.SENTENCE, StringType));

  /** The topics a dyad's stories are about: topic, label and stories, most stories first. */
  public static final DataType TOP_TOPICS_TYPE =
      createArrayType(
          struct(
              f(Col.TOPIC_ID, IntegerType), f(Col.LABEL, StringType), f(Col.TOPIC_COUNT, LongType)),
          true);

  /**
   * The dyad summary per period: statistics, strength and rank, trend, evidence; partitioned by
   * period.
   */
  private static final StructType RELATIONSHIPS_SCHEMA =
      struct(
          concat(
              PAIR_COUNTS,
              new StructField[] {required(Col.STRENGTH, LongType), f(Col.RANK, IntegerType)},
              TREND,
              new StructField[] {
                f(Col.EVIDENCE, createArrayType(EVIDENCE_TYPE, true)),
                f(Col.TOP_TOPICS, TOP_TOPICS_TYPE)
              },
              PERIOD_COLUMNS));

  /**
   * Per period and actor: mentions, stories, share of the period's stories and its trend;
   * partitioned by period.
   */
  private static final StructType ACTIVITY_SCHEMA =
      struct(
          concat(
              new StructField[] {
                f(Col.PERIOD_INDEX, IntegerType),
                required(Col.ACTOR_ID, StringType),
                f(Col.NAME, StringType),
                f(Col.TYPE, StringType),
                f(Col.COUNTRY, StringType),
                required(Col.MENTION_COUNT, LongType),
                required(Col.ARTICLE_COUNT, LongType),
                required(Col.PERIOD_ARTICLES, LongType),
              },
              TREND,
              PERIOD_COLUMNS));

  private static final List<String> PAIR = List.of(Col.ACTOR_A, Col.ACTOR_B);
  private static final List<String> RANKED_PAIR = List.of(Col.RANK, Col.ACTOR_A, Col.ACTOR_B);
  private static final List<String> ACTOR = List.of(Col.ACTOR_ID);

  public static final Table COOCCURRENCE =
      new Table("cooccurrence", COOCCURRENCE_SCHEMA, Col.PERIOD, PAIR, 4);
  public static final Table ACTOR_RELATIONSHIPS =
      new Table("actor_relationships", RELATIONSHIPS_SCHEMA, Col.PERIOD, RANKED_PAIR, 4);
  public static final Table ACTOR_ACTIVITY =
      new Table("actor_activity", ACTIVITY_SCHEMA, Col.PERIOD, ACTOR, 3);
  public static final Table COUNTRY_COOCCURRENCE =
      new Table("country_cooccurrence", COOCCURRENCE_SCHEMA, Col.PERIOD, PAIR, 4);
  public static final Table COUNTRY_RELATIONSHIPS =
      new Table("country_relationships", RELATIONSHIPS_SCHEMA, Col.PERIOD, RANKED_PAIR, 4);
  public static final Table COUNTRY_ACTIVITY =
      new Table("country_activity", ACTIVITY_SCHEMA, Col.PERIOD, ACTOR, 3);

  public static final List<Table> ALL =
      List.of(
          COOCCURRENCE,
          ACTOR_RELATIONSHIPS,
          ACTOR_ACTIVITY,
          COUNTRY_COOCCURRENCE,
          COUNTRY_RELATIONSHIPS,
          COUNTRY_ACTIVITY);
}
