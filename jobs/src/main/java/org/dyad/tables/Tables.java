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

  public static final int SCHEMA_VERSION = 1;

  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String ARTICLE_COPIES = "article_copies";
  public static final String MENTIONS = "mentions";
  public static final String ACTORS = "actors";
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

  private static StructField[] concat(StructField[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(StructField[]::new);
  }
}
