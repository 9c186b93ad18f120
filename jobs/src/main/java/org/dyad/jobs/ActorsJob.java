package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
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
import org.dyad.spark.SparkSessions;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;
import org.dyad.tables.Tables;

/** {@code articles} -> {@code sentences}, {@code mentions} and {@code actors}. */
public final class ActorsJob {
  private ActorsJob() {}

  public record Result(
      long articles, long mentions, long actors, Map<String, Long> mentionsBySource, String ner, long tokens, Map<Table, Long> written) {}

  public static Result run(
      SparkSession spark, ActorsConfig config, NlpPipelines.Text text, String articlesPath, RunOutput out, Progress progress)
      throws IOException {
    Stage load = progress.start("dictionary");
    ActorDictionary dictionary = ActorDictionary.load(config.files, spark.sparkContext().hadoopConfiguration());
    PipelineModel matcher = NlpPipelines.dictionary(text, dictionary);
    load.count("actors", dictionary.actors().size());
    load.done(Progress.count(dictionary.actors().size()) + " dictionary actors, " + Progress.count(dictionary.phrases().size()) + " phrases");

    Optional<NerModels.NerModel> ner = Optional.empty();
    if (config.ner == org.dyad.config.NerMode.AUTO) {
      Stage model = progress.start("ner-model");
      ner = NerModels.resolve(config, text);
      model.done(ner.get().description() + " loaded");
    }

    Stage annotate = progress.start("mentions");
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    Dataset<Row> input = SparkSessions.spreadOverCores(articles.select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT)));
    // Sentences and dictionary matches, once: the sentences table, NER's choice of sentences and the mentions read them.
    Dataset<Row> byDictionary =
        matcher
            .transform(input)
            .select(
                col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT), col(NlpPipelines.SENTENCE), col(NlpPipelines.DICTIONARY_CHUNK),
                size(col(NlpPipelines.TOKEN)).as(NlpPipelines.TOKEN_COUNT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<Table, Long> written = new LinkedHashMap<>();
    written.put(ActorTables.SENTENCES, TableWriter.write(sentences(byDictionary), ActorTables.SENTENCES, out.stagingPath(ActorTables.SENTENCES)));
    Dataset<Row> annotated = ner.isPresent() ? NerModels.annotate(ner.get(), byDictionary) : byDictionary;
    MentionResolver resolver = new MentionResolver(dictionary);
    LongAccumulator tokens = spark.sparkContext().longAccumulator("tokens");
    // Extracted once and kept: the cross-article merge reads the mentions twice.
    Dataset<Row> extracted =
        MentionExtraction.extract(annotated, JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(resolver), tokens)
            .persist(StorageLevel.MEMORY_AND_DISK());
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
    annotate.done(
        Progress.count(mentionCount) + " mentions in " + Progress.count(articleCount) + " articles " + bySource
            + (ner.isPresent() ? "" : " (dictionary only)") + ", " + Progress.count(written.get(ActorTables.SENTENCES)) + " sentences, "
            + Progress.count(tokens.value()) + " tokens (" + Progress.count(Math.round(tokens.value() / Math.max(1e-3, annotate.elapsedSeconds())))
            + " tokens/s)");

    Stage write = progress.start("actors");
    long actorCount = TableWriter.write(ActorTable.build(mentions, articles), ActorTables.ACTORS, out.stagingPath(ActorTables.ACTORS));
    written.put(ActorTables.ACTORS, actorCount);
    write.count("actors", actorCount);
    write.done(Progress.count(actorCount) + " canonical actors");
    return new Result(articleCount, mentionCount, actorCount, bySource, ner.map(NerModels.NerModel::description).orElse("none"), tokens.value(), written);
  }

  /**
   * The sentences of annotated articles (article_id, published, text, sentence annotations), one row
   * each: index, offsets (end exclusive), text, and the article's month.
   */
  static Dataset<Row> sentences(Dataset<Row> annotated) {
    return annotated
        .select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TEXT), posexplode(col(NlpPipelines.SENTENCE)).as(new String[] {"_i", "_s"}))
        .select(
            col(Col.ARTICLE_ID),
            col("_i").as(Col.SENTENCE),
            col("_s.begin").as(Col.BEGIN),
            col("_s.end").plus(1).as(Col.END),
            expr("substring(" + Col.TEXT + ", _s.begin + 1, _s.end - _s.begin + 1)").as(Col.TEXT),
            Tables.month(col(Col.PUBLISHED)).as(Col.MONTH));
  }
}
