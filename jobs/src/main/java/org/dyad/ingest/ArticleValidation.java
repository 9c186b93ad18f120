package org.dyad.ingest;

import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import java.sql.Timestamp;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.dyad.tables.Col;

/**
 * Raw records -> the same rows with {@code published} parsed (UTC), defaults applied, and a reject
 * reason on every record that cannot become an article. Records a reader already rejected keep their
 * reason.
 */
public final class ArticleValidation {
  private ArticleValidation() {}

  /** @param defaultDate used for records without a date (--date), or null */
  public record Settings(int maxChars, String defaultDate, String defaultSource) implements Serializable {
    public Settings {
      if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
      if (defaultDate != null && DateParser.parse(defaultDate).isEmpty()) {
        throw new IllegalArgumentException("Cannot read the default date '" + defaultDate + "'");
      }
    }
  }

  private static final UserDefinedFunction PARSE_DATE =
      udf(
          (UDF1<String, Timestamp>) s -> DateParser.parse(s).map(Timestamp::from).orElse(null),
          DataTypes.TimestampType);

  private static final UserDefinedFunction SNIPPET =
      udf((UDF1<String, String>) RawRecord::snippet, DataTypes.StringType);

  /**
   * A text with nothing to read: whitespace of any script (no-break and ideographic spaces too), line and
   * paragraph separators and invisible format characters (zero-width space, byte-order mark).
   */
  static final String BLANK = "^[\\s\\p{Z}\\p{Cf}]*$";

  public static Dataset<Row> validate(Dataset<Row> raw, Settings settings) {
    Column text = col(Col.TEXT);
    Column title = col(Col.TITLE);
    Column dateText = coalesce(col(RawRecord.PUBLISHED_RAW), lit(settings.defaultDate()));
    Column published = PARSE_DATE.apply(dateText);
    String invalid = String.valueOf(Decoding.INVALID);
    Column blank = text.rlike(BLANK);

    Column reason =
        when(col(Col.REASON).isNotNull(), col(Col.REASON))
            .when(text.isNull().or(blank), RejectReason.MISSING_TEXT.code)
            .when(text.contains(invalid).or(coalesce(title.contains(invalid), lit(false))), RejectReason.INVALID_ENCODING.code)
            .when(text.contains("\u0000").or(coalesce(title.contains("\u0000"), lit(false))), RejectReason.NUL_BYTE.code)
            .when(length(text).gt(settings.maxChars()), RejectReason.OVERSIZED.code)
            .when(dateText.isNotNull().and(col(Col.PUBLISHED).isNull()), RejectReason.UNPARSEABLE_DATE.code);
    Column detail =
        when(col(Col.REASON).isNotNull(), col(Col.DETAIL))
            .when(text.isNull(), lit("no text field"))
            .when(blank, lit("text is empty or whitespace"))
            .when(text.contains(invalid).or(coalesce(title.contains(invalid), lit(false))), lit("bytes invalid in the input encoding"))
            .when(text.contains("\u0000").or(coalesce(title.contains("\u0000"), lit(false))), lit("NUL character in text or title"))
            .when(
                length(text).gt(settings.maxChars()),
                concat(lit("text has "), length(text).cast("string"), lit(" characters, limit " + settings.maxChars())))
            .when(dateText.isNotNull().and(col(Col.PUBLISHED).isNull()), concat(lit("cannot read date '"), dateText, lit("'")));

    return raw.withColumn(Col.PUBLISHED, published)
        .withColumn(Col.SOURCE, coalesce(col(Col.SOURCE), lit(settings.defaultSource())))
        .withColumn(Col.DETAIL, detail)
        .withColumn(Col.REASON, reason)
        .withColumn(
            Col.SNIPPET,
            when(col(Col.REASON).isNull(), lit(null).cast("string"))
                .otherwise(coalesce(col(Col.SNIPPET), SNIPPET.apply(coalesce(text, title)))));
  }
}
