package org.dyad.jobs;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
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
import org.dyad.config.ActorsConfig;
import org.dyad.config.NerMode;
import org.dyad.home.DyadHome;
import org.dyad.mentions.NerCandidates;
import org.dyad.mentions.NlpPipelines;
import org.dyad.mentions.SentenceTagging;
import org.dyad.ner.NerTraining;
import org.dyad.ner.ShippedModel;
import org.dyad.tables.Col;

/**
 * Finds and applies the NER model: Dyad's own (models/ner) or any saved Spark NLP pipeline with a
 * chunk output.
 */
public final class NerModels {
  private NerModels() {}

  /** Where `dyad train-ner` saves a model by default: models/ner under DYAD_HOME. */
  public static String defaultTrainingPath() {
    return DyadHome.file("models/ner");
  }

  /**
   * A loaded NER model. Dyad's own is {@code tagging} (tokens, embeddings, NerDL, chunks) run on
   * the sentences {@link NerCandidates} picks, one per row ({@link SentenceTagging}); any other
   * saved pipeline runs whole on article text ({@code bySentence} false). {@code description} says
   * which.
   */
  public record NerModel(PipelineModel tagging, boolean bySentence, String description) {
    /** Dyad's own NER tagger: no Spark NLP pipeline, it runs in the mentions' task. */
    static NerModel ownTagger() {
      return new NerModel(null, false, "Dyad's NER tagger (models/dyad-ner-tagger.gz)");
    }

    /** Whether this is Dyad's own tagger (run by the mentions' extraction), not a pipeline. */
    public boolean isOwnTagger() {
      return tagging == null;
    }
  }

  /**
   * The model to use: none with --ner none; else the one given with --ner-model, or the one shipped
   * with Dyad. A run never trains a model (`dyad train-ner` does).
   */
  static Optional<NerModel> resolve(ActorsConfig config, NlpPipelines.Text text)
      throws IOException {
    NerMode mode = config.ner.resolved(config.nerModel);
    if (mode == NerMode.NONE) return Optional.empty();
    if (mode == NerMode.TAGGER) {
      org.dyad.tagger.ShippedTagger.ner(); // loaded once here, so that a broken model fails fast
      return Optional.of(NerModel.ownTagger());
    }
    if (config.nerModel != null)
      return Optional.of(load(text, config.nerModel, config.nerBatchSize, config.nerModel));
    return Optional.of(
        load(text, ShippedModel.unpack().toString(), config.nerBatchSize, "Dyad's shipped model"));
  }

  /**
   * Dyad's own model (trained by `dyad train-ner`: it has its metrics file) runs by sentence;
   * others run whole.
   */
  static NerModel load(NlpPipelines.Text text, String path, int batchSize, String description) {
    PipelineModel model = PipelineModel.load(path);
    Transformer[] stages = model.stages();
    int tokenizer = NlpPipelines.indexOf(stages, TokenizerModel.class);
    if (!NerTraining.isOwnModel(Path.of(path)) || tokenizer < 0)
      return new NerModel(model, false, description + " (whole articles)");
    for (Transformer t : stages) if (t instanceof NerDLModel ner) ner.setBatchSize(batchSize);
    return new NerModel(withCurrentTokenizer(text, model, tokenizer), true, description);
  }

  /**
   * The tagging stages of Dyad's own model behind today's tokenizer: its NER stages were trained on
   * CoNLL's tokens, and sharing the dictionary matcher's tokenizer keeps the two in step. (Its
   * document and sentence stages are not needed: the sentences come from the dictionary pipeline.)
   */
  static PipelineModel withCurrentTokenizer(
      NlpPipelines.Text text, PipelineModel model, int tokenizer) {
    Transformer[] stages = model.stages();
    List<Transformer> tagging = new ArrayList<>();
    tagging.add(text.tokenizer());
    tagging.addAll(Arrays.asList(stages).subList(tokenizer + 1, stages.length));
    return new PipelineModel(model.uid() + "_tagging", tagging.toArray(Transformer[]::new));
  }

  /**
   * Adds ner_chunk to articles annotated by the dictionary pipeline (article_id, text, sentence,
   * dictionary_chunk, ...): the model's chunks, offsets in the same text; articles without any are
   * null.
   */
  static Dataset<Row> annotate(NerModel model, Dataset<Row> annotated) {
    Dataset<Row> chunks;
    if (model.bySentence()) {
      chunks =
          SentenceTagging.tag(
              NerCandidates.sentences(annotated, Col.ARTICLE_ID),
              Col.ARTICLE_ID,
              model.tagging(),
              NlpPipelines.NER_CHUNK);
    } else {
      Dataset<Row> out =
          model.tagging().transform(annotated.select(Col.ARTICLE_ID, NlpPipelines.TEXT));
      chunks =
          out.select(
              out.col(Col.ARTICLE_ID),
              out.col(SentenceTagging.chunkColumn(out)).as(NlpPipelines.NER_CHUNK));
    }
    return annotated
        .join(chunks, annotated.col(Col.ARTICLE_ID).equalTo(chunks.col(Col.ARTICLE_ID)), "left")
        .select(
            Stream.concat(
                    Arrays.stream(annotated.columns()).map(annotated::col),
                    Stream.of(chunks.col(NlpPipelines.NER_CHUNK)))
                .toArray(Column[]::new));
  }
}
