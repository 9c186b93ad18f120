package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.Arrays;
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

  /** A dyad's strongest event one way in a period: the one of the largest Goldstein magnitude. */
  public static final StructType STRONGEST_EVENT_TYPE =
      struct(
          f(Col.ARTICLE_ID, StringType),
          f(Col.PUBLISHED, TimestampType),
          f(Col.SENTENCE, StringType),
          f(Col.EVENT_CODE, StringType),
          f(Col.EVENT_NAME, StringType),
          f(Col.GOLDSTEIN, DoubleType),
          f(Col.TRIGGER, StringType));

  /**
   * What the two did to each other in the period (org.dyad.relations.EventDyads): events each way,
   * by quad class, mean Goldstein each way, the cooperation-conflict balance with its change and
   * z-score against the baseline, the trend label and the strongest event each way. Null where the
   * period has no event between the two.
   */
  private static final StructField[] DIRECTED_EVENTS = {
    f(Col.EVENTS_A_TO_B, LongType),
    f(Col.EVENTS_B_TO_A, LongType),
    f(Col.VERBAL_COOP_A_TO_B, LongType),
    f(Col.MATERIAL_COOP_A_TO_B, LongType),
    f(Col.VERBAL_CONFLICT_A_TO_B, LongType),
    f(Col.MATERIAL_CONFLICT_A_TO_B, LongType),
    f(Col.VERBAL_COOP_B_TO_A, LongType),
    f(Col.MATERIAL_COOP_B_TO_A, LongType),
    f(Col.VERBAL_CONFLICT_B_TO_A, LongType),
    f(Col.MATERIAL_CONFLICT_B_TO_A, LongType),
    f(Col.GOLDSTEIN_A_TO_B, DoubleType),
    f(Col.GOLDSTEIN_B_TO_A, DoubleType),
    f(Col.BALANCE, DoubleType),
    f(Col.PREVIOUS_BALANCE, DoubleType),
    f(Col.BALANCE_CHANGE, DoubleType),
    f(Col.BASELINE_BALANCE, DoubleType),
    f(Col.BALANCE_Z, DoubleType),
    f(Col.EVENT_TREND, StringType),
    f(Col.STRONGEST_A_TO_B, STRONGEST_EVENT_TYPE),
    f(Col.STRONGEST_B_TO_A, STRONGEST_EVENT_TYPE),
  };

  /** The columns of the directed event figures, in table order. */
  public static List<String> directedEventColumns() {
    return Arrays.stream(DIRECTED_EVENTS).map(StructField::name).toList();
  }

  /**
   * The dyad summary per period: statistics, strength and rank, trend, evidence, directed event
   * figures; partitioned by period.
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
              DIRECTED_EVENTS,
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
      new Table("actor_relationships", RELATIONSHIPS_SCHEMA, Col.PERIOD, RANKED_PAIR, 5);
  public static final Table ACTOR_ACTIVITY =
      new Table("actor_activity", ACTIVITY_SCHEMA, Col.PERIOD, ACTOR, 3);
  public static final Table COUNTRY_COOCCURRENCE =
      new Table("country_cooccurrence", COOCCURRENCE_SCHEMA, Col.PERIOD, PAIR, 4);
  public static final Table COUNTRY_RELATIONSHIPS =
      new Table("country_relationships", RELATIONSHIPS_SCHEMA, Col.PERIOD, RANKED_PAIR, 5);
  public static final Table COUNTRY_ACTIVITY =
      new Table("country_activity", ACTIVITY_SCHEMA, Col.PERIOD, ACTOR, 3);

  /**
   * Per period, source country, target country and CAMEO root, GDELT-style: events (copies of a
   * story counted once), stories, quad class, Goldstein sum and mean; partitioned by period.
   */
  public static final Table COUNTRY_EVENTS =
      new Table(
          "country_events",
          struct(
              concat(
                  new StructField[] {
                    f(Col.PERIOD_INDEX, IntegerType),
                    required(Col.SOURCE_COUNTRY, StringType),
                    f(Col.SOURCE_NAME, StringType),
                    required(Col.TARGET_COUNTRY, StringType),
                    f(Col.TARGET_NAME, StringType),
                    required(Col.EVENT_ROOT, StringType),
                    f(Col.EVENT_ROOT_NAME, StringType),
                    required(Col.QUAD_CLASS, IntegerType),
                    required(Col.EVENT_COUNT, LongType),
                    required(Col.ARTICLE_COUNT, LongType),
                    f(Col.GOLDSTEIN_SUM, DoubleType),
                    f(Col.GOLDSTEIN_MEAN, DoubleType),
                  },
                  PERIOD_COLUMNS)),
          Col.PERIOD,
          List.of(Col.SOURCE_COUNTRY, Col.TARGET_COUNTRY, Col.EVENT_ROOT),
          1);

  public static final List<Table> ALL =
      List.of(
          COOCCURRENCE,
          ACTOR_RELATIONSHIPS,
          ACTOR_ACTIVITY,
          COUNTRY_COOCCURRENCE,
          COUNTRY_RELATIONSHIPS,
          COUNTRY_ACTIVITY,
          COUNTRY_EVENTS);
}
