package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.jobs.NerModels;
import org.dyad.ner.NerCorpus;
import org.dyad.ner.NerSettings;
import org.dyad.ner.NerTraining;
import org.dyad.run.Progress;
import org.dyad.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains Dyad's NER model offline: Word2Vec embeddings on CoNLL-2003 and Reuters text, then NerDL on",
      "CoNLL eng.train, validated on eng.testa; saves a Spark NLP pipeline (text -> ner_chunk) to models/ner."
    })
final class TrainNerCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--train", paramLabel = "FILE", description = "CoNLL training file (default: ../shared/data/conll2003/eng.train).")
  Path train;

  @Option(names = "--validation", paramLabel = "FILE", description = "CoNLL validation file (default: ../shared/data/conll2003/eng.testa).")
  Path validation;

  @Option(names = "--news", paramLabel = "DIR", description = "Reuters-21578 folder whose text also trains the embeddings (default: ../shared/data/reuters21578; 'none' to skip).")
  String news;

  @Option(names = "--model", paramLabel = "DIR", description = "Where to save the model (default: models/ner).")
  Path model;

  @Option(names = "--epochs", paramLabel = "N", description = "NerDL epochs (default: ${DEFAULT-VALUE}).", defaultValue = "12")
  int epochs;

  @Option(names = "--dimensions", paramLabel = "N", description = "Word2Vec dimensions (default: ${DEFAULT-VALUE}).", defaultValue = "100")
  int dimensions;

  @Option(names = "--learning-rate", paramLabel = "LR", description = "NerDL learning rate (default: ${DEFAULT-VALUE}).", defaultValue = "0.003")
  float learningRate;

  @Option(names = "--batch-size", paramLabel = "N", description = "NerDL batch size (default: ${DEFAULT-VALUE}).", defaultValue = "16")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    NerSettings s = new NerSettings();
    s.maxEpochs = epochs;
    s.vectorSize = dimensions;
    s.learningRate = learningRate;
    s.batchSize = batchSize;
    Progress progress = new Progress(System.err);
    SparkSession spark = SparkSessions.create("dyad train-ner", common.master, common.sparkConf);
    try {
      return train(spark, s, train, validation, news, model, progress);
    } finally {
      spark.stop();
    }
  }

  /** Trains and saves the model, with its metrics (dyad-ner.json) beside it. */
  static int train(SparkSession spark, NerSettings s, Path train, Path validation, String news, Path model, Progress progress)
      throws Exception {
    Path trainFile = train != null ? train : NerCorpus.conllTrain();
    Path validationFile = validation != null ? validation : NerCorpus.conllValidation();
    Path newsFolder = news == null ? NerCorpus.reuters() : "none".equals(news) ? null : Path.of(news);
    Path out = model != null ? model : Path.of(NerModels.defaultPath());
    NerTraining.train(
        spark, trainFile.toString(), validationFile.toString(), NerCorpus.reutersText(spark, newsFolder), out, s, progress);
    return 0;
  }
}
