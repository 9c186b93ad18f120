package org.dyad.jobs;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.ActorsConfig;
import org.dyad.mentions.NlpPipelines;
import org.dyad.mentions.NerCandidates;
import org.dyad.mentions.SentenceTagging;
import org.dyad.ner.NerCorpus;
import org.dyad.ner.NerSettings;
import org.dyad.ner.NerTraining;
import org.dyad.run.Progress;
import org.dyad.tables.Tables.Col;

/** Finds and applies the NER model: Dyad's own (models/ner) or any saved Spark NLP pipeline with a chunk output. */
public final class NerModels {
  private NerModels() {}

  /** Dyad's trained NER pipeline, relative to DYAD_HOME. */
  public static String defaultPath() {
    String home = System.getenv("DYAD_HOME");
    return new File(home == null ? "." : home, "models/ner").getPath();
  }

  /**
   * A loaded NER model. Dyad's own is {@code tagging} (tokens, embeddings, NerDL, chunks) run on the
   * sentences {@link NerCandidates} picks, one per row ({@link SentenceTagging}); any other saved
   * pipeline runs whole on article text ({@code bySentence} false).
   */
  public record NerModel(PipelineModel tagging, boolean bySentence) {}

  /**
   * The model to use: none with --ner none; the given one; Dyad's own, trained first when it is missing
   * and the training data (../shared/data/conll2003) is there; else none, with a note.
   */
  static Optional<NerModel> resolve(SparkSession spark, ActorsConfig config, Progress progress) throws IOException {
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
    return Optional.of(load(spark, path, config.nerBatchSize));
  }

  /** Dyad's own model (trained by `dyad train-ner`: it has its metrics file) runs by sentence; others run whole. */
  static NerModel load(SparkSession spark, String path, int batchSize) {
    PipelineModel model = PipelineModel.load(path);
    Transformer[] stages = model.stages();
    if (!NerTraining.isOwnModel(Path.of(path)) || stages.length < 4 || !(stages[2] instanceof TokenizerModel)) {
      return new NerModel(model, false);
    }
    for (Transformer t : stages) if (t instanceof NerDLModel ner) ner.setBatchSize(batchSize);
    return new NerModel(withCurrentTokenizer(spark, model), true);
  }

  /**
   * The tagging stages of Dyad's own model behind today's tokenizer: its NER stages were trained on
   * CoNLL's tokens, and sharing the dictionary matcher's tokenizer keeps the two in step. (Its document
   * and sentence stages are not needed: the sentences come from the dictionary pipeline.)
   */
  static PipelineModel withCurrentTokenizer(SparkSession spark, PipelineModel model) {
    Transformer[] stages = model.stages();
    List<Transformer> tagging = new ArrayList<>();
    tagging.add(NlpPipelines.textTokens(spark).stages()[2]);
    tagging.addAll(Arrays.asList(stages).subList(3, stages.length));
    return new PipelineModel(model.uid() + "_tagging", tagging.toArray(Transformer[]::new));
  }

  /**
   * Adds ner_chunk to articles annotated by the dictionary pipeline (article_id, text, sentence,
   * dictionary_chunk, ...): the model's chunks, offsets in the same text; articles without any are null.
   */
  static Dataset<Row> annotate(NerModel model, Dataset<Row> annotated) {
    Dataset<Row> chunks;
    if (model.bySentence()) {
      chunks =
          SentenceTagging.tag(NerCandidates.sentences(annotated, Col.ARTICLE_ID), Col.ARTICLE_ID, model.tagging(), NlpPipelines.NER_CHUNK);
    } else {
      Dataset<Row> out = model.tagging().transform(annotated.select(Col.ARTICLE_ID, NlpPipelines.TEXT));
      chunks = out.select(out.col(Col.ARTICLE_ID), out.col(SentenceTagging.chunkColumn(out)).as(NlpPipelines.NER_CHUNK));
    }
    return annotated
        .join(chunks, annotated.col(Col.ARTICLE_ID).equalTo(chunks.col(Col.ARTICLE_ID)), "left")
        .select(
            Stream.concat(Arrays.stream(annotated.columns()).map(annotated::col), Stream.of(chunks.col(NlpPipelines.NER_CHUNK)))
                .toArray(Column[]::new));
  }
}
