package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The tables ingestion writes (org.dyad.jobs.IngestJob). */
public final class IngestTables {
  private IngestTables() {}

  /** Where a record came from: file, format, and its position in the file. */
  private static final StructField[] LOCATION = {
    f(Col.INPUT_FORMAT, StringType),
    f(Col.SOURCE_FILE, StringType),
    f(Col.SOURCE_OFFSET, LongType),
    f(Col.SOURCE_LINE, LongType),
  };

  /** One row per story kept: the input to every later job. */
  public static final Table ARTICLES =
      new Table(
          "articles",
          struct(
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
                  new StructField[] {f(Col.METADATA, STRING_MAP), f(Col.LABELS, LABEL_MAP)})),
          null,
          List.of(Col.ARTICLE_ID),
          2);

  /** One row per input record that could not be used, with the reason. */
  public static final Table REJECTS =
      new Table(
          "rejects",
          struct(
              concat(
                  new StructField[] {
                    required(Col.REASON, StringType),
                    f(Col.DETAIL, StringType),
                    f(Col.ARTICLE_ID, StringType)
                  },
                  LOCATION,
                  new StructField[] {f(Col.SNIPPET, StringType)})),
          null,
          List.of(Col.SOURCE_FILE, Col.SOURCE_OFFSET, Col.SOURCE_LINE, Col.REASON),
          2);

  /** One row per exact copy folded into an article (same normalized text). */
  public static final Table ARTICLE_COPIES =
      new Table(
          "article_copies",
          struct(
              concat(
                  new StructField[] {
                    required(Col.ARTICLE_ID, StringType),
                    required(Col.DUPLICATE_OF, StringType),
                    required(Col.CONTENT_HASH, StringType),
                    f(Col.PUBLISHED, TimestampType),
                  },
                  LOCATION)),
          null,
          List.of(Col.DUPLICATE_OF, Col.ARTICLE_ID),
          2);

  /**
   * A record as a reader found it, before validation (org.dyad.ingest.RawRecord): the fields as
   * given (dates still strings), where it came from, and a reject reason when the reader itself
   * could not parse it. The schema of {@code _state/records}.
   */
  public static final StructType RAW_RECORD =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField(Col.INPUT_FORMAT, DataTypes.StringType, true),
            DataTypes.createStructField(Col.SOURCE_FILE, DataTypes.StringType, true),
            DataTypes.createStructField(Col.SOURCE_OFFSET, DataTypes.LongType, true),
            DataTypes.createStructField(Col.SOURCE_LINE, DataTypes.LongType, true),
            DataTypes.createStructField(Col.GIVEN_ID, DataTypes.StringType, true),
            DataTypes.createStructField(Col.SOURCE, DataTypes.StringType, true),
            DataTypes.createStructField(Col.URL, DataTypes.StringType, true),
            DataTypes.createStructField(Col.TITLE, DataTypes.StringType, true),
            DataTypes.createStructField(Col.TEXT, DataTypes.StringType, true),
            DataTypes.createStructField(Col.PUBLISHED_RAW, DataTypes.StringType, true),
            DataTypes.createStructField(
                Col.METADATA,
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
                true),
            DataTypes.createStructField(
                Col.LABELS,
                DataTypes.createMapType(
                    DataTypes.StringType,
                    DataTypes.createArrayType(DataTypes.StringType, true),
                    true),
                true),
            DataTypes.createStructField(Col.REASON, DataTypes.StringType, true),
            DataTypes.createStructField(Col.DETAIL, DataTypes.StringType, true),
            DataTypes.createStructField(Col.SNIPPET, DataTypes.StringType, true),
          });

  public static final List<Table> ALL = List.of(ARTICLES, REJECTS, ARTICLE_COPIES);
}
