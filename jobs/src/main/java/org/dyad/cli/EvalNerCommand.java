package org.dyad.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.dyad.jobs.NerModels;
import org.dyad.ner.ConllEval;
import org.dyad.ner.NerEvaluation;
import org.dyad.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description = "Entity-level precision, recall and F1 (conlleval rules, exact span and type) of an NER model on a CoNLL file.")
final class EvalNerCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--conll", paramLabel = "FILE", required = true, description = "A CoNLL-2003 file (IOB1 or IOB2), e.g. ../shared/data/conll2003/eng.testa.")
  Path conll;

  @Option(names = "--model", paramLabel = "DIR", description = "The NER pipeline (default: models/ner).")
  Path model;

  @Override
  public Integer call() {
    String path = model != null ? model.toString() : NerModels.defaultPath();
    SparkSession spark = SparkSessions.create("dyad eval-ner", common.master, common.sparkConf);
    try {
      long started = System.nanoTime();
      ConllEval.Report r = NerEvaluation.evaluate(spark, PipelineModel.load(path), conll.toString());
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "model %s on %s: %,d sentences, %,d tokens, %.1f s%n", path, conll, r.sentences(), r.tokens(), seconds);
      System.out.printf(Locale.ROOT, "%-6s %9s %9s %9s %9s %9s%n", "type", "precision", "recall", "F1", "predicted", "gold");
      for (Map.Entry<String, ConllEval.Score> e : r.byType().entrySet()) print(e.getKey(), e.getValue());
      print("micro", r.micro());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static void print(String name, ConllEval.Score s) {
    System.out.printf(Locale.ROOT, "%-6s %9.4f %9.4f %9.4f %9d %9d%n", name, s.precision(), s.recall(), s.f1(), s.predicted(), s.gold());
  }
}
