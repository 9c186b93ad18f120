package org.dyad.ner;

import static org.apache.spark.sql.functions.*;

import com.johnsnowlabs.nlp.training.CoNLL;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;

/**
 * CoNLL-2003 files read by Spark NLP's reader: one row per sentence, with document, sentence,
 * token, pos and label.
 */
public final class ConllData {
  private ConllData() {}

  public static Dataset<Row> read(SparkSession spark, String path) {
    CoNLL reader =
        new CoNLL(
            CoNLL.apply$default$1(),
            CoNLL.apply$default$2(),
            CoNLL.apply$default$3(),
            CoNLL.apply$default$4(),
            CoNLL.apply$default$5(),
            CoNLL.apply$default$6(),
            CoNLL.apply$default$7(),
            CoNLL.apply$default$8(),
            CoNLL.apply$default$9(),
            CoNLL.apply$default$10(),
            CoNLL.apply$default$11(),
            CoNLL.apply$default$12());
    @SuppressWarnings("unchecked")
    Dataset<Row> rows =
        (Dataset<Row>)
            reader.readDataset(
                spark,
                path,
                reader.readDataset$default$3(),
                reader.readDataset$default$4(),
                reader.readDataset$default$5());
    return rows;
  }

  /**
   * IOB1 labels (CoNLL's: B- only between two adjacent entities of one type) as IOB2 (every entity
   * starts with B-), which NerDL learns better and NerConverter reads unambiguously.
   */
  public static Dataset<Row> toIob2(Dataset<Row> conll) {
    Metadata metadata = conll.schema().apply("label").metadata();
    Column converted =
        expr(
            "transform(label, (x, i) -> IF(x.result LIKE 'I-%' AND (i = 0 OR label[i - 1].result ="
                + " 'O' OR substr(label[i - 1].result, 3) != substr(x.result, 3)),"
                + " named_struct('annotatorType', x.annotatorType, 'begin', x.begin, 'end', x.end,"
                + " 'result', concat('B-', substr(x.result, 3)), 'metadata', x.metadata,"
                + " 'embeddings', x.embeddings), x))");
    return conll.withColumn("label", converted.as("label", metadata));
  }
}
