package org.dyad.ner;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLApproach;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.embeddings.Word2VecApproach;
import com.johnsnowlabs.nlp.embeddings.Word2VecModel;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.mentions.NlpPipelines;
import org.dyad.progress.Progress;

/**
 * Trains Dyad's NER model with nothing downloaded: Word2Vec embeddings learned here (Spark NLP
 * Word2VecApproach on CoNLL-2003 train and news text), then NerDL (BiLSTM-CNN-CRF) on CoNLL
 * eng.train, checked on eng.testa each epoch, the best epoch kept. The result is a Spark NLP
 * pipeline from raw text to {@code ner_chunk}, saved where {@link org.dyad.jobs.NerModels} finds
 * it.
 */
public final class NerTraining {
  private NerTraining() {}

  public static final String EMBEDDINGS = "embeddings";
  public static final String NER = "ner";

  public record Result(ConllEval.Report validation, double seconds, long embeddingTokens) {}

  /**
   * @param news extra text to learn embeddings from (a column "text"), or null
   */
  public static Result train(
      SparkSession spark,
      String trainPath,
      String validationPath,
      Dataset<Row> news,
      Path modelDir,
      NerSettings s,
      Progress progress)
      throws IOException {
    long started = System.nanoTime();
    Progress.Stage read = progress.start("ner-data");
    Dataset<Row> train =
        ConllData.toIob2(ConllData.read(spark, trainPath)).persist(StorageLevel.MEMORY_AND_DISK());
    // IOB2 like the training labels: NerDL scores each epoch tag by tag, and picks the best epoch
    // by it.
    Dataset<Row> validation = ConllData.toIob2(ConllData.read(spark, validationPath));
    long sentences = train.count();
    read.count("sentences", sentences);
    read.done(Progress.count(sentences) + " training sentences from " + trainPath);

    Progress.Stage embed = progress.start("ner-embeddings");
    NlpPipelines.Text shared = NlpPipelines.text(spark);
    PipelineModel text = shared.sentencesAndTokens();
    Dataset<Row> corpus = train.select(col(NlpPipelines.TOKEN));
    if (news != null)
      corpus =
          corpus.unionByName(
              text.transform(news.select(col(NlpPipelines.TEXT))).select(col(NlpPipelines.TOKEN)));
    Word2VecApproach w2v = new Word2VecApproach();
    w2v.setInputCols(new String[] {NlpPipelines.TOKEN});
    w2v.setOutputCol(EMBEDDINGS);
    w2v.setVectorSize(s.vectorSize);
    w2v.setWindowSize(s.windowSize);
    w2v.setMinCount(s.minCount);
    w2v.setMaxIter(s.word2vecIterations);
    w2v.setSeed(s.seed);
    w2v.setStorageRef("dyad_word2vec_" + s.vectorSize);
    Word2VecModel embeddings = w2v.fit(corpus);
    long tokens = corpus.select(explode(col(NlpPipelines.TOKEN))).count();
    embed.count("tokens", tokens);
    embed.done(s.vectorSize + " dimensions learned from " + Progress.count(tokens) + " tokens");

    Progress.Stage fit = progress.start("ner-train");
    Path work = Files.createTempDirectory("dyad-ner");
    String validationParquet = work.resolve("validation.parquet").toString();
    embeddings.transform(validation).write().parquet(validationParquet);
    NerDLApproach ner = new NerDLApproach();
    ner.setInputCols(new String[] {NlpPipelines.SENTENCE, NlpPipelines.TOKEN, EMBEDDINGS});
    ner.setOutputCol(NER);
    ner.setLabelColumn("label");
    ner.setMaxEpochs(s.maxEpochs);
    ner.setLr(s.learningRate);
    ner.setPo(s.decay);
    ner.setBatchSize(s.batchSize);
    ner.setDropout(s.dropout);
    ner.setRandomSeed(s.seed);
    ner.setIncludeConfidence(true);
    ner.setTestDataset(validationParquet, ReadAs.SPARK(), parquetFormat());
    ner.setUseBestModel(true);
    ner.setVerbose(2);
    ner.setEnableOutputLogs(true);
    ner.setOutputLogsPath(work.resolve("logs").toString());
    NerDLModel model;
    try (EpochLog epochs = new EpochLog(work.resolve("logs"), fit)) {
      model = ner.fit(embeddings.transform(train));
    }
    int reset = OptimizerState.reset(model);
    fit.done(
        s.maxEpochs
            + " epochs (best on "
            + validationPath
            + " kept); optimizer state of "
            + reset
            + " variables dropped");

    NerConverter converter = new NerConverter();
    converter.setInputCols(new String[] {NlpPipelines.SENTENCE, NlpPipelines.TOKEN, NER});
    converter.setOutputCol(NlpPipelines.NER_CHUNK);
    PipelineModel pipeline = assemble(spark, shared, embeddings, model, converter);

    Path tmp = modelDir.resolveSibling(modelDir.getFileName() + ".tmp");
    deleteRecursively(tmp);
    pipeline.write().overwrite().save(tmp.toString());
    deleteRecursively(modelDir);
    Files.move(tmp, modelDir);
    train.unpersist();
    deleteRecursively(work);

    Progress.Stage check = progress.start("ner-eval");
    ConllEval.Report report =
        NerEvaluation.evaluate(spark, PipelineModel.load(modelDir.toString()), validationPath);
    check.done(NerEvaluation.summary(report));
    Result result = new Result(report, (System.nanoTime() - started) / 1e9, tokens);
    writeMetrics(modelDir, trainPath, validationPath, news != null, s, result);
    progress.note(
        String.format(Locale.ROOT, "NER model saved to %s in %.0f s", modelDir, result.seconds()));
    return result;
  }

  /**
   * Follows NerDL's training log while it trains and reports each epoch on the progress output:
   * "epoch 3 of 12 (48 s), loss 712.4; validation F1 0.893 (token level)".
   */
  static final class EpochLog implements AutoCloseable {
    private static final Pattern EPOCH =
        Pattern.compile("^Epoch (\\d+)/(\\d+) - ([\\d.]+)s - loss: ([\\d.]+)");
    private static final Pattern MICRO = Pattern.compile("^Micro-average.*f1: ([\\d.]+)");
    private final Path folder;
    private final Progress.Stage stage;
    private final Thread thread;
    private volatile boolean running = true;
    private String pending;

    EpochLog(Path folder, Progress.Stage stage) {
      this.folder = folder;
      this.stage = stage;
      this.thread = new Thread(this::follow, "dyad-ner-epochs");
      thread.setDaemon(true);
      thread.start();
    }

    private void follow() {
      long read = 0;
      StringBuilder partial = new StringBuilder();
      while (running) {
        try {
          Thread.sleep(1000);
          Path log = newestLog();
          if (log == null) continue;
          byte[] bytes = Files.readAllBytes(log);
          if (bytes.length <= read) continue;
          partial.append(
              new String(bytes, (int) read, (int) (bytes.length - read), StandardCharsets.UTF_8));
          read = bytes.length;
          int nl;
          while ((nl = partial.indexOf("\n")) >= 0) {
            line(partial.substring(0, nl).strip());
            partial.delete(0, nl + 1);
          }
        } catch (InterruptedException e) {
          return;
        } catch (IOException | RuntimeException e) {
          // the log is informative only
        }
      }
    }

    private Path newestLog() throws IOException {
      if (!Files.isDirectory(folder)) return null;
      try (Stream<Path> files = Files.list(folder)) {
        return files
            .filter(f -> f.toString().endsWith(".log"))
            .max(Comparator.comparing(Path::toString))
            .orElse(null);
      }
    }

    private void line(String line) {
      Matcher e = EPOCH.matcher(line);
      if (e.find()) {
        if (pending != null) stage.report(pending);
        pending =
            String.format(
                Locale.ROOT,
                "epoch %s of %s (%.0f s), loss %s",
                e.group(1),
                e.group(2),
                Double.parseDouble(e.group(3)),
                e.group(4));
        stage.detail(pending);
        return;
      }
      Matcher m = MICRO.matcher(line);
      if (m.find() && pending != null) {
        String done =
            pending
                + String.format(
                    Locale.ROOT,
                    "; validation F1 %.3f (token level)",
                    Double.parseDouble(m.group(1)));
        stage.report(done);
        stage.detail(done);
        pending = null;
      }
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
      if (pending != null) stage.report(pending);
    }
  }

  private static final String METRICS = "dyad-ner.json";

  /** A model this class trained: its metrics file is beside it. */
  public static boolean isOwnModel(Path modelDir) {
    return Files.isRegularFile(modelDir.resolve(METRICS));
  }

  /** {@code dyad-ner.json} beside the model: how it was trained and how it scored. */
  private static void writeMetrics(
      Path modelDir, String train, String validation, boolean news, NerSettings s, Result r)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("train", train);
    m.put("validation", validation);
    m.put("embeddings_include_news", news);
    m.put("settings", s);
    m.put("embedding_tokens", r.embeddingTokens());
    m.put("seconds", Math.round(r.seconds()));
    m.put("validation_micro_f1", r.validation().micro().f1());
    Map<String, Double> byType = new LinkedHashMap<>();
    r.validation().byType().forEach((k, v) -> byType.put(k, v.f1()));
    m.put("validation_f1_by_type", byType);
    Files.writeString(
        modelDir.resolve(METRICS),
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
  }

  /**
   * The saved model: document, sentences and tokens (the stages Spark NLP can save; Dyad's own
   * sentence repair is applied by the run, which reads the model from its tokenizer on),
   * embeddings, NER, chunks.
   */
  private static PipelineModel assemble(
      SparkSession spark,
      NlpPipelines.Text text,
      Word2VecModel embeddings,
      NerDLModel ner,
      NerConverter converter) {
    PipelineStage[] stages =
        Stream.of(text.document(), text.sentences(), text.tokenizer(), embeddings, ner, converter)
            .toArray(PipelineStage[]::new);
    Dataset<Row> sample =
        spark.createDataset(List.of("Sample."), Encoders.STRING()).toDF(NlpPipelines.TEXT);
    return new Pipeline().setStages(stages).fit(sample);
  }

  static scala.collection.immutable.Map<String, String> parquetFormat() {
    return scala.collection.immutable.Map$.MODULE$
        .<String, String>empty()
        .updated("format", "parquet");
  }

  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
    }
  }
}
