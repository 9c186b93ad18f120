package org.dyad.ingest;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.dyad.tables.Col;
import org.dyad.text.TextNormalizer;

/**
 * Gives each valid record its {@code content_hash} (SHA-256 of the normalized text, or of the text
 * as given when normalizing leaves nothing) and its {@code article_id} (the id it came with, else
 * the first 16 hex digits of the hash), then rejects a record whose id an earlier record already
 * holds with different text. "Earlier" is input order: source file, then position in it.
 */
public final class ArticleIdentity {
  private ArticleIdentity() {}

  public static final int HASH_ID_LENGTH = 16;

  private static final UserDefinedFunction NORMALIZE =
      udf((UDF1<String, String>) TextNormalizer::normalize, DataTypes.StringType);

  /**
   * What the hash reads: the normalized text, or, when normalizing leaves nothing (a text of only
   * punctuation or emoji), the text as given, marked so it cannot meet a normalized one. Before,
   * every such text hashed alike and all of them were folded into one as "copies".
   */
  static Column hashedText(Column text) {
    Column normalized = NORMALIZE.apply(text);
    return when(length(normalized).gt(0), normalized)
        .otherwise(concat(lit("\u0001as given:"), text));
  }

  /** Input order, with the article id last so that the order is total. */
  public static Column[] inputOrder() {
    return new Column[] {
      col(Col.SOURCE_FILE).asc_nulls_last(),
      col(Col.SOURCE_OFFSET).asc_nulls_last(),
      col(Col.SOURCE_LINE).asc_nulls_last(),
      col(Col.ARTICLE_ID).asc_nulls_last()
    };
  }

  public static Dataset<Row> assign(Dataset<Row> validated) {
    Column valid = col(Col.REASON).isNull();
    Dataset<Row> hashed =
        validated
            .withColumn(Col.CONTENT_HASH, when(valid, sha2(hashedText(col(Col.TEXT)), 256)))
            .withColumn(
                Col.ARTICLE_ID,
                coalesce(
                    col(RawRecord.GIVEN_ID), substring(col(Col.CONTENT_HASH), 1, HASH_ID_LENGTH)));

    // Rank valid records sharing an id; invalid ones sit in their own partition and are never
    // first.
    WindowSpec byId = Window.partitionBy(col(Col.ARTICLE_ID), valid).orderBy(inputOrder());
    Column firstHash = first(col(Col.CONTENT_HASH)).over(byId);
    Column firstFile = first(col(Col.SOURCE_FILE)).over(byId);
    Column firstLine = first(coalesce(col(Col.SOURCE_LINE), col(Col.SOURCE_OFFSET))).over(byId);
    Column conflict = valid.and(col(Col.CONTENT_HASH).notEqual(firstHash));
    return hashed
        .withColumn(
            Col.DETAIL,
            when(
                    conflict,
                    concat(
                        lit("id '"),
                        col(Col.ARTICLE_ID),
                        lit("' already used with different text by "),
                        firstFile,
                        lit(":"),
                        coalesce(firstLine.cast("string"), lit("?"))))
                .otherwise(col(Col.DETAIL)))
        .withColumn(
            Col.SNIPPET,
            when(conflict, substring(col(Col.TEXT), 1, 200)).otherwise(col(Col.SNIPPET)))
        .withColumn(
            Col.REASON,
            when(conflict, lit(RejectReason.DUPLICATE_ID.code)).otherwise(col(Col.REASON)));
  }
}
