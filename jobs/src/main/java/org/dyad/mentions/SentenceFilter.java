package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Keeps only the sentences that can hold a name the NER model would tag: those with a capitalized word
 * after their first, or starting with one that is not a common sentence opener ("Baker said ..."). The
 * others ("The dollar fell.", "Shr 10 cts vs 5 cts") skip NER; their dictionary matches are unaffected. Sentence annotations keep their
 * metadata (annotator type), so the Spark NLP stages after it accept the column.
 */
public final class SentenceFilter extends Transformer {
  private final String uid = Identifiable$.MODULE$.randomUID("dyad_sentence_filter");
  private final String column;

  public SentenceFilter(String column) {
    this.column = column;
  }

  /** Capitalized words that often start a sentence without being a name. */
  static final String COMMON_FIRST_WORDS =
      "The|A|An|It|He|She|They|We|I|You|In|On|At|But|And|Or|So|This|That|These|Those|There|Its|His|Her|Their|Our|For"
          + "|With|As|By|From|To|Of|If|When|While|After|Before|Since|Although|However|Also|Some|Most|Many|All|No|Not"
          + "|Shr|Shrs|Net|Revs|Qtr|Oper|Avg|Mths|Sales|Loss|Profit|Dividend|Qtly|Pay|Record|Prior";

  /** A capitalized word after the first, or a first word that is capitalized and not a common one. */
  static final String CANDIDATE =
      "[\\\\s\\\\p{Punct}]\\\\p{Lu}|^[\\\\W]*(?!(?:" + COMMON_FIRST_WORDS + ")\\\\b)\\\\p{Lu}";

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    org.apache.spark.sql.types.Metadata metadata = dataset.schema().apply(column).metadata();
    Dataset<Row> rows = dataset.toDF();
    return rows.withColumn(
        column, expr("filter(" + column + ", s -> s.result rlike '" + CANDIDATE + "')").as(column, metadata));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema;
  }

  @Override
  public Transformer copy(ParamMap extra) {
    return new SentenceFilter(column);
  }

  @Override
  public String uid() {
    return uid;
  }
}
