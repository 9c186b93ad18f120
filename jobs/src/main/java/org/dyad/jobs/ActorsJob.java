package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dyad.actors.ActorDictionary;
import org.dyad.config.ActorsConfig;
import org.dyad.mentions.ActorTable;
import org.dyad.mentions.CanonicalActors;
import org.dyad.mentions.MentionExtraction;
import org.dyad.mentions.MentionResolver;
import org.dyad.mentions.NlpPipelines;
import org.dyad.run.Progress;
import org.dyad.run.Progress.Stage;
import org.dyad.run.RunOutput;
import org.dyad.spark.SparkSessions;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;
import org.dyad.tables.Tables;
import org.dyad.tables.StateTables;

/** {@code articles} -> {@code sentences}, {@code mentions} and {@code actors}. */
public final class ActorsJob {
  private ActorsJob() {}

  /**
   * @param reused articles whose sentences and mentions an append run took from the reports it adds to
   * @param annotationFingerprint what the mentions depend on besides the articles ({@link org.dyad.run.Append#annotationFingerprint})
   */
  public record Result(
      long articles, long mentions, long actors, Map<String, Long> mentionsBySource, String ner, long tokens, Map<Table, Long> written,
      long reused, String annotationFingerprint) {}

  /** The compiled dictionary and its fitted matcher pipeline; seconds: the time compiling took. */
  public record Dictionary(ActorDictionary dictionary, PipelineModel matcher, double seconds) {}

  /** The NER model (none with --ner none); seconds: the time loading took. */
  public record Ner(Optional<NerModels.NerModel> model, double seconds) {}

  /**
   * The shared text pipeline, the dictionary matcher and the NER model, prepared in a background thread
   * of the driver: the run
   * starts it before ingestion, which it overlaps (both are mostly driver work: on one Reuters file they
   * took 4.5 and 2.6 s, a tenth of the run, while ingestion left the cores idle between its small jobs).
   * A failure is raised when the actors stage asks for the result, as it would have been there before.
   */
  public static final class Preparation implements AutoCloseable {
    private final java.util.concurrent.ExecutorService thread;
    private final java.util.concurrent.CompletableFuture<Dictionary> dictionary;
    private final java.util.concurrent.CompletableFuture<Ner> ner;

    private final java.util.concurrent.CompletableFuture<NlpPipelines.Text> text;

    private Preparation(SparkSession spark, ActorsConfig config) {
      thread =
          java.util.concurrent.Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "dyad-prepare-actors");
                t.setDaemon(true);
                return t;
              });
      // The shared text pipeline first (its fit is the JVM's first Spark job, about 2 s of warm-up on one core).
      text = java.util.concurrent.CompletableFuture.supplyAsync(() -> NlpPipelines.text(spark), thread);
      dictionary =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                long started = System.nanoTime();
                try {
                  ActorDictionary d = ActorDictionary.load(config.files, spark.sparkContext().hadoopConfiguration());
                  return new Dictionary(d, NlpPipelines.dictionary(text.join(), d), (System.nanoTime() - started) / 1e9);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              },
              thread);
      ner =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                long started = System.nanoTime();
                try {
                  return new Ner(NerModels.resolve(config, text.join()), (System.nanoTime() - started) / 1e9);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              },
              thread);
    }

    /** Starts preparing now: the text pipeline, then the dictionary matcher and the NER model. */
    public static Preparation start(SparkSession spark, ActorsConfig config) {
      return new Preparation(spark, config);
    }

    /** The shared text pipeline (document, sentences, tokens) every stage that reads text uses. */
    public NlpPipelines.Text text() throws IOException {
      return join(text);
    }

    Dictionary dictionary() throws IOException {
      return join(dictionary);
    }

    Ner ner() throws IOException {
      return join(ner);
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) throws IOException {
      try {
        return future.join();
      } catch (java.util.concurrent.CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof java.io.UncheckedIOException io) throw io.getCause();
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        throw e;
      }
    }

    @Override
    public void close() {
      thread.shutdownNow();
    }
  }

  /**
   * @param previous the reports an append run adds to, or null: the sentences and mentions of their
   *     articles that are still there as they were (same id, date and text) are reused when they were
   *     made the same way (same {@link org.dyad.run.Append#annotationFingerprint}), not annotated again
   */
  public static Result run(
      SparkSession spark, Preparation prepared, String articlesPath, RunOutput out, Progress progress, ActorsConfig config,
      org.dyad.run.Append.Previous previous)
      throws IOException {
    Stage load = progress.start("dictionary");
    Dictionary compiled = prepared.dictionary();
    ActorDictionary dictionary = compiled.dictionary();
    PipelineModel matcher = compiled.matcher();
    load.count("actors", dictionary.actors().size());
    load.done(
        Progress.count(dictionary.actors().size()) + " dictionary actors, " + Progress.count(dictionary.phrases().size()) + " phrases"
            + beforehand(compiled.seconds(), load.elapsedSeconds()));

    Optional<NerModels.NerModel> ner = Optional.empty();
    if (config.ner == org.dyad.config.NerMode.AUTO) {
      Stage model = progress.start("ner-model");
      Ner loaded = prepared.ner();
      ner = loaded.model();
      model.done(ner.get().description() + " loaded" + beforehand(loaded.seconds(), model.elapsedSeconds()));
    }

    Stage annotate = progress.start("mentions");
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    String fingerprint = org.dyad.run.Append.annotationFingerprint(config, spark.sparkContext().hadoopConfiguration());
    org.dyad.run.Append.Reuse reuse =
        org.dyad.run.Append.Reuse.of(
            spark, previous, "sentences and mentions", previous == null ? null : previous.annotationFingerprint(), fingerprint,
            List.of(org.dyad.tables.IngestTables.ARTICLES, ActorTables.SENTENCES, StateTables.MENTIONS), articles, List.of(Col.PUBLISHED, Col.TEXT), progress);
    Dataset<Row> input =
        SparkSessions.spreadOverCores(reuse.toDo(articles).select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT)));
    // Sentences and dictionary matches, once: the sentences table, NER's choice of sentences and the mentions read them.
    Dataset<Row> byDictionary =
        matcher
            .transform(input)
            .select(
                col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT), col(NlpPipelines.SENTENCE), col(NlpPipelines.DICTIONARY_CHUNK),
                size(col(NlpPipelines.TOKEN)).as(NlpPipelines.TOKEN_COUNT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<Table, Long> written = new LinkedHashMap<>();
    written.put(
        ActorTables.SENTENCES,
        TableWriter.write(reuse.with(sentences(byDictionary), ActorTables.SENTENCES), ActorTables.SENTENCES, out.stagingPath(ActorTables.SENTENCES)));
    Dataset<Row> annotated = ner.isPresent() ? NerModels.annotate(ner.get(), byDictionary) : byDictionary;
    long tooLongForNer = ner.isPresent() && ner.get().bySentence() ? org.dyad.mentions.NerCandidates.tooLong(byDictionary) : 0;
    MentionResolver resolver = new MentionResolver(dictionary);
    LongAccumulator tokens = spark.sparkContext().longAccumulator("tokens");
    // Extracted once and kept: the cross-article merge reads the mentions twice.
    Dataset<Row> extracted =
        reuse
            .with(MentionExtraction.extract(annotated, JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(resolver), tokens), StateTables.MENTIONS)
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Kept for a later append run, before the merge of single names across articles (which it does again).
    TableWriter.write(extracted, StateTables.MENTIONS, out.stagingPath(StateTables.MENTIONS));
    String mentionsPath = out.stagingPath(ActorTables.MENTIONS);
    long mentionCount = TableWriter.write(CanonicalActors.mergeSingleNames(extracted), ActorTables.MENTIONS, mentionsPath);
    written.put(ActorTables.MENTIONS, mentionCount);
    extracted.unpersist();
    byDictionary.unpersist();
    Dataset<Row> mentions = spark.read().parquet(mentionsPath);
    Map<String, Long> bySource = new LinkedHashMap<>();
    for (Row r : mentions.groupBy(Col.SOURCE).count().orderBy(Col.SOURCE).collectAsList()) bySource.put(r.getString(0), r.getLong(1));
    long articleCount = TableWriter.rowsInFiles(spark, articlesPath);
    annotate.count("articles", articleCount).count("sentences", written.get(ActorTables.SENTENCES)).count("mentions", mentionCount).count("tokens", tokens.value());
    if (ner.isPresent()) annotate.count("sentences_too_long_for_ner", tooLongForNer);
    if (previous != null) annotate.count("articles_reused", reuse.count());
    reuse.release();
    annotate.done(
        Progress.count(mentionCount) + " mentions in " + Progress.count(articleCount) + " articles " + bySource
            + (previous != null ? " (" + Progress.count(articleCount - reuse.count()) + " annotated, " + Progress.count(reuse.count()) + " as before)" : "")
            + (ner.isPresent() ? "" : " (dictionary only)") + ", " + Progress.count(written.get(ActorTables.SENTENCES)) + " sentences, "
            + Progress.count(tokens.value()) + " tokens (" + Progress.count(Math.round(tokens.value() / Math.max(1e-3, annotate.elapsedSeconds())))
            + " tokens/s)"
            + (tooLongForNer > 0
                ? "; " + Progress.count(tooLongForNer) + (tooLongForNer == 1 ? " sentence" : " sentences") + " of more than "
                    + Progress.count(org.dyad.mentions.NerCandidates.MAX_WORDS) + " words left to the dictionary (NER's limit)"
                : ""));

    Stage write = progress.start("actors");
    long actorCount = TableWriter.write(ActorTable.build(mentions, articles), ActorTables.ACTORS, out.stagingPath(ActorTables.ACTORS));
    written.put(ActorTables.ACTORS, actorCount);
    write.count("actors", actorCount);
    write.done(Progress.count(actorCount) + " canonical actors");
    return new Result(
        articleCount, mentionCount, actorCount, bySource, ner.map(NerModels.NerModel::description).orElse("none"), tokens.value(), written,
        reuse.count(), fingerprint);
  }

  /** ", compiled in 4.1 s during ingestion" when most of the work was done before the stage waited for it. */
  static String beforehand(double workSeconds, double waitedSeconds) {
    return workSeconds - waitedSeconds >= 0.1 ? String.format(java.util.Locale.ROOT, " (%.1f s of work, done during ingestion)", workSeconds) : "";
  }

  /**
   * The sentences of annotated articles (article_id, published, text, sentence annotations), one row
   * each: index, offsets (end exclusive, in code points: see {@link org.dyad.text.CodePointOffsets}), text,
   * and the article's month.
   */
  static Dataset<Row> sentences(Dataset<Row> annotated) {
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add(Col.ARTICLE_ID, org.apache.spark.sql.types.DataTypes.StringType, false)
            .add(Col.PUBLISHED, org.apache.spark.sql.types.DataTypes.TimestampType, true)
            .add(Col.SENTENCE, org.apache.spark.sql.types.DataTypes.IntegerType, false)
            .add(Col.BEGIN, org.apache.spark.sql.types.DataTypes.IntegerType, false)
            .add(Col.END, org.apache.spark.sql.types.DataTypes.IntegerType, false)
            .add(Col.TEXT, org.apache.spark.sql.types.DataTypes.StringType, false);
    return annotated
        .select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT), col(NlpPipelines.SENTENCE + ".begin"), col(NlpPipelines.SENTENCE + ".end"))
        .flatMap(
            (org.apache.spark.api.java.function.FlatMapFunction<Row, Row>)
                r -> {
                  String text = r.getString(2);
                  List<Integer> begins = r.getList(3);
                  List<Integer> ends = r.getList(4);
                  org.dyad.text.CodePointOffsets at = org.dyad.text.CodePointOffsets.of(text);
                  List<Row> out = new java.util.ArrayList<>(begins.size());
                  for (int i = 0; i < begins.size(); i++) {
                    int b = Math.max(0, begins.get(i));
                    int e = Math.min(text.length(), ends.get(i) + 1);
                    out.add(org.apache.spark.sql.RowFactory.create(r.getString(0), r.getTimestamp(1), i, at.at(b), at.at(e), text.substring(b, Math.max(b, e))));
                  }
                  return out.iterator();
                },
            org.apache.spark.sql.Encoders.row(schema))
        .withColumn(Col.MONTH, Tables.month(col(Col.PUBLISHED)))
        .drop(Col.PUBLISHED);
  }
}
