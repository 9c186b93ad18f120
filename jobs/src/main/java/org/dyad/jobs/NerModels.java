package org.dyad.jobs;

import java.io.File;
import java.util.Optional;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.dyad.config.ActorsConfig;
import org.dyad.mentions.NlpPipelines;
import org.dyad.run.Progress;

/** Finds and applies the NER model: Dyad's own (models/ner) or any saved Spark NLP pipeline with a chunk output. */
public final class NerModels {
  private NerModels() {}

  /** Dyad's trained NER pipeline, relative to DYAD_HOME. */
  public static String defaultPath() {
    String home = System.getenv("DYAD_HOME");
    return new File(home == null ? "." : home, "models/ner").getPath();
  }

  static Optional<PipelineModel> resolve(ActorsConfig config, Progress progress) {
    if ("none".equalsIgnoreCase(config.ner)) return Optional.empty();
    if (!"auto".equalsIgnoreCase(config.ner)) {
      throw new IllegalArgumentException("--ner must be auto or none, not '" + config.ner + "'");
    }
    String path = config.nerModel != null ? config.nerModel : defaultPath();
    if (config.nerModel == null && !new File(path).isDirectory()) {
      progress.note("no NER model in " + path + ": dictionary actors only (train one with `dyad train-ner`)");
      return Optional.empty();
    }
    progress.note("NER model: " + path);
    return Optional.of(PipelineModel.load(path));
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
