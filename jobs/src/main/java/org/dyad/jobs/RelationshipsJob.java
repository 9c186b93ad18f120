package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.config.RelationsConfig;
import org.dyad.relations.Cooccurrence;
import org.dyad.relations.CountryNames;
import org.dyad.relations.Evidence;
import org.dyad.relations.Occurrences;
import org.dyad.relations.Occurrences.Level;
import org.dyad.relations.Periods;
import org.dyad.relations.Trends;
import org.dyad.run.Progress;
import org.dyad.run.RunOutput;
import org.dyad.tables.Tables;
import org.dyad.tables.Tables.Col;
import org.dyad.topics.TopicTrends;

/**
 * {@code articles} + {@code mentions} -> co-occurrence statistics, dyads with trends and evidence, and
 * actor activity per period, for actors and for their countries.
 */
public final class RelationshipsJob {
  private RelationshipsJob() {}

  /** Topics kept per dyad and period, from the stories in which the two occur together. */
  static final int TOPICS_PER_DYAD = 3;

  /** Rows written per table, and the periods seen. */
  public record Result(Map<String, Long> rows, long periods, long undatedStories) {}

  public static Result run(
      SparkSession spark, RelationsConfig config, String articlesPath, String mentionsPath, RunOutput out, Progress progress)
      throws IOException {
    return run(spark, config, articlesPath, mentionsPath, null, null, out, progress);
  }

  /**
   * @param articleTopicsPath article_topics of this run, or null: dyads then carry no topics
   * @param topicsPath topics of this run, or null
   */
  public static Result run(
      SparkSession spark,
      RelationsConfig config,
      String articlesPath,
      String mentionsPath,
      String articleTopicsPath,
      String topicsPath,
      RunOutput out,
      Progress progress)
      throws IOException {
    if (!"article".equals(config.window) && !"sentence".equals(config.window)) {
      throw new IllegalArgumentException("--window must be article or sentence, not '" + config.window + "'");
    }
    if (config.minSupport < 1 || config.maxActorsPerArticle < 2 || config.baselinePeriods < 1 || config.sentenceSpan < 0) {
      throw new IllegalArgumentException("min support >= 1, max actors per article >= 2, baseline >= 1 and sentence span >= 0 are required");
    }
    Periods periods = Periods.of(config.period);
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    Dataset<Row> mentions = spark.read().parquet(mentionsPath);
    Dataset<Row> stories = Occurrences.stories(articles, periods).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> periodTable = Cooccurrence.periodArticles(stories).persist(StorageLevel.MEMORY_AND_DISK());
    long periodCount = periodTable.where(col(Col.PERIOD_INDEX).isNotNull()).count();
    long undated = stories.where(col(Col.PERIOD_INDEX).isNull()).count();
    Dataset<Row> texts = articles.select(col(Col.ARTICLE_ID), col(Col.TEXT));
    Map<String, String> countryNames = CountryNames.load();
    Dataset<Row> articleTopics = articleTopicsPath == null ? null : spark.read().parquet(articleTopicsPath);
    Dataset<Row> topics = topicsPath == null ? null : spark.read().parquet(topicsPath);

    Map<String, Long> rows = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      boolean actors = level == Level.ACTOR;
      Progress.Stage stage = progress.start(actors ? "dyads" : "country-dyads");
      Dataset<Row> levelMentions = Occurrences.mentions(mentions, stories, level, countryNames).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> perStory = Occurrences.actorsPerStory(levelMentions, config.maxActorsPerArticle).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> articlePairs = Cooccurrence.articlePairs(perStory).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> sentences = Occurrences.sentences(levelMentions, perStory).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> sentencePairs = Cooccurrence.sentencePairs(sentences, config.sentenceSpan).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> units = Occurrences.units(sentences, config.sentenceSpan);
      Dataset<Row> pairs = Cooccurrence.pairs(articlePairs, units, perStory, stories, config).persist(StorageLevel.MEMORY_AND_DISK());

      String cooccurrenceTable = actors ? Tables.COOCCURRENCE : Tables.COUNTRY_COOCCURRENCE;
      rows.put(cooccurrenceTable, write(pairs.where(col(Col.COOCCURRENCES).geq(config.minSupport)), Tables.COOCCURRENCE_SCHEMA, out.stagingPath(cooccurrenceTable), Col.ACTOR_A, Col.ACTOR_B));

      Dataset<Row> trended =
          Trends.apply(
                  pairs,
                  new String[] {Col.ACTOR_A, Col.ACTOR_B},
                  new String[] {Col.NAME_A, Col.NAME_B, Col.TYPE_A, Col.TYPE_B},
                  Col.COOCCURRENCES,
                  Col.PERIOD_UNITS,
                  periodTable,
                  config)
              .where(
                  col(Col.COOCCURRENCES).geq(config.minSupport)
                      .or(col(Col.TREND).equalTo("gone").and(col(Trends.PREVIOUS_COUNT).geq(config.minSupport))))
              .na().fill(0L, new String[] {Col.ARTICLES_TOGETHER, Col.SENTENCES_TOGETHER});
      Column strength = "article".equals(config.window) ? col(Col.ARTICLES_TOGETHER) : col(Col.SENTENCES_TOGETHER);
      Dataset<Row> relationships =
          trended
              .withColumn(Col.STRENGTH, strength)
              .withColumn(
                  Col.RANK,
                  when(
                      col(Col.COOCCURRENCES).gt(0),
                      row_number()
                          .over(
                              Window.partitionBy(col(Col.PERIOD), col(Col.COOCCURRENCES).gt(0))
                                  .orderBy(col(Col.STRENGTH).desc(), col(Col.NPMI).desc_nulls_last(), col(Col.ACTOR_A), col(Col.ACTOR_B)))))
              .join(Evidence.collect(sentencePairs, articlePairs, texts, config.evidence), new String[] {Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B}, "left");
      if (articleTopics != null) {
        relationships =
            relationships.join(
                TopicTrends.dyadTopics(articlePairs, articleTopics, topics, TOPICS_PER_DYAD),
                new String[] {Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B},
                "left");
      } else {
        relationships = relationships.withColumn(Col.TOP_TOPICS, lit(null).cast(Tables.TOP_TOPICS_TYPE));
      }
      String relationshipTable = actors ? Tables.ACTOR_RELATIONSHIPS : Tables.COUNTRY_RELATIONSHIPS;
      rows.put(relationshipTable, write(relationships, Tables.RELATIONSHIPS_SCHEMA, out.stagingPath(relationshipTable), Col.RANK, Col.ACTOR_A, Col.ACTOR_B));

      Dataset<Row> activity =
          levelMentions
              .groupBy(col(Col.PERIOD), col(Col.PERIOD_INDEX), col(Col.ACTOR_ID))
              .agg(
                  min(Col.ACTOR_NAME).as(Col.NAME),
                  min(Col.ENTITY_TYPE).as(Col.TYPE),
                  max(Col.COUNTRY).as(Col.COUNTRY),
                  count(lit(1)).as(Col.MENTION_COUNT),
                  countDistinct(Col.ARTICLE_ID).as(Col.ARTICLE_COUNT))
              .join(periodTable.drop(Col.PERIOD_INDEX), Col.PERIOD);
      Dataset<Row> activityTrends =
          Trends.apply(activity, new String[] {Col.ACTOR_ID}, new String[] {Col.NAME, Col.TYPE, Col.COUNTRY}, Col.ARTICLE_COUNT, Col.PERIOD_ARTICLES, periodTable, config)
              .na().fill(0L, new String[] {Col.MENTION_COUNT});
      String activityTable = actors ? Tables.ACTOR_ACTIVITY : Tables.COUNTRY_ACTIVITY;
      rows.put(activityTable, write(activityTrends, Tables.ACTIVITY_SCHEMA, out.stagingPath(activityTable), Col.ACTOR_ID));

      stage.count("dyads", rows.get(relationshipTable)).count("pairs", rows.get(cooccurrenceTable));
      stage.done(
          Progress.count(rows.get(cooccurrenceTable)) + " pairs with support >= " + config.minSupport + ", "
              + Progress.count(rows.get(relationshipTable)) + " dyad-periods, " + Progress.count(rows.get(activityTable))
              + " actor-periods over " + periodCount + " " + config.period + "s" + (undated > 0 ? " + undated" : ""));
      for (Dataset<?> d : List.of(pairs, sentencePairs, sentences, articlePairs, perStory, levelMentions)) d.unpersist();
    }
    stories.unpersist();
    periodTable.unpersist();
    return new Result(rows, periodCount, undated);
  }

  private static long write(Dataset<Row> rows, StructType schema, String path, String... sortKeys) {
    return TableWriter.writePartitioned(rows, schema, path, Col.PERIOD, sortKeys);
  }
}
