package org.dyad.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.dyad.actors.ActorDictionary;
import org.dyad.config.ActorsConfig;
import org.dyad.config.NerMode;
import org.dyad.mentions.ActorTable;
import org.dyad.mentions.CanonicalActors;
import org.dyad.mentions.MentionResolver;
import org.dyad.mentions.NerCandidates;
import org.dyad.progress.Progress;
import org.dyad.progress.Progress.Stage;
import org.dyad.run.Append;
import org.dyad.run.Fingerprints;
import org.dyad.run.KeptModels;
import org.dyad.run.Reuse;
import org.dyad.run.RunOutput;
import org.dyad.spark.SparkSessions;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;

/**
 * {@code articles} -> {@code sentences}, {@code mentions} and {@code actors}: reads the articles
 * (less those an append reuses), annotates them ({@link MentionAnnotation}), merges single names
 * across articles ({@link CanonicalActors}) and writes the mentions, then the actors ({@link
 * ActorTable}).
 */
public final class ActorsJob {
  private ActorsJob() {}

  /**
   * @param reused articles whose sentences and mentions an append run took from the reports it adds
   *     to
   * @param annotationFingerprint what the mentions depend on besides the articles ({@link
   *     Fingerprints#annotationFingerprint})
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

  /**
   * The decisions of the actor merges kept in {@code models.keptIn()} when this run can apply them,
   * else null (every key is decided over this run's mentions). It can when their mentions were made
   * the same way (the same annotation fingerprint).
   *
   * @throws IllegalStateException when it cannot and {@code --models-from} asked for them
   */
  static Dataset<Row> keptMerges(
      SparkSession spark, KeptModels models, String fingerprint, Progress progress)
      throws IOException {
    if (models.source() == null) return null;
    Append.Previous from = models.source();
    Path path = new Path(from.path(StateTables.ACTOR_MERGES));
    String problem =
        !path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)
            ? "the reports in " + from.output() + " keep no actor merges (made by an older Dyad)"
            : !fingerprint.equals(from.annotationFingerprint())
                ? "the actor settings, actor files, NER model or Dyad's build differ from those of"
                    + " run "
                    + from.runId()
                : null;
    if (problem == null)
      return TableWriter.conform(spark.read().parquet(path.toString()), StateTables.ACTOR_MERGES);
    if (models.required()) throw new IllegalStateException("--models-from: " + problem);
    progress.note("append: the actor merges are decided again over all mentions: " + problem);
    return null;
  }

  /**
   * @param previous the reports an append run adds to, or null: the sentences and mentions of their
   *     articles that are still there as they were (same id, date and text) are reused when they
   *     were made the same way (same {@link Fingerprints#annotationFingerprint}), not annotated
   *     again
   */
  public static Result run(
      SparkSession spark,
      ActorsPreparation prepared,
      String articlesPath,
      RunOutput out,
      Progress progress,
      ActorsConfig config,
      Append.Previous previous,
      KeptModels models)
      throws IOException {
    ActorsPreparation.Dictionary compiled = dictionary(prepared, progress);
    Optional<NerModels.NerModel> ner = ner(prepared, config, progress);

    Stage stage = progress.start("mentions");
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    String fingerprint =
        Fingerprints.annotationFingerprint(config, spark.sparkContext().hadoopConfiguration());
    Reuse reuse =
        Reuse.of(
            spark,
            previous,
            "sentences and mentions",
            previous == null ? null : previous.annotationFingerprint(),
            fingerprint,
            List.of(
                IngestTables.ARTICLES,
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
            .broadcast(new MentionResolver(compiled.dictionary()));
    LongAccumulator tokens = spark.sparkContext().longAccumulator("tokens");
    Map<Table, Long> written = new LinkedHashMap<>();
    MentionAnnotation.Annotated done;
    try {
      done =
          MentionAnnotation.all(
              input, compiled.matcher(), ner, resolver, tokens, reuse, out, written);
    } catch (Exception e) {
      if (!ArticleIsolation.isTaskFailure(e)) throw ArticleIsolation.<RuntimeException>unchecked(e);
      progress.note(
          "mentions: the annotators failed ("
              + ArticleIsolation.describe(e)
              + "); looking for the articles they fail on");
      done =
          MentionAnnotation.isolating(
              input, compiled.matcher(), ner, resolver, tokens, reuse, out, written, e);
    }
    List<ArticleIsolation.Failure> failures =
        MentionAnnotation.failures(spark, done.failures(), reuse, out);
    if (!failures.isEmpty()) progress.note(failureNote(failures));
    String mentionsPath = out.stagingPath(ActorTables.MENTIONS);
    Dataset<Row> keptMerges = keptMerges(spark, models, fingerprint, progress);
    CanonicalActors.Merged merged = CanonicalActors.merge(done.extracted(), keptMerges);
    long mentionCount = TableWriter.write(merged.mentions(), ActorTables.MENTIONS, mentionsPath);
    written.put(ActorTables.MENTIONS, mentionCount);
    // Kept for a later append run, or a run given these reports' models.
    long decisions =
        TableWriter.write(
            merged.decisions(),
            StateTables.ACTOR_MERGES,
            out.stagingPath(StateTables.ACTOR_MERGES));
    long keptDecisions =
        keptMerges == null
            ? 0
            : TableWriter.rowsInFiles(spark, models.source().path(StateTables.ACTOR_MERGES));
    done.release().run();

    Dataset<Row> mentions = spark.read().parquet(mentionsPath);
    Map<String, Long> bySource = new LinkedHashMap<>();
    for (Row r : mentions.groupBy(Col.SOURCE).count().orderBy(Col.SOURCE).collectAsList())
      bySource.put(r.getString(0), r.getLong(1));
    long articleCount = TableWriter.rowsInFiles(spark, articlesPath);
    long sentences = written.get(ActorTables.SENTENCES);
    stage
        .count("articles", articleCount)
        .count("sentences", sentences)
        .count("mentions", mentionCount)
        .count("tokens", tokens.value());
    if (ner.isPresent()) stage.count("sentences_too_long_for_ner", done.tooLongForNer());
    stage.count("annotator_failures", failures.size());
    if (previous != null) stage.count("articles_reused", reuse.count());
    stage.count("merge_decisions", decisions).count("merge_decisions_kept", keptDecisions);
    reuse.release();
    stage.done(
        Progress.count(mentionCount)
            + " mentions in "
            + Progress.count(articleCount)
            + " articles "
            + bySource
            + (previous != null ? reusedNote(articleCount, reuse.count()) : "")
            + (ner.isPresent() ? "" : " (dictionary only)")
            + ", "
            + Progress.count(sentences)
            + " sentences, "
            + Progress.count(tokens.value())
            + " tokens ("
            + Progress.count(Math.round(tokens.value() / Math.max(1e-3, stage.elapsedSeconds())))
            + " tokens/s)"
            + tooLongNote(done.tooLongForNer()));

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

  /** The compiled dictionary and its matcher, waited for as the "dictionary" stage. */
  private static ActorsPreparation.Dictionary dictionary(
      ActorsPreparation prepared, Progress progress) throws IOException {
    Stage load = progress.start("dictionary");
    ActorsPreparation.Dictionary compiled = prepared.dictionary();
    ActorDictionary dictionary = compiled.dictionary();
    load.count("actors", dictionary.actors().size());
    load.done(
        Progress.count(dictionary.actors().size())
            + " dictionary actors, "
            + Progress.count(dictionary.phrases().size())
            + " phrases"
            + ActorsPreparation.beforehand(compiled.seconds(), load.elapsedSeconds()));
    return compiled;
  }

  /** The NER model (none with --ner none), waited for as the "ner-model" stage. */
  private static Optional<NerModels.NerModel> ner(
      ActorsPreparation prepared, ActorsConfig config, Progress progress) throws IOException {
    if (config.ner == NerMode.NONE) return Optional.empty();
    Stage model = progress.start("ner-model");
    ActorsPreparation.Ner loaded = prepared.ner();
    model.done(
        loaded.model().get().description()
            + " loaded"
            + ActorsPreparation.beforehand(loaded.seconds(), model.elapsedSeconds()));
    return loaded.model();
  }

  private static String failureNote(List<ArticleIsolation.Failure> failures) {
    return "mentions: the annotators failed on "
        + failures.size()
        + (failures.size() == 1 ? " article" : " articles")
        + ", left without sentences and mentions (listed in the manifest): "
        + failures.stream()
            .limit(5)
            .map(f -> f.articleId() + " (" + f.error() + ")")
            .collect(Collectors.joining("; "))
        + (failures.size() > 5 ? "; ..." : "");
  }

  private static String reusedNote(long articles, long reused) {
    return " ("
        + Progress.count(articles - reused)
        + " annotated, "
        + Progress.count(reused)
        + " as before)";
  }

  private static String tooLongNote(long tooLong) {
    return tooLong > 0
        ? "; "
            + Progress.count(tooLong)
            + (tooLong == 1 ? " sentence" : " sentences")
            + " of more than "
            + Progress.count(NerCandidates.MAX_WORDS)
            + " words left to the dictionary (NER's limit)"
        : "";
  }
}
