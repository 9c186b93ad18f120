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

  private static StructField[] concat(StructField[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(StructField[]::new);
  }
}
