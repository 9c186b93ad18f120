package org.dyad.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.dyad.ner.NerCorpus;
import org.dyad.ner.NerSettings;
import org.dyad.ner.NerTraining;
import java.util.Optional;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.dyad.config.ActorsConfig;
import org.dyad.mentions.NlpPipelines;
import org.dyad.mentions.SentenceFilter;
import org.dyad.run.Progress;

/** Finds and applies the NER model: Dyad's own (models/ner) or any saved Spark NLP pipeline with a chunk output. */
public final class NerModels {
  private NerModels() {}

  /** Dyad's trained NER pipeline, relative to DYAD_HOME. */
  public static String defaultPath() {
    String home = System.getenv("DYAD_HOME");
    return new File(home == null ? "." : home, "models/ner").getPath();
  }

  /**
   * The model to use: none with --ner none; the given one; Dyad's own, trained first when it is missing
   * and the training data (../shared/data/conll2003) is there; else none, with a note.
   */
  static Optional<PipelineModel> resolve(SparkSession spark, ActorsConfig config, Progress progress) throws IOException {
    if ("none".equalsIgnoreCase(config.ner)) return Optional.empty();
    if (!"auto".equalsIgnoreCase(config.ner)) {
      throw new IllegalArgumentException("--ner must be auto or none, not '" + config.ner + "'");
    }
    String path = config.nerModel != null ? config.nerModel : defaultPath();
    if (config.nerModel == null && !new File(path).isDirectory()) {
      if (!NerCorpus.available()) {
        progress.note("no NER model in " + path + " and no CoNLL data to train one: dictionary actors only");
        return Optional.empty();
      }
      progress.note("no NER model in " + path + ": training one first (once; `--ner none` skips NER)");
      NerTraining.train(
          spark, NerCorpus.conllTrain().toString(), NerCorpus.conllValidation().toString(),
          NerCorpus.reutersText(spark, NerCorpus.reuters()), Path.of(path), new NerSettings(), progress);
    }
    progress.note("NER model: " + path);
    PipelineModel model = PipelineModel.load(path);
    return Optional.of(config.nerModel == null ? withCurrentTokenizer(spark, model) : model);
  }

  /**
   * Dyad's own model with today's text stages (document, sentences, tokens): its NER stages were
   * trained on CoNLL's tokens, and sharing the dictionary matcher's tokenizer keeps the two in step. Only
   * sentences that can hold a name go through NER ({@link SentenceFilter}).
   */
  static PipelineModel withCurrentTokenizer(SparkSession spark, PipelineModel model) {
    org.apache.spark.ml.Transformer[] stages = model.stages();
    PipelineModel text = NlpPipelines.textTokens(spark);
    if (stages.length < 3 || !(stages[2] instanceof com.johnsnowlabs.nlp.annotators.TokenizerModel)) return model;
    java.util.List<org.apache.spark.ml.Transformer> updated = new java.util.ArrayList<>();
    updated.add(text.stages()[0]);
    updated.add(text.stages()[1]);
    updated.add(new SentenceFilter(NlpPipelines.SENTENCE));
    updated.add(text.stages()[2]);
    updated.addAll(java.util.Arrays.asList(stages).subList(3, stages.length));
    return new PipelineModel(model.uid(), updated.toArray(org.apache.spark.ml.Transformer[]::new));
  }

  /**
   * Runs the NER pipeline on the text and keeps its last chunk output as ner_chunk, dropping its other
   * columns so that Dyad's own pipeline can follow. Offsets refer to the same text.
   */
  static Dataset<Row> annotate(PipelineModel model, Dataset<Row> input) {
    Dataset<Row> out = model.transform(input);
    String chunk = null;
    for (StructField f : out.schema().fields()) {
      if (f.metadata().contains("annotatorType") && "chunk".equals(f.metadata().getString("annotatorType"))) chunk = f.name();
    }
    if (chunk == null) throw new IllegalArgumentException("The NER model has no chunk output (add a NerConverter stage)");
    java.util.List<org.apache.spark.sql.Column> keep = new java.util.ArrayList<>();
    for (String c : input.columns()) keep.add(out.col(c));
    keep.add(out.col(chunk).as(NlpPipelines.NER_CHUNK));
    return out.select(keep.toArray(org.apache.spark.sql.Column[]::new));
  }
}
