package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.ConfigException;
import org.dyad.ner.ConllEval;
import org.dyad.ner.NerEvaluation;
import org.dyad.ner.ShippedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description =
        "Entity-level precision, recall and F1 (conlleval rules, exact span and type) of an NER"
            + " model on a CoNLL file.")
final class EvalNerCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;

  @Option(
      names = "--conll",
      paramLabel = "FILE",
      required = true,
      description = "A CoNLL-2003 file (IOB1 or IOB2), e.g. ../shared/data/conll2003/eng.testa.")
  Path conll;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "The NER pipeline (default: the model shipped with Dyad).")
  Path model;

  @Override
  public Integer call() throws IOException {
    if (!conll.toFile().isFile()) throw new ConfigException("--conll: " + conll + " is not a file");
    if (model != null && !model.toFile().isDirectory())
      throw new ConfigException("--model: " + model + " is not a folder");
    String path = model != null ? model.toString() : ShippedModel.unpack().toString();
    SparkSession spark = sparkOptions.start("eval-ner", 0);
    try {
      long started = System.nanoTime();
      ConllEval.Report r =
          NerEvaluation.evaluate(spark, PipelineModel.load(path), conll.toString());
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "model %s on %s: %,d sentences, %,d tokens, %.1f s%n",
          path,
          conll,
          r.sentences(),
          r.tokens(),
          seconds);
      System.out.printf(
          Locale.ROOT,
          "%-6s %9s %9s %9s %9s %9s%n",
          "type",
          "precision",
          "recall",
          "F1",
          "predicted",
          "gold");
      for (Map.Entry<String, ConllEval.Score> e : r.byType().entrySet())
        print(e.getKey(), e.getValue());
      print("micro", r.micro());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static void print(String name, ConllEval.Score s) {
    System.out.printf(
        Locale.ROOT,
        "%-6s %9.4f %9.4f %9.4f %9d %9d%n",
        name,
        s.precision(),
        s.recall(),
        s.f1(),
        s.predicted(),
        s.gold());
  }
}
