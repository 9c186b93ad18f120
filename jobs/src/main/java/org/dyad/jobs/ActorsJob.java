package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import org.dyad.tables.Tables;
import org.dyad.tables.Tables.Col;

/** {@code articles} -> {@code mentions} and {@code actors}. */
public final class ActorsJob {
  private ActorsJob() {}

  public record Result(long articles, long mentions, long actors, Map<String, Long> mentionsBySource, String ner, long tokens) {}

  public static Result run(SparkSession spark, ActorsConfig config, String articlesPath, RunOutput out, Progress progress)
      throws IOException {
    Stage load = progress.start("dictionary");
    ActorDictionary dictionary = ActorDictionary.load(config.files, spark.sparkContext().hadoopConfiguration());
    Path work = Files.createTempDirectory("dyad-dictionary");
    PipelineModel matcher = NlpPipelines.dictionary(spark, dictionary, work);
    load.count("actors", dictionary.actors().size());
    load.done(Progress.count(dictionary.actors().size()) + " dictionary actors, " + Progress.count(dictionary.phrases().size()) + " phrases");

    Stage annotate = progress.start("mentions");
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    Dataset<Row> input = spreadOverCores(spark, articles.select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT)));
    Optional<NerModels.NerModel> ner = NerModels.resolve(spark, config, progress);
    // NER picks its sentences from the dictionary's matches, and the mentions join both: annotated once, kept.
    Dataset<Row> byDictionary =
        matcher
            .transform(input)
            .select(
                col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT), col(NlpPipelines.SENTENCE), col(NlpPipelines.DICTIONARY_CHUNK),
                size(col(NlpPipelines.TOKEN)).as(NlpPipelines.TOKEN_COUNT));
    if (ner.isPresent()) byDictionary = byDictionary.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> annotated = ner.isPresent() ? NerModels.annotate(ner.get(), byDictionary) : byDictionary;
    MentionResolver resolver = new MentionResolver(dictionary);
    LongAccumulator tokens = spark.sparkContext().longAccumulator("tokens");
    // Extracted once and kept: the cross-article merge reads the mentions twice.
    Dataset<Row> extracted =
        MentionExtraction.extract(annotated, JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(resolver), tokens)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> mentions = CanonicalActors.mergeSingleNames(extracted).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> bySource = new LinkedHashMap<>();
    for (Row r : mentions.groupBy(Col.SOURCE).count().orderBy(Col.SOURCE).collectAsList()) bySource.put(r.getString(0), r.getLong(1));
    long mentionCount = bySource.values().stream().mapToLong(Long::longValue).sum();
    long articleCount = articles.count();
    annotate.count("articles", articleCount).count("mentions", mentionCount).count("tokens", tokens.value());
    annotate.done(
        Progress.count(mentionCount) + " mentions in " + Progress.count(articleCount) + " articles " + bySource
            + (ner.isPresent() ? "" : " (dictionary only)") + ", " + Progress.count(tokens.value()) + " tokens ("
            + Progress.count(Math.round(tokens.value() / Math.max(1e-3, annotate.elapsedSeconds()))) + " tokens/s)");

    Stage write = progress.start("actors");
    TableWriter.writePartitioned(
        mentions, Tables.MENTIONS_SCHEMA, out.stagingPath(Tables.MENTIONS), Col.MONTH, Col.ARTICLE_ID, Col.BEGIN, Col.END, Col.ACTOR_ID);
    Dataset<Row> actors = TableWriter.select(ActorTable.build(mentions, articles), Tables.ACTORS_SCHEMA);
    actors.repartition(1).sortWithinPartitions(Col.ACTOR_ID).write().mode("overwrite").parquet(out.stagingPath(Tables.ACTORS));
    long actorCount = spark.read().parquet(out.stagingPath(Tables.ACTORS)).count();
    write.count("actors", actorCount);
    write.done(Progress.count(actorCount) + " canonical actors");
    mentions.unpersist();
    extracted.unpersist();
    byDictionary.unpersist();
    return new Result(articleCount, mentionCount, actorCount, bySource, ner.isPresent() ? "model" : "none", tokens.value());
  }

  /**
   * The articles table is a few large files, which Spark reads as a few partitions (one for Reuters
   * 000-018): text analysis is CPU-bound, so it is spread over at least two tasks per core, by article id
   * (the same split on every run).
   */
  static Dataset<Row> spreadOverCores(SparkSession spark, Dataset<Row> articles) {
    int wanted = 2 * spark.sparkContext().defaultParallelism();
    if (articles.rdd().getNumPartitions() >= wanted) return articles;
    return articles.repartition(wanted, col(Col.ARTICLE_ID));
  }
}
