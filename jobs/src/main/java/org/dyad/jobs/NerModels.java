package org.dyad.jobs;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
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
import org.dyad.mentions.SentenceFilter;
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
   * A loaded NER model. Dyad's own runs as {@code sentences} (document, sentences, {@link SentenceFilter})
   * then {@code tagging} (tokens, embeddings, NerDL, chunks) one sentence per row ({@link SentenceTagging});
   * any other saved pipeline runs whole, on article text ({@code sentences} null).
   */
  public record NerModel(PipelineModel sentences, PipelineModel tagging) {}

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
    return Optional.of(load(spark, path));
  }

  /** Dyad's own model (trained by `dyad train-ner`: it has its metrics file) is split; others run whole. */
  static NerModel load(SparkSession spark, String path) {
    PipelineModel model = PipelineModel.load(path);
    boolean own = NerTraining.isOwnModel(Path.of(path));
    Transformer[] stages = model.stages();
    if (!own || stages.length < 4 || !(stages[2] instanceof TokenizerModel)) {
      return new NerModel(null, model);
    }
    return withCurrentTokenizer(spark, model);
  }

  /**
   * Dyad's own model with today's text stages (document, sentences, tokens): its NER stages were
   * trained on CoNLL's tokens, and sharing the dictionary matcher's tokenizer keeps the two in step. Only
   * sentences that can hold a name go through NER ({@link SentenceFilter}).
   */
  static NerModel withCurrentTokenizer(SparkSession spark, PipelineModel model) {
    Transformer[] stages = model.stages();
    PipelineModel text = NlpPipelines.textTokens(spark);
    PipelineModel sentences =
        new PipelineModel(
            model.uid() + "_sentences",
            new Transformer[] {text.stages()[0], text.stages()[1], new SentenceFilter(NlpPipelines.SENTENCE)});
    List<Transformer> tagging = new ArrayList<>();
    tagging.add(text.stages()[2]);
    tagging.addAll(Arrays.asList(stages).subList(3, stages.length));
    return new NerModel(sentences, new PipelineModel(model.uid() + "_tagging", tagging.toArray(Transformer[]::new)));
  }

  /**
   * Adds ner_chunk to the articles (a key column and text): the model's chunks, offsets in the same
   * text. Other columns of the input are kept; those the model adds are not.
   */
  static Dataset<Row> annotate(NerModel model, Dataset<Row> input) {
    if (model.sentences() == null) {
      Dataset<Row> out = model.tagging().transform(input);
      List<Column> keep = new ArrayList<>();
      for (String c : input.columns()) keep.add(out.col(c));
      keep.add(out.col(SentenceTagging.chunkColumn(out)).as(NlpPipelines.NER_CHUNK));
      return out.select(keep.toArray(Column[]::new));
    }
    Dataset<Row> sentences =
        model.sentences().transform(input.select(Col.ARTICLE_ID, NlpPipelines.TEXT)).select(Col.ARTICLE_ID, NlpPipelines.SENTENCE);
    Dataset<Row> chunks = SentenceTagging.tag(sentences, Col.ARTICLE_ID, model.tagging(), NlpPipelines.NER_CHUNK);
    return input.join(chunks, input.col(Col.ARTICLE_ID).equalTo(chunks.col(Col.ARTICLE_ID)), "left")
        .select(Stream.concat(
                Arrays.stream(input.columns()).map(input::col), Stream.of(chunks.col(NlpPipelines.NER_CHUNK)))
            .toArray(Column[]::new));
  }
}
