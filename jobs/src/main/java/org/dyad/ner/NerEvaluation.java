package org.dyad.ner;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scores an NER pipeline on a CoNLL file: its embedding and tagging stages run on the file's own
 * tokens (so that tags line up with the gold ones), and entities are compared by conlleval's rules.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  public static ConllEval.Report evaluate(
      SparkSession spark, PipelineModel model, String conllPath) {
    Dataset<Row> data = ConllData.read(spark, conllPath);
    String output = null;
    for (Transformer stage : model.stages()) {
      if (stage instanceof DocumentAssembler
          || stage instanceof SentenceDetector
          || stage instanceof TokenizerModel
          || stage instanceof NerConverter) {
        continue;
      }
      data = stage.transform(data);
      output =
          stage.getParam("outputCol") == null
              ? output
              : (String) stage.getOrDefault(stage.getParam("outputCol"));
    }
    if (output == null) throw new IllegalArgumentException("The model has no tagging stage");
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (Row r : data.selectExpr("label.result", output + ".result").collectAsList()) {
      gold.add(r.getList(0));
      predicted.add(r.getList(1));
    }
    return ConllEval.evaluate(gold, predicted);
  }

  public static String summary(ConllEval.Report r) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "micro F1 %.3f (P %.3f R %.3f)",
                r.micro().f1(),
                r.micro().precision(),
                r.micro().recall()));
    for (Map.Entry<String, ConllEval.Score> e : r.byType().entrySet()) {
      b.append(String.format(Locale.ROOT, "; %s %.3f", e.getKey(), e.getValue().f1()));
    }
    return b.toString();
  }
}
