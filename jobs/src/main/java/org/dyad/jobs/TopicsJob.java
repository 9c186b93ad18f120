package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.config.RelationsConfig;
import org.dyad.config.TopicsConfig;
import org.dyad.relations.Occurrences;
import org.dyad.relations.Periods;
import org.dyad.run.Progress;
import org.dyad.run.RunOutput;
import org.dyad.tables.Tables;
import org.dyad.tables.Tables.Col;
import org.dyad.topics.TopicModel;
import org.dyad.topics.TopicText;
import org.dyad.topics.TopicTrends;

/**
 * {@code articles} (+ {@code mentions}) -> {@code topics}, {@code article_topics}, {@code topic_trends},
 * {@code topic_movers}, {@code actor_topics}.
 */
public final class TopicsJob {
  private TopicsJob() {}

  /**
   * Rows per table; the model as fitted (k and vocabulary after adjustment to the corpus); articles the
   * model could not use (no term in the vocabulary); a note when topics could not be fitted at all.
   */
  public record Result(Map<String, Long> rows, int k, int vocabulary, long fitted, long withoutTerms, String note) {}

  public static Result run(
      SparkSession spark, TopicsConfig config, RelationsConfig relations, String articlesPath, String mentionsPath, RunOutput out, Progress progress) {
    TopicModel.validate(config);
    Progress.Stage fit = progress.start("topic-model");
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    Dataset<Row> terms = TopicText.terms(articles, config).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> storyTerms = terms.where(col(TopicText.STORY).and(size(col(TopicText.TERMS)).gt(0)));
    long usable = storyTerms.count();
    TopicsConfig effective = TopicModel.forCorpus(config, usable);
    Map<String, Long> rows = new LinkedHashMap<>();
    TopicModel.Fitted model = effective == null ? null : TopicModel.fit(storyTerms, effective);
    if (model == null) {
      String note = "too few stories to fit topics (" + usable + " with usable terms; at least " + TopicModel.MIN_STORIES + " must share vocabulary terms); topic tables are empty";
      writeEmpty(spark, out, rows);
      fit.done(note);
      terms.unpersist();
      return new Result(rows, 0, 0, usable, articles.count(), note);
    }
    String note = effective.k != config.k ? "k lowered from " + config.k + " to " + effective.k + " for " + usable + " stories" : null;
    fit.count("stories", model.documents()).count("vocabulary", model.terms().length).count("k", model.k());
    fit.done(
        model.k() + " topics (" + model.method() + ") from " + Progress.count(model.documents()) + " stories, vocabulary " + Progress.count(model.terms().length)
            + " terms" + (note == null ? "" : " (" + note + ")"));

    Progress.Stage trendStage = progress.start("topic-trends");
    Dataset<Row> assignments = TopicModel.assign(model, terms, effective.topicsPerArticle).persist(StorageLevel.MEMORY_AND_DISK());
    long assigned = assignments.count();
    long withoutTerms = articles.count() - assigned;
    Map<String, String> surface = TopicText.surfaceWords(storyTerms, Set.of(model.terms()));
    Dataset<Row> topicTerms = TopicModel.topics(spark, model, surface).persist(StorageLevel.MEMORY_AND_DISK());

    Periods periods = Periods.of(relations.period);
    Dataset<Row> stories = Occurrences.stories(articles, periods);
    Dataset<Row> topical = TopicTrends.topicalStories(stories, assignments).persist(StorageLevel.MEMORY_AND_DISK());
    long topicalStories = topical.count();
    Dataset<Row> dominant = topical.groupBy(Col.TOPIC_ID).agg(count(lit(1)).as(Col.TOPIC_COUNT));
    Dataset<Row> topics =
        topicTerms.join(dominant, new String[] {Col.TOPIC_ID}, "left").na().fill(0L, new String[] {Col.TOPIC_COUNT})
            .withColumn(Col.SHARE, col(Col.TOPIC_COUNT).divide(lit(Math.max(1, topicalStories))));
    TableWriter.select(topics, Tables.TOPICS_SCHEMA).coalesce(1).sortWithinPartitions(Col.TOPIC_ID).write().mode("overwrite").parquet(out.stagingPath(Tables.TOPICS));
    rows.put(Tables.TOPICS, (long) model.k());

    Dataset<Row> articleTopics =
        assignments.withColumn(Col.MONTH, coalesce(date_format(col(Col.PUBLISHED), "yyyy-MM"), lit(Tables.UNDATED)));
    rows.put(Tables.ARTICLE_TOPICS, TableWriter.writePartitioned(articleTopics, Tables.ARTICLE_TOPICS_SCHEMA, out.stagingPath(Tables.ARTICLE_TOPICS), Col.MONTH, Col.ARTICLE_ID));

    Dataset<Row> periodTable = TopicTrends.periods(topical).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> trends =
        TopicTrends.trends(topical, periodTable, topics, relations)
            .join(TopicTrends.bursts(topical, periodTable, effective), new String[] {Col.TOPIC_ID, Col.PERIOD_INDEX}, "left")
            .persist(StorageLevel.MEMORY_AND_DISK());
    rows.put(Tables.TOPIC_TRENDS, write(trends, Tables.TOPIC_TRENDS_SCHEMA, out.stagingPath(Tables.TOPIC_TRENDS), Col.TOPIC_ID));
    rows.put(Tables.TOPIC_MOVERS, write(TopicTrends.movers(trends, effective.movers), Tables.TOPIC_MOVERS_SCHEMA, out.stagingPath(Tables.TOPIC_MOVERS), Col.DIRECTION, Col.RANK));
    if (mentionsPath != null) {
      Dataset<Row> mentions = spark.read().parquet(mentionsPath).where(col(Col.ENTITY_TYPE).notEqual("location"));
      rows.put(
          Tables.ACTOR_TOPICS,
          write(TopicTrends.actorTopics(mentions, topical, topics, effective.topicsPerArticle), Tables.ACTOR_TOPICS_SCHEMA, out.stagingPath(Tables.ACTOR_TOPICS), Col.ACTOR_ID, Col.RANK));
    }
    long bursts = spark.read().parquet(out.stagingPath(Tables.TOPIC_TRENDS)).where(col(Col.BURST)).count();
    trendStage.count("articles", assigned).count("without_terms", withoutTerms).count("bursts", bursts);
    trendStage.done(
        Progress.count(assigned) + " articles with topics (" + Progress.count(withoutTerms) + " without usable terms), "
            + Progress.count(rows.get(Tables.TOPIC_TRENDS)) + " topic-periods, " + bursts + " in a burst");
    for (Dataset<?> d : java.util.List.of(trends, periodTable, topical, topicTerms, assignments, terms)) d.unpersist();
    return new Result(rows, model.k(), model.terms().length, model.documents(), withoutTerms, note);
  }

  private static long write(Dataset<Row> rows, org.apache.spark.sql.types.StructType schema, String path, String... sortKeys) {
    return TableWriter.writePartitioned(rows, schema, path, Col.PERIOD, sortKeys);
  }

  /** Too little text for a model: every topic table is written empty, with its schema. */
  private static void writeEmpty(SparkSession spark, RunOutput out, Map<String, Long> rows) {
    Map<String, org.apache.spark.sql.types.StructType> schemas = new LinkedHashMap<>();
    schemas.put(Tables.TOPICS, Tables.TOPICS_SCHEMA);
    schemas.put(Tables.ARTICLE_TOPICS, Tables.ARTICLE_TOPICS_SCHEMA);
    schemas.put(Tables.TOPIC_TRENDS, Tables.TOPIC_TRENDS_SCHEMA);
    schemas.put(Tables.TOPIC_MOVERS, Tables.TOPIC_MOVERS_SCHEMA);
    schemas.put(Tables.ACTOR_TOPICS, Tables.ACTOR_TOPICS_SCHEMA);
    schemas.forEach(
        (name, schema) -> {
          spark.createDataFrame(java.util.List.of(), schema).coalesce(1).write().mode("overwrite").parquet(out.stagingPath(name));
          rows.put(name, 0L);
        });
  }
}
