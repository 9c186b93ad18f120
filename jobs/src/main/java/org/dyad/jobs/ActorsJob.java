package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
import org.dyad.progress.Progress;
import org.dyad.progress.Progress.Stage;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
import org.dyad.spark.SparkSessions;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;
import org.dyad.tables.Tables;

/** {@code articles} -> {@code sentences}, {@code mentions} and {@code actors}. */
public final class ActorsJob {
  private ActorsJob() {}

  /**
   * @param reused articles whose sentences and mentions an append run took from the reports it adds
   *     to
   * @param annotationFingerprint what the mentions depend on besides the articles ({@link
   *     org.dyad.run.Append#annotationFingerprint})
   */
  public record Result(
      long articles,
      long mentions,
      long actors,
      Map<String, Long> mentionsBySource,
      String ner,
      long tokens,
      Map<Table, Long> written,
      long reused,
      String annotationFingerprint,
      List<ArticleIsolation.Failure> failures) {}

  /** The compiled dictionary and its fitted matcher pipeline; seconds: the time compiling took. */
  public record Dictionary(ActorDictionary dictionary, PipelineModel matcher, double seconds) {}

  /** The NER model (none with --ner none); seconds: the time loading took. */
  public record Ner(Optional<NerModels.NerModel> model, double seconds) {}

  /**
   * The shared text pipeline, the dictionary matcher and the NER model, prepared in a background
   * thread of the driver: the run starts it before ingestion, which it overlaps (both are mostly
   * driver work: on one Reuters file they took 4.5 and 2.6 s, a tenth of the run, while ingestion
   * left the cores idle between its small jobs). A failure is raised when the actors stage asks for
   * the result, as it would have been there before.
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
      // The shared text pipeline first (its fit is the JVM's first Spark job, about 2 s of warm-up
      // on one core).
      text =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> NlpPipelines.text(spark), thread);
      dictionary =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                long started = System.nanoTime();
                try {
                  ActorDictionary d =
                      ActorDictionary.load(
                          config.files, spark.sparkContext().hadoopConfiguration());
                  return new Dictionary(
                      d,
                      NlpPipelines.dictionary(text.join(), d),
                      (System.nanoTime() - started) / 1e9);
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
                  return new Ner(
                      NerModels.resolve(config, text.join()), (System.nanoTime() - started) / 1e9);
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
   *     articles that are still there as they were (same id, date and text) are reused when they
   *     were made the same way (same {@link org.dyad.run.Append#annotationFingerprint}), not
   *     annotated again
   */
  public static Result run(
      SparkSession spark,
      Preparation prepared,
      String articlesPath,
      RunOutput out,
      Progress progress,
      ActorsConfig config,
      org.dyad.run.Append.Previous previous)
      throws IOException {
    Stage load = progress.start("dictionary");
    Dictionary compiled = prepared.dictionary();
    ActorDictionary dictionary = compiled.dictionary();
    PipelineModel matcher = compiled.matcher();
    load.count("actors", dictionary.actors().size());
    load.done(
        Progress.count(dictionary.actors().size())
            + " dictionary actors, "
            + Progress.count(dictionary.phrases().size())
            + " phrases"
            + beforehand(compiled.seconds(), load.elapsedSeconds()));

    Optional<NerModels.NerModel> ner = Optional.empty();
    if (config.ner == org.dyad.config.NerMode.AUTO) {
      Stage model = progress.start("ner-model");
      Ner loaded = prepared.ner();
      ner = loaded.model();
      model.done(
          ner.get().description()
              + " loaded"
              + beforehand(loaded.seconds(), model.elapsedSeconds()));
    }

    Stage annotate = progress.start("mentions");
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    String fingerprint =
        org.dyad.run.Append.annotationFingerprint(
            config, spark.sparkContext().hadoopConfiguration());
    org.dyad.run.Append.Reuse reuse =
        org.dyad.run.Append.Reuse.of(
            spark,
            previous,
            "sentences and mentions",
            previous == null ? null : previous.annotationFingerprint(),
            fingerprint,
            List.of(
                org.dyad.tables.IngestTables.ARTICLES,
                ActorTables.SENTENCES,
                StateTables.MENTIONS,
                StateTables.MENTION_FAILURES),
            articles,
            List.of(Col.PUBLISHED, Col.TEXT),
            progress);
    Dataset<Row> input =
        SparkSessions.spreadOverCores(
            reuse.toDo(articles).select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT)));
    Broadcast<MentionResolver> resolver =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(new MentionResolver(dictionary));
    LongAccumulator tokens = spark.sparkContext().longAccumulator("tokens");
    Map<Table, Long> written = new LinkedHashMap<>();
    Annotated done;
    try {
      done = annotate(input, matcher, ner, resolver, tokens, reuse, out, written);
    } catch (Exception e) {
      if (!ArticleIsolation.isTaskFailure(e)) throw ArticleIsolation.<RuntimeException>unchecked(e);
      progress.note(
          "mentions: the annotators failed ("
              + ArticleIsolation.describe(e)
              + "); looking for the articles they fail on");
      done = annotateIsolating(input, matcher, ner, resolver, tokens, reuse, out, written, e);
    }
    long tooLongForNer = done.tooLongForNer();
    List<ArticleIsolation.Failure> failures = failures(spark, done.failures(), reuse, out);
    if (!failures.isEmpty()) {
      progress.note(
          "mentions: the annotators failed on "
              + failures.size()
              + (failures.size() == 1 ? " article" : " articles")
              + ", left without sentences and mentions (listed in the manifest): "
              + failures.stream()
                  .limit(5)
                  .map(f -> f.articleId() + " (" + f.error() + ")")
                  .collect(java.util.stream.Collectors.joining("; "))
              + (failures.size() > 5 ? "; ..." : ""));
    }
    String mentionsPath = out.stagingPath(ActorTables.MENTIONS);
    long mentionCount =
        TableWriter.write(
            CanonicalActors.mergeSingleNames(done.extracted()), ActorTables.MENTIONS, mentionsPath);
    written.put(ActorTables.MENTIONS, mentionCount);
    done.release().run();
    Dataset<Row> mentions = spark.read().parquet(mentionsPath);
    Map<String, Long> bySource = new LinkedHashMap<>();
    for (Row r : mentions.groupBy(Col.SOURCE).count().orderBy(Col.SOURCE).collectAsList())
      bySource.put(r.getString(0), r.getLong(1));
    long articleCount = TableWriter.rowsInFiles(spark, articlesPath);
    annotate
        .count("articles", articleCount)
        .count("sentences", written.get(ActorTables.SENTENCES))
        .count("mentions", mentionCount)
        .count("tokens", tokens.value());
    if (ner.isPresent()) annotate.count("sentences_too_long_for_ner", tooLongForNer);
    annotate.count("annotator_failures", failures.size());
    if (previous != null) annotate.count("articles_reused", reuse.count());
    reuse.release();
    annotate.done(
        Progress.count(mentionCount)
            + " mentions in "
            + Progress.count(articleCount)
            + " articles "
            + bySource
            + (previous != null
                ? " ("
                    + Progress.count(articleCount - reuse.count())
                    + " annotated, "
                    + Progress.count(reuse.count())
                    + " as before)"
                : "")
            + (ner.isPresent() ? "" : " (dictionary only)")
            + ", "
            + Progress.count(written.get(ActorTables.SENTENCES))
            + " sentences, "
            + Progress.count(tokens.value())
            + " tokens ("
            + Progress.count(Math.round(tokens.value() / Math.max(1e-3, annotate.elapsedSeconds())))
            + " tokens/s)"
            + (tooLongForNer > 0
                ? "; "
                    + Progress.count(tooLongForNer)
                    + (tooLongForNer == 1 ? " sentence" : " sentences")
                    + " of more than "
                    + Progress.count(org.dyad.mentions.NerCandidates.MAX_WORDS)
                    + " words left to the dictionary (NER's limit)"
                : ""));

    Stage write = progress.start("actors");
    long actorCount =
        TableWriter.write(
            ActorTable.build(mentions, articles),
            ActorTables.ACTORS,
            out.stagingPath(ActorTables.ACTORS));
    written.put(ActorTables.ACTORS, actorCount);
    write.count("actors", actorCount);
    write.done(Progress.count(actorCount) + " canonical actors");
    return new Result(
        articleCount,
        mentionCount,
        actorCount,
        bySource,
        ner.map(NerModels.NerModel::description).orElse("none"),
        tokens.value(),
        written,
        reuse.count(),
        fingerprint,
        failures);
  }

  /**
   * What annotating the articles gave: the mentions as extracted (before the merge of single names,
   * with the reused articles'), sentences too long for NER, the articles the annotators failed on
   * (this run's), and what to let go of once the mentions are written.
   */
  record Annotated(
      Dataset<Row> extracted,
      long tooLongForNer,
      List<ArticleIsolation.Failure> failures,
      Runnable release) {}

  /** Sentences, dictionary matches and token counts of articles (article_id, published, text). */
  static Dataset<Row> dictionaryPass(PipelineModel matcher, Dataset<Row> input) {
    return matcher
        .transform(input)
        .select(
            col(Col.ARTICLE_ID),
            col(Col.PUBLISHED),
            col(Col.TEXT),
            col(NlpPipelines.SENTENCE),
            col(NlpPipelines.DICTIONARY_CHUNK),
            size(col(NlpPipelines.TOKEN)).as(NlpPipelines.TOKEN_COUNT));
  }

  /** The dictionary pass with the NER model's chunks added (unchanged without a model). */
  static Dataset<Row> withNer(Optional<NerModels.NerModel> ner, Dataset<Row> byDictionary) {
    return ner.isPresent() ? NerModels.annotate(ner.get(), byDictionary) : byDictionary;
  }

  /**
   * Sentences Dyad's own NER model leaves to the dictionary (too long for it); 0 for other models
   * or none.
   */
  static long tooLongForNer(Optional<NerModels.NerModel> ner, Dataset<Row> byDictionary) {
    return ner.isPresent() && ner.get().bySentence()
        ? org.dyad.mentions.NerCandidates.tooLong(byDictionary)
        : 0;
  }

  /**
   * All articles at once: writes the sentences table and the mentions' state; the mentions are kept
   * for the merge.
   */
  static Annotated annotate(
      Dataset<Row> input,
      PipelineModel matcher,
      Optional<NerModels.NerModel> ner,
      Broadcast<MentionResolver> resolver,
      LongAccumulator tokens,
      org.dyad.run.Append.Reuse reuse,
      RunOutput out,
      Map<Table, Long> written) {
    // Sentences and dictionary matches, once: the sentences table, NER's choice of sentences and
    // the mentions read them.
    Dataset<Row> byDictionary =
        dictionaryPass(matcher, input).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> extracted = null;
    try {
      written.put(
          ActorTables.SENTENCES,
          TableWriter.write(
              reuse.with(sentences(byDictionary), ActorTables.SENTENCES),
              ActorTables.SENTENCES,
              out.stagingPath(ActorTables.SENTENCES)));
      Dataset<Row> annotated = withNer(ner, byDictionary);
      long tooLong = tooLongForNer(ner, byDictionary);
      // Extracted once and kept: the cross-article merge reads the mentions twice.
      extracted =
          reuse
              .with(MentionExtraction.extract(annotated, resolver, tokens), StateTables.MENTIONS)
              .persist(StorageLevel.MEMORY_AND_DISK());
      // Kept for a later append run, before the merge of single names across articles (which it
      // does again).
      TableWriter.write(extracted, StateTables.MENTIONS, out.stagingPath(StateTables.MENTIONS));
      Dataset<Row> kept = extracted;
      return new Annotated(
          extracted,
          tooLong,
          List.of(),
          () -> {
            kept.unpersist();
            byDictionary.unpersist();
          });
    } catch (Exception e) {
      if (extracted != null) extracted.unpersist();
      byDictionary.unpersist();
      throw ArticleIsolation.<RuntimeException>unchecked(e);
    }
  }

  /** One range of articles annotated alone (kept): its dictionary pass, sentences and mentions. */
  private record Piece(Dataset<Row> byDictionary, Dataset<Row> sentences, Dataset<Row> extracted) {
    void release() {
      for (Dataset<Row> d : java.util.Arrays.asList(byDictionary, sentences, extracted))
        if (d != null) Kept.release(d);
    }
  }

  /**
   * After the annotators failed over all articles at once: annotates ranges of them, halving the
   * ranges that fail until the articles that fail are alone ({@link ArticleIsolation}); those are
   * left without sentences and mentions. Gives the same rows for the others as {@link #annotate}
   * would.
   */
  static Annotated annotateIsolating(
      Dataset<Row> input,
      PipelineModel matcher,
      Optional<NerModels.NerModel> ner,
      Broadcast<MentionResolver> resolver,
      LongAccumulator tokens,
      org.dyad.run.Append.Reuse reuse,
      RunOutput out,
      Map<Table, Long> written,
      Exception failure) {
    Dataset<Row> articles = Kept.keep(input);
    ArticleIsolation.Outcome<Piece> outcome =
        ArticleIsolation.isolate(
            articles,
            some -> {
              Piece piece = new Piece(Kept.keep(dictionaryPass(matcher, some)), null, null);
              try {
                Dataset<Row> sentences = Kept.keep(sentences(piece.byDictionary()));
                piece = new Piece(piece.byDictionary(), sentences, null);
                Dataset<Row> annotated = withNer(ner, piece.byDictionary());
                return new Piece(
                    piece.byDictionary(),
                    sentences,
                    Kept.keep(MentionExtraction.extract(annotated, resolver, null)));
              } catch (RuntimeException e) {
                piece.release();
                throw e;
              }
            },
            Piece::release,
            failure);
    Kept.release(articles);
    // The tokens of the articles annotated, counted from the kept pieces (the failed attempts
    // counted some twice).
    tokens.reset();
    long tooLong = 0;
    Dataset<Row> none = dictionaryPass(matcher, input.where(lit(false)));
    Dataset<Row> sentences = sentences(none);
    Dataset<Row> extracted = MentionExtraction.extract(withNer(ner, none), resolver, null);
    for (Piece p : outcome.pieces()) {
      Row sum = p.byDictionary().agg(coalesce(sum(col(NlpPipelines.TOKEN_COUNT)), lit(0L))).first();
      tokens.add(sum.getLong(0));
      tooLong += tooLongForNer(ner, p.byDictionary());
      sentences = sentences.unionByName(p.sentences());
      extracted = extracted.unionByName(p.extracted());
    }
    written.put(
        ActorTables.SENTENCES,
        TableWriter.write(
            reuse.with(sentences, ActorTables.SENTENCES),
            ActorTables.SENTENCES,
            out.stagingPath(ActorTables.SENTENCES)));
    Dataset<Row> all =
        reuse.with(extracted, StateTables.MENTIONS).persist(StorageLevel.MEMORY_AND_DISK());
    TableWriter.write(all, StateTables.MENTIONS, out.stagingPath(StateTables.MENTIONS));
    return new Annotated(
        all,
        tooLong,
        outcome.failures(),
        () -> {
          all.unpersist();
          outcome.pieces().forEach(Piece::release);
        });
  }

  /**
   * Writes the articles the annotators failed on (this run's, with those of reused articles from
   * the reports appended to) to the state, and returns all of them, by article id.
   */
  static List<ArticleIsolation.Failure> failures(
      SparkSession spark,
      List<ArticleIsolation.Failure> found,
      org.dyad.run.Append.Reuse reuse,
      RunOutput out) {
    List<Row> rows = new java.util.ArrayList<>();
    for (ArticleIsolation.Failure f : found)
      rows.add(org.apache.spark.sql.RowFactory.create(f.articleId(), f.error()));
    Dataset<Row> table =
        reuse.with(
            spark.createDataFrame(rows, StateTables.MENTION_FAILURES.schema()),
            StateTables.MENTION_FAILURES);
    String path = out.stagingPath(StateTables.MENTION_FAILURES);
    TableWriter.write(table, StateTables.MENTION_FAILURES, path);
    if (reuse.count() == 0)
      return found.stream()
          .sorted(java.util.Comparator.comparing(ArticleIsolation.Failure::articleId))
          .toList();
    List<ArticleIsolation.Failure> all = new java.util.ArrayList<>();
    for (Row r : spark.read().parquet(path).orderBy(Col.ARTICLE_ID).collectAsList())
      all.add(new ArticleIsolation.Failure(r.getString(0), r.getString(1)));
    return all;
  }

  /**
   * ", compiled in 4.1 s during ingestion" when most of the work was done before the stage waited
   * for it.
   */
  static String beforehand(double workSeconds, double waitedSeconds) {
    return workSeconds - waitedSeconds >= 0.1
        ? String.format(
            java.util.Locale.ROOT, " (%.1f s of work, done during ingestion)", workSeconds)
        : "";
  }

  /**
   * The sentences of annotated articles (article_id, published, text, sentence annotations), one
   * row each: index, offsets (end exclusive, in code points: see {@link
   * org.dyad.text.CodePointOffsets}), text, and the article's month.
   */
  static Dataset<Row> sentences(Dataset<Row> annotated) {
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add(Col.ARTICLE_ID, org.apache.spark.sql.types.DataTypes.StringType, false)
            .add(
                Col.PUBLISHED,
                org.apache.spark.sql.types.DataTypes.LongType,
                true) // microseconds: see MentionExtraction
            .add(Col.SENTENCE, org.apache.spark.sql.types.DataTypes.IntegerType, false)
            .add(Col.BEGIN, org.apache.spark.sql.types.DataTypes.IntegerType, false)
            .add(Col.END, org.apache.spark.sql.types.DataTypes.IntegerType, false)
            .add(Col.TEXT, org.apache.spark.sql.types.DataTypes.StringType, false);
    return annotated
        .select(
            col(Col.ARTICLE_ID),
            unix_micros(col(Col.PUBLISHED)).as(Col.PUBLISHED),
            col(Col.TEXT),
            col(NlpPipelines.SENTENCE + ".begin"),
            col(NlpPipelines.SENTENCE + ".end"))
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
                    out.add(
                        org.apache.spark.sql.RowFactory.create(
                            r.getString(0),
                            r.isNullAt(1) ? null : r.getLong(1),
                            i,
                            at.at(b),
                            at.at(e),
                            text.substring(b, Math.max(b, e))));
                  }
                  return out.iterator();
                },
            org.apache.spark.sql.Encoders.row(schema))
        .withColumn(Col.MONTH, Tables.month(timestamp_micros(col(Col.PUBLISHED))))
        .drop(Col.PUBLISHED);
  }
}
