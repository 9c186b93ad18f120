package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The tables actor extraction writes (org.dyad.jobs.ActorsJob). */
public final class ActorTables {
  private ActorTables() {}

  /**
   * One row per sentence of an article, as Dyad's sentence detector cut it (once per run): offsets
   * into the article text (begin inclusive, end exclusive) and the sentence's text; partitioned by
   * month.
   */
  public static final Table SENTENCES =
      new Table(
          "sentences",
          struct(
              required(Col.ARTICLE_ID, StringType),
              required(Col.SENTENCE, IntegerType),
              required(Col.BEGIN, IntegerType),
              required(Col.END, IntegerType),
              required(Col.TEXT, StringType),
              MONTH_PARTITION),
          Col.MONTH,
          List.of(Col.ARTICLE_ID, Col.SENTENCE),
          1);

  /**
   * A sentence as the mentions stage cuts it, before its month is known: the sentences columns with
   * the article's date ({@code published}, microseconds, nullable) in place of the month.
   */
  public static final StructType SENTENCE_CUT =
      struct(
          required(Col.ARTICLE_ID, StringType),
          f(Col.PUBLISHED, LongType),
          required(Col.SENTENCE, IntegerType),
          required(Col.BEGIN, IntegerType),
          required(Col.END, IntegerType),
          required(Col.TEXT, StringType));

  /**
   * One row per mention of an actor in an article, partitioned by the article's month (yyyy-MM or
   * undated).
   */
  public static final Table MENTIONS =
      new Table(
          "mentions",
          struct(
              required(Col.ARTICLE_ID, StringType),
              required(Col.SENTENCE, IntegerType),
              required(Col.SENTENCE_BEGIN, IntegerType),
              required(Col.SENTENCE_END, IntegerType),
              required(Col.BEGIN, IntegerType),
              required(Col.END, IntegerType),
              required(Col.TEXT, StringType),
              required(Col.ENTITY_TYPE, StringType),
              required(Col.SOURCE, StringType),
              required(Col.ACTOR_ID, StringType),
              required(Col.ACTOR_NAME, StringType),
              f(Col.CAMEO_CODE, StringType),
              f(Col.COUNTRY, StringType),
              f(Col.ROLE_BY_DATE, BooleanType),
              f(Col.ROLE_SOURCE, StringType),
              f(Col.ALIAS_KIND, StringType),
              required(Col.CONFIDENCE, DoubleType),
              required(Col.IN_DICTIONARY, BooleanType),
              f(Col.AFFILIATE, StringType),
              f(Col.LIST_BEGIN, IntegerType),
              f(Col.PUBLISHED, TimestampType),
              MONTH_PARTITION),
          Col.MONTH,
          List.of(Col.ARTICLE_ID, Col.BEGIN, Col.END, Col.ACTOR_ID),
          5);

  /** One row per canonical actor seen in the corpus. */
  public static final Table ACTORS =
      new Table(
          "actors",
          struct(
              required(Col.ACTOR_ID, StringType),
              required(Col.NAME, StringType),
              required(Col.TYPE, StringType),
              f(Col.CAMEO_CODE, StringType),
              f(Col.CAMEO_CODES, createArrayType(StringType, false)),
              f(Col.COUNTRY, StringType),
              required(Col.IN_DICTIONARY, BooleanType),
              f(Col.ALIASES, createArrayType(StringType, false)),
              f(Col.FIRST_SEEN, TimestampType),
              f(Col.LAST_SEEN, TimestampType),
              required(Col.MENTION_COUNT, LongType),
              required(Col.ARTICLE_COUNT, LongType),
              required(Col.DICTIONARY_MENTIONS, LongType),
              required(Col.NER_MENTIONS, LongType)),
          null,
          List.of(Col.ACTOR_ID),
          2);

  public static final List<Table> ALL = List.of(SENTENCES, MENTIONS, ACTORS);
}
