package org.dyad.cli;

import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.ConfigException;
import org.dyad.config.Problems;
import org.dyad.jobs.NerModels;
import org.dyad.ner.NerCorpus;
import org.dyad.ner.NerSettings;
import org.dyad.ner.NerTraining;
import org.dyad.ner.OptimizerState;
import org.dyad.ner.ShippedModel;
import org.dyad.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains an NER model offline, the way Dyad's shipped model was trained.",
      "Word2Vec embeddings are learned on CoNLL-2003 and Reuters text, then NerDL on CoNLL"
          + " eng.train, validated on eng.testa; the result is a Spark NLP pipeline (text ->"
          + " ner_chunk) saved to models/ner. Runs use the model shipped with Dyad unless given"
          + " --ner-model; models/dyad-ner.md says how the shipped one was trained and how to"
          + " replace it (--pack writes the archive the build ships)."
    })
final class TrainNerCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description = "CoNLL training file (default: ../shared/data/conll2003/eng.train).")
  Path train;

  @Option(
      names = "--validation",
      paramLabel = "FILE",
      description = "CoNLL validation file (default: ../shared/data/conll2003/eng.testa).")
  Path validation;

  @Option(
      names = "--news",
      paramLabel = "DIR",
      description =
          "Reuters-21578 folder whose text also trains the embeddings (default:"
              + " ../shared/data/reuters21578; 'none' to skip).")
  String news;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "Where to save the model (default: models/ner).")
  Path model;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "NerDL epochs (default: ${DEFAULT-VALUE}).",
      defaultValue = "12")
  int epochs;

  @Option(
      names = "--dimensions",
      paramLabel = "N",
      description = "Word2Vec dimensions (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  int dimensions;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description =
          "Words seen fewer than N times get no embedding (default: ${DEFAULT-VALUE}); fewer words,"
              + " a smaller model.",
      defaultValue = "2")
  int minCount;

  @Option(
      names = "--learning-rate",
      paramLabel = "LR",
      description = "NerDL learning rate (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.003")
  float learningRate;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "NerDL batch size (default: ${DEFAULT-VALUE}).",
      defaultValue = "16")
  int batchSize;

  @Option(
      names = "--pack",
      paramLabel = "ZIP",
      description =
          "Also pack the model into this archive, the form Dyad ships (models/dyad-ner.zip; see"
              + " models/dyad-ner.md).")
  Path pack;

  @Option(
      names = "--from",
      paramLabel = "DIR",
      description =
          "Do not train: take a model an earlier train-ner saved, drop its optimizer state and save"
              + " (and --pack) it.")
  Path from;

  @Override
  public Integer call() throws Exception {
    if (from != null) return repack();
    Path trainFile = train != null ? train : NerCorpus.conllTrain();
    Path validationFile = validation != null ? validation : NerCorpus.conllValidation();
    Problems problems = new Problems();
    problems.require(
        trainFile.toFile().isFile(),
        "--train: "
            + trainFile
            + " is not a file (CoNLL-2003 eng.train is in ../shared/data/conll2003)");
    problems.require(
        validationFile.toFile().isFile(), "--validation: " + validationFile + " is not a file");
    problems.require(
        news == null || "none".equals(news) || new File(news).isDirectory(),
        "--news: " + news + " is not a folder");
    problems.require(
        epochs >= 1 && dimensions >= 1 && minCount >= 1 && batchSize >= 1 && learningRate > 0,
        "--epochs, --dimensions, --min-count and --batch-size must be at least 1, --learning-rate"
            + " positive");
    problems.throwIfAny();
    NerSettings s = new NerSettings();
    s.maxEpochs = epochs;
    s.vectorSize = dimensions;
    s.minCount = minCount;
    s.learningRate = learningRate;
    s.batchSize = batchSize;
    Progress progress = new Progress(System.err);
    SparkSession spark = sparkOptions.start("train-ner", 0);
    try {
      Path out = model != null ? model : Path.of(NerModels.defaultTrainingPath());
      Path newsFolder =
          news == null ? NerCorpus.reuters() : "none".equals(news) ? null : Path.of(news);
      NerTraining.train(
          spark,
          trainFile.toString(),
          validationFile.toString(),
          NerCorpus.reutersText(spark, newsFolder),
          out,
          s,
          progress);
      if (pack != null) {
        ShippedModel.pack(out, pack);
        progress.note("packed into " + pack + " (" + Progress.count(Files.size(pack)) + " bytes)");
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /**
   * A saved model made smaller (its optimizer state dropped), saved again and packed; no training.
   */
  private int repack() throws Exception {
    if (!NerTraining.isOwnModel(from))
      throw new ConfigException(
          "--from: " + from + " is not a model `dyad train-ner` saved (no dyad-ner.json in it)");
    Path out = model != null ? model : Path.of(NerModels.defaultTrainingPath());
    if (out.toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize()))
      throw new ConfigException("--model must differ from --from");
    Progress progress = new Progress(System.err);
    SparkSession spark = sparkOptions.start("train-ner", 0);
    try {
      Progress.Stage stage = progress.start("ner-repack");
      PipelineModel pipeline = PipelineModel.load(from.toString());
      int reset = 0;
      for (Transformer t : pipeline.stages()) {
        if (t instanceof NerDLModel ner) reset += OptimizerState.reset(ner);
      }
      pipeline.write().overwrite().save(out.toString());
      Files.copy(
          from.resolve("dyad-ner.json"),
          out.resolve("dyad-ner.json"),
          StandardCopyOption.REPLACE_EXISTING);
      stage.done("optimizer state of " + reset + " variables dropped; saved to " + out);
      if (pack != null) {
        ShippedModel.pack(out, pack);
        progress.note("packed into " + pack + " (" + Progress.count(Files.size(pack)) + " bytes)");
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
