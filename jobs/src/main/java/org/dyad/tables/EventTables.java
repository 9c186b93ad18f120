package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The tables the events stage writes (org.dyad.jobs.EventsJob). */
public final class EventTables {
  private EventTables() {}

  /** One coded event: who acts, who is acted on, what (CAMEO, PLOVER, quad class, Goldstein). */
  public static final StructType EVENT =
      struct(
          required(Col.BEGIN, IntegerType),
          required(Col.END, IntegerType),
          required(Col.TRIGGER, StringType),
          required(Col.SOURCE_ACTOR_ID, StringType),
          required(Col.SOURCE_NAME, StringType),
          f(Col.SOURCE_CODE, StringType),
          f(Col.SOURCE_COUNTRY, StringType),
          required(Col.TARGET_ACTOR_ID, StringType),
          required(Col.TARGET_NAME, StringType),
          f(Col.TARGET_CODE, StringType),
          f(Col.TARGET_COUNTRY, StringType),
          required(Col.EVENT_CODE, StringType),
          required(Col.EVENT_ROOT, StringType),
          f(Col.EVENT_NAME, StringType),
          f(Col.PLOVER_TYPE, StringType),
          required(Col.QUAD_CLASS, IntegerType),
          f(Col.GOLDSTEIN, DoubleType),
          required(Col.PATTERN, StringType),
          required(Col.CONFIDENCE, DoubleType));

  /** A column of {@link #EVENT}, as the events table has it too. */
  private static StructField event(String name) {
    return EVENT.apply(name);
  }

  /**
   * What the events stage makes of one sentence, before its events are one row each: the sentence,
   * why it gave none (null when it gave some) and its events.
   */
  public static final StructType CODED_SENTENCE =
      struct(
          required(Col.ARTICLE_ID, StringType),
          required(Col.SENTENCE, IntegerType),
          required(Col.SENTENCE_TEXT, StringType),
          f(Col.SKIPPED, StringType),
          required(Col.SENTENCE_EVENTS, createArrayType(EVENT, false)));

  /**
   * One row per event coded from a sentence (docs/EVENTS.md): the article and sentence, the words
   * that triggered it, source and target (actor id, name, CAMEO code on the article's date,
   * country), the CAMEO event code, its root, name, PLOVER type, GDELT quad class and Goldstein
   * score, the dictionary pattern, the coder's confidence, the sentence as evidence and the
   * article's near-duplicate mark ({@code duplicate_of}: count only rows where it is null).
   * Partitioned by the article's month.
   */
  public static final Table EVENTS =
      new Table(
          "events",
          struct(
              required(Col.ARTICLE_ID, StringType),
              required(Col.SENTENCE, IntegerType),
              event(Col.BEGIN),
              event(Col.END),
              f(Col.PUBLISHED, TimestampType),
              event(Col.SOURCE_ACTOR_ID),
              event(Col.SOURCE_NAME),
              event(Col.SOURCE_CODE),
              event(Col.SOURCE_COUNTRY),
              event(Col.TARGET_ACTOR_ID),
              event(Col.TARGET_NAME),
              event(Col.TARGET_CODE),
              event(Col.TARGET_COUNTRY),
              event(Col.EVENT_CODE),
              event(Col.EVENT_ROOT),
              event(Col.EVENT_NAME),
              event(Col.PLOVER_TYPE),
              event(Col.QUAD_CLASS),
              event(Col.GOLDSTEIN),
              event(Col.TRIGGER),
              event(Col.PATTERN),
              event(Col.CONFIDENCE),
              required(Col.SENTENCE_TEXT, StringType),
              f(Col.DUPLICATE_OF, StringType),
              MONTH_PARTITION),
          Col.MONTH,
          List.of(
              Col.ARTICLE_ID,
              Col.SENTENCE,
              Col.BEGIN,
              Col.SOURCE_ACTOR_ID,
              Col.TARGET_ACTOR_ID,
              Col.EVENT_CODE),
          1);

  public static final List<Table> ALL = List.of(EVENTS);
}
