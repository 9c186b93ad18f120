package org.dyad.ingest;

import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.dyad.tables.Col;
import org.dyad.tables.Tables;

/**
 * Raw records -> the same rows with {@code published} parsed (UTC), defaults applied, and a reject
 * reason on every record that cannot become an article. Records a reader already rejected keep
 * their reason.
 */
public final class ArticleValidation {
  private ArticleValidation() {}

  /**
   * @param defaultDate used for records without a date (--date), or null
   */
  public record Settings(
      int maxChars, String defaultDate, String defaultSource, EpochUnit epochUnit)
      implements Serializable {
    public Settings {
      if (maxChars <= 0)
        throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
      if (epochUnit == null) throw new IllegalArgumentException("no epoch unit");
      if (defaultDate != null && DateParser.parse(defaultDate, epochUnit).isEmpty()) {
        throw new IllegalArgumentException("Cannot read the default date '" + defaultDate + "'");
      }
    }
  }

  /**
   * The instant as microseconds since the epoch, made a timestamp by Spark: a {@code
   * java.sql.Timestamp} would count days in the Julian calendar before 1582 and move such dates
   * (1000-01-01 became 0999-12-27).
   */
  private static UserDefinedFunction parseDate(EpochUnit unit) {
    return udf(
        (UDF1<String, Long>) s -> DateParser.parse(s, unit).map(Tables::micros).orElse(null),
        DataTypes.LongType);
  }

  /**
   * Why a date is not one (a number whose unit is in doubt, a year outside 1000-2999, no known
   * format).
   */
  private static UserDefinedFunction dateProblem(EpochUnit unit) {
    return udf((UDF1<String, String>) s -> DateParser.problem(s, unit), DataTypes.StringType);
  }

  private static final UserDefinedFunction SNIPPET =
      udf((UDF1<String, String>) RawRecord::snippet, DataTypes.StringType);

  /**
   * A text with nothing to read: whitespace of any script (no-break and ideographic spaces too),
   * line and paragraph separators and invisible format characters (zero-width space, byte-order
   * mark).
   */
  static final String BLANK = "^[\\s\\p{Z}\\p{Cf}]*$";

  public static Dataset<Row> validate(Dataset<Row> raw, Settings settings) {
    Column text = col(Col.TEXT);
    Column title = col(Col.TITLE);
    Column dateText = coalesce(col(RawRecord.PUBLISHED_RAW), lit(settings.defaultDate()));
    Column published = timestamp_micros(parseDate(settings.epochUnit()).apply(dateText));
    String invalid = String.valueOf(Decoding.INVALID);
    Column blank = text.rlike(BLANK);

    Column reason =
        when(col(Col.REASON).isNotNull(), col(Col.REASON))
            .when(text.isNull().or(blank), RejectReason.MISSING_TEXT.code)
            .when(
                text.contains(invalid).or(coalesce(title.contains(invalid), lit(false))),
                RejectReason.INVALID_ENCODING.code)
            .when(
                text.contains("\u0000").or(coalesce(title.contains("\u0000"), lit(false))),
                RejectReason.NUL_BYTE.code)
            .when(length(text).gt(settings.maxChars()), RejectReason.OVERSIZED.code)
            .when(
                dateText.isNotNull().and(col(Col.PUBLISHED).isNull()),
                RejectReason.UNPARSEABLE_DATE.code);
    Column detail =
        when(col(Col.REASON).isNotNull(), col(Col.DETAIL))
            .when(text.isNull(), coalesce(col(Col.DETAIL), lit("no text field")))
            .when(blank, lit("text is empty or whitespace"))
            .when(
                text.contains(invalid).or(coalesce(title.contains(invalid), lit(false))),
                lit("bytes invalid in the input encoding"))
            .when(
                text.contains("\u0000").or(coalesce(title.contains("\u0000"), lit(false))),
                lit("NUL character in text or title"))
            .when(
                length(text).gt(settings.maxChars()),
                concat(
                    lit("text has "),
                    length(text).cast("string"),
                    lit(" characters, limit " + settings.maxChars())))
            .when(
                dateText.isNotNull().and(col(Col.PUBLISHED).isNull()),
                dateProblem(settings.epochUnit()).apply(dateText));

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
