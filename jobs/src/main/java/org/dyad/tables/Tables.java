package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every table Dyad writes: its name, schema version and columns. docs/REPORTS.md documents the same
 * tables; change both together.
 */
public final class Tables {
  private Tables() {}

  public static final int SCHEMA_VERSION = 2;

  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String ARTICLE_COPIES = "article_copies";
  public static final String MENTIONS = "mentions";
  public static final String ACTORS = "actors";
  public static final String COOCCURRENCE = "cooccurrence";
  public static final String ACTOR_RELATIONSHIPS = "actor_relationships";
  public static final String ACTOR_ACTIVITY = "actor_activity";
  public static final String COUNTRY_COOCCURRENCE = "country_cooccurrence";
  public static final String COUNTRY_RELATIONSHIPS = "country_relationships";
  public static final String COUNTRY_ACTIVITY = "country_activity";
  public static final String TOPICS = "topics";
  public static final String ARTICLE_TOPICS = "article_topics";
  public static final String TOPIC_TRENDS = "topic_trends";
  public static final String TOPIC_MOVERS = "topic_movers";
  public static final String ACTOR_TOPICS = "actor_topics";
  public static final String MANIFEST_FILE = "_manifest.json";

  /** Column names shared by several tables. */
  public static final class Col {
    private Col() {}
    public static final String ARTICLE_ID = "article_id";
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PUBLISHED = "published";
    public static final String CONTENT_HASH = "content_hash";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String DUPLICATE_SIMILARITY = "duplicate_similarity";
    public static final String EXACT_COPIES = "exact_copies";
    public static final String INPUT_FORMAT = "input_format";
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_OFFSET = "source_offset";
    public static final String SOURCE_LINE = "source_line";
    public static final String METADATA = "metadata";
    public static final String LABELS = "labels";
    public static final String REASON = "reason";
    public static final String DETAIL = "detail";
    public static final String SNIPPET = "snippet";
    public static final String SENTENCE = "sentence";
    public static final String BEGIN = "begin";
    public static final String SENTENCE_BEGIN = "sentence_begin";
    public static final String SENTENCE_END = "sentence_end";
    public static final String END = "end";
    public static final String ENTITY_TYPE = "entity_type";
    public static final String ACTOR_ID = "actor_id";
    public static final String ACTOR_NAME = "actor_name";
    public static final String CAMEO_CODE = "cameo_code";
    public static final String COUNTRY = "country";
    public static final String ROLE_BY_DATE = "role_by_date";
    public static final String ALIAS_KIND = "alias_kind";
    public static final String CONFIDENCE = "confidence";
    public static final String IN_DICTIONARY = "in_dictionary";
    public static final String MONTH = "month";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String CAMEO_CODES = "cameo_codes";
    public static final String ALIASES = "aliases";
    public static final String FIRST_SEEN = "first_seen";
    public static final String LAST_SEEN = "last_seen";
    public static final String MENTION_COUNT = "mentions";
    public static final String ARTICLE_COUNT = "articles";
    public static final String DICTIONARY_MENTIONS = "dictionary_mentions";
    public static final String NER_MENTIONS = "ner_mentions";
    public static final String PERIOD = "period";
    public static final String PERIOD_INDEX = "period_index";
    public static final String ACTOR_A = "actor_a";
    public static final String ACTOR_B = "actor_b";
    public static final String NAME_A = "name_a";
    public static final String NAME_B = "name_b";
    public static final String TYPE_A = "type_a";
    public static final String TYPE_B = "type_b";
    public static final String ARTICLES_TOGETHER = "articles_together";
    public static final String UNITS_A = "units_a";
    public static final String UNITS_B = "units_b";
    public static final String PERIOD_UNITS = "period_units";
    public static final String SENTENCES_TOGETHER = "sentences_together";
    public static final String ARTICLES_A = "articles_a";
    public static final String ARTICLES_B = "articles_b";
    public static final String PERIOD_ARTICLES = "period_articles";
    public static final String COOCCURRENCES = "cooccurrences";
    public static final String EXPECTED = "expected";
    public static final String PMI = "pmi";
    public static final String NPMI = "npmi";
    public static final String G2 = "g2";
    public static final String P_VALUE = "p_value";
    public static final String JACCARD = "jaccard";
    public static final String STRENGTH = "strength";
    public static final String RANK = "rank";
    public static final String SHARE = "share";
    public static final String PREVIOUS_SHARE = "previous_share";
    public static final String PREVIOUS_COUNT = "previous_count";
    public static final String CHANGE = "change";
    public static final String BASELINE_MEAN = "baseline_mean";
    public static final String BASELINE_SD = "baseline_sd";
    public static final String Z_SCORE = "z_score";
    public static final String TREND = "trend";
    public static final String EVIDENCE = "evidence";
    public static final String TOPIC_ID = "topic_id";
    public static final String LABEL = "label";
    public static final String TERMS = "terms";
    public static final String WORD = "word";
    public static final String TERM = "term";
    public static final String WEIGHT = "weight";
    public static final String TOPICS = "topics";
    public static final String TOPIC_WEIGHT = "topic_weight";
    public static final String TOPIC_COUNT = "articles";
    public static final String WEIGHTED_SHARE = "weighted_share";
    public static final String BURST = "burst";
    public static final String DIRECTION = "direction";
    public static final String TOP_TOPICS = "top_topics";
  }

  private static StructField f(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructField required(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static final org.apache.spark.sql.types.DataType STRING_MAP =
      createMapType(StringType, StringType, true);
  private static final org.apache.spark.sql.types.DataType LABEL_MAP =
      createMapType(StringType, createArrayType(StringType, true), true);

  /** Where a record came from: file, format, and its position in the file. */
  private static final StructField[] LOCATION = {
    f(Col.INPUT_FORMAT, StringType),
    f(Col.SOURCE_FILE, StringType),
    f(Col.SOURCE_OFFSET, LongType),
    f(Col.SOURCE_LINE, LongType),
  };

  /** One row per story kept: the input to every later job. */
  public static final StructType ARTICLES_SCHEMA =
      createStructType(
          concat(
              new StructField[] {
                required(Col.ARTICLE_ID, StringType),
                f(Col.SOURCE, StringType),
                f(Col.URL, StringType),
                f(Col.TITLE, StringType),
                required(Col.TEXT, StringType),
                f(Col.PUBLISHED, TimestampType),
                required(Col.CONTENT_HASH, StringType),
                f(Col.DUPLICATE_OF, StringType),
                f(Col.DUPLICATE_SIMILARITY, DoubleType),
                required(Col.EXACT_COPIES, IntegerType),
              },
              LOCATION,
              new StructField[] {f(Col.METADATA, STRING_MAP), f(Col.LABELS, LABEL_MAP)}));

  /** One row per input record that could not be used, with the reason. */
  public static final StructType REJECTS_SCHEMA =
      createStructType(
          concat(
              new StructField[] {
                required(Col.REASON, StringType), f(Col.DETAIL, StringType), f(Col.ARTICLE_ID, StringType)
              },
              LOCATION,
              new StructField[] {f(Col.SNIPPET, StringType)}));

  /** One row per exact copy folded into an article (same normalized text). */
  public static final StructType ARTICLE_COPIES_SCHEMA =
      createStructType(
          concat(
              new StructField[] {
                required(Col.ARTICLE_ID, StringType),
                required(Col.DUPLICATE_OF, StringType),
                required(Col.CONTENT_HASH, StringType),
                f(Col.PUBLISHED, TimestampType),
              },
              LOCATION));

  /** Month partition value of undated articles' rows. */
  public static final String UNDATED = "undated";

  /** One row per mention of an actor in an article, partitioned by the article's month (yyyy-MM or undated). */
  public static final StructType MENTIONS_SCHEMA =
      createStructType(
          new StructField[] {
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
            f(Col.ALIAS_KIND, StringType),
            required(Col.CONFIDENCE, DoubleType),
            required(Col.IN_DICTIONARY, BooleanType),
            f(Col.PUBLISHED, TimestampType),
            required(Col.MONTH, StringType),
          });

  /** One row per canonical actor seen in the corpus. */
  public static final StructType ACTORS_SCHEMA =
      createStructType(
          new StructField[] {
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
            required(Col.NER_MENTIONS, LongType),
          });

  private static final StructField[] PAIR_COUNTS = {
    required(Col.PERIOD_INDEX, IntegerType),
    required(Col.ACTOR_A, StringType),
    required(Col.ACTOR_B, StringType),
    f(Col.NAME_A, StringType),
    f(Col.NAME_B, StringType),
    f(Col.TYPE_A, StringType),
    f(Col.TYPE_B, StringType),
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

  private static final StructField[] TREND = {
    f(Col.SHARE, DoubleType),
    f(Col.PREVIOUS_SHARE, DoubleType),
    f(Col.CHANGE, DoubleType),
    f(Col.BASELINE_MEAN, DoubleType),
    f(Col.BASELINE_SD, DoubleType),
    f(Col.Z_SCORE, DoubleType),
    f(Col.TREND, StringType),
  };

  private static final StructField PERIOD_PARTITION = required(Col.PERIOD, StringType);

  /** Per period and pair (actor_a < actor_b): counts and association statistics; partitioned by period. */
  public static final StructType COOCCURRENCE_SCHEMA = createStructType(concat(PAIR_COUNTS, new StructField[] {PERIOD_PARTITION}));

  public static final StructType EVIDENCE_TYPE =
      createStructType(
          new StructField[] {
            f(Col.ARTICLE_ID, StringType), f(Col.PUBLISHED, TimestampType), f(Col.SENTENCE, StringType)
          });

  /** The topics a dyad's stories are about: topic, label and stories, most stories first. */
  public static final org.apache.spark.sql.types.DataType TOP_TOPICS_TYPE =
      createArrayType(
          createStructType(
              new StructField[] {
                f(Col.TOPIC_ID, IntegerType), f(Col.LABEL, StringType), f(Col.TOPIC_COUNT, LongType)
              }),
          true);

  /** The dyad summary per period: statistics, strength and rank, trend, evidence; partitioned by period. */
  public static final StructType RELATIONSHIPS_SCHEMA =
      createStructType(
          concat(
              PAIR_COUNTS,
              new StructField[] {required(Col.STRENGTH, LongType), f(Col.RANK, IntegerType)},
              TREND,
              new StructField[] {
                f(Col.EVIDENCE, createArrayType(EVIDENCE_TYPE, true)), f(Col.TOP_TOPICS, TOP_TOPICS_TYPE), PERIOD_PARTITION
              }));

  /** A topic's top terms: the word shown, the vocabulary term (a stem) and its weight in the topic. */
  public static final org.apache.spark.sql.types.DataType TOPIC_TERMS_TYPE =
      createArrayType(
          createStructType(
              new StructField[] {
                f(Col.WORD, StringType), f(Col.TERM, StringType), f(Col.WEIGHT, DoubleType)
              }),
          false);

  /** One row per topic of the model. */
  public static final StructType TOPICS_SCHEMA =
      createStructType(
          new StructField[] {
            required(Col.TOPIC_ID, IntegerType),
            required(Col.LABEL, StringType),
            required(Col.TERMS, TOPIC_TERMS_TYPE),
            required(Col.TOPIC_COUNT, LongType),
            required(Col.SHARE, DoubleType),
          });

  public static final StructType ARTICLE_TOPIC_TYPE =
      createStructType(new StructField[] {f(Col.TOPIC_ID, IntegerType), f(Col.WEIGHT, DoubleType)});

  /** One row per article with usable terms: its dominant topic and its top topics; partitioned by month. */
  public static final StructType ARTICLE_TOPICS_SCHEMA =
      createStructType(
          new StructField[] {
            required(Col.ARTICLE_ID, StringType),
            f(Col.PUBLISHED, TimestampType),
            required(Col.TOPIC_ID, IntegerType),
            required(Col.TOPIC_WEIGHT, DoubleType),
            required(Col.TOPICS, createArrayType(ARTICLE_TOPIC_TYPE, false)),
            required(Col.MONTH, StringType),
          });

  /** Per period and topic: stories, shares, trend and burst; partitioned by period. */
  public static final StructType TOPIC_TRENDS_SCHEMA =
      createStructType(
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
              new StructField[] {f(Col.BURST, BooleanType), PERIOD_PARTITION}));

  /** Per period: the topics that rose and fell the most; partitioned by period. */
  public static final StructType TOPIC_MOVERS_SCHEMA =
      createStructType(
          new StructField[] {
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
            PERIOD_PARTITION,
          });

  /** Per period and actor: the topics of the stories that mention it; partitioned by period. */
  public static final StructType ACTOR_TOPICS_SCHEMA =
      createStructType(
          new StructField[] {
            f(Col.PERIOD_INDEX, IntegerType),
            required(Col.ACTOR_ID, StringType),
            f(Col.NAME, StringType),
            required(Col.RANK, IntegerType),
            required(Col.TOPIC_ID, IntegerType),
            f(Col.LABEL, StringType),
            required(Col.TOPIC_COUNT, LongType),
            f(Col.SHARE, DoubleType),
            PERIOD_PARTITION,
          });

  /** Per period and actor: mentions, stories, share of the period's stories and its trend; partitioned by period. */
  public static final StructType ACTIVITY_SCHEMA =
      createStructType(
          concat(
              new StructField[] {
                required(Col.PERIOD_INDEX, IntegerType),
                required(Col.ACTOR_ID, StringType),
                f(Col.NAME, StringType),
                f(Col.TYPE, StringType),
                f(Col.COUNTRY, StringType),
                required(Col.MENTION_COUNT, LongType),
                required(Col.ARTICLE_COUNT, LongType),
                required(Col.PERIOD_ARTICLES, LongType),
              },
              TREND,
              new StructField[] {PERIOD_PARTITION}));

  private static StructField[] concat(StructField[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(StructField[]::new);
  }
}
