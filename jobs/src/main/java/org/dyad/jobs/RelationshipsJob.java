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
import org.dyad.events.EventTypes;
import org.dyad.progress.Progress;
import org.dyad.relations.Cooccurrence;
import org.dyad.relations.CooccurrenceWindow;
import org.dyad.relations.CountryNames;
import org.dyad.relations.EventDyads;
import org.dyad.relations.Evidence;
import org.dyad.relations.Occurrences;
import org.dyad.relations.Occurrences.Level;
import org.dyad.relations.RelationSettings;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
import org.dyad.tables.Col;
import org.dyad.tables.RelationTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;
import org.dyad.topics.TopicTrends;
import org.dyad.trends.Trends;

/**
 * {@code articles} + {@code mentions} -> co-occurrence statistics, dyads with trends and evidence,
 * and actor activity per period, for actors and for their countries.
 */
public final class RelationshipsJob {
  private RelationshipsJob() {}

  /** Topics kept per dyad and period, from the stories in which the two occur together. */
  static final int TOPICS_PER_DYAD = 3;

  /** Rows written per table, and the periods seen. */
  public record Result(Map<Table, Long> rows, long periods, long undatedStories) {}

  /**
   * @param sentencesPath the sentences table of this run (evidence sentences come from it)
   * @param eventsPath the events table of this run (the directed event figures come from it)
   * @param articleTopicsPath article_topics of this run, or null: dyads then carry no topics
   * @param topicsPath topics of this run, or null
   */
  public static Result run(
      SparkSession spark,
      RelationSettings config,
      Trends.Settings trends,
      String articlesPath,
      String sentencesPath,
      String mentionsPath,
      String eventsPath,
      String articleTopicsPath,
      String topicsPath,
      Dataset<Row> stories,
      RunOutput out,
      Progress progress)
      throws IOException {
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    Dataset<Row> mentions = spark.read().parquet(mentionsPath);
    Dataset<Row> sentenceTexts = spark.read().parquet(sentencesPath);
    Dataset<Row> events = spark.read().parquet(eventsPath);
    Dataset<Row> periodTable = Kept.keep(Cooccurrence.periodArticles(stories));
    long periodCount = 0;
    long undated = 0;
    for (Row r : periodTable.collectAsList()) {
      if (r.isNullAt(r.fieldIndex(Col.PERIOD_INDEX)))
        undated += r.getLong(r.fieldIndex(Col.PERIOD_ARTICLES));
      else periodCount++;
    }
    Map<String, String> countryNames = CountryNames.load();
    Dataset<Row> articleTopics =
        articleTopicsPath == null ? null : spark.read().parquet(articleTopicsPath);
    Dataset<Row> topics = topicsPath == null ? null : spark.read().parquet(topicsPath);

    Map<Table, Long> rows = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      boolean actors = level == Level.ACTOR;
      Progress.Stage stage = progress.start(actors ? "dyads" : "country-dyads");
      Dataset<Row> levelMentions =
          Kept.keep(Occurrences.mentions(mentions, stories, level, countryNames));
      Dataset<Row> perStory =
          Kept.keep(Occurrences.actorsPerStory(levelMentions, config.maxActorsPerArticle()));
      Dataset<Row> articlePairs = Kept.keep(Cooccurrence.articlePairs(perStory));
      Dataset<Row> sentences = Kept.keep(Occurrences.sentences(levelMentions, perStory));
      Dataset<Row> sentencePairs =
          Kept.keep(Cooccurrence.sentencePairs(sentences, config.sentenceSpan()));
      Dataset<Row> units = Occurrences.units(sentences, config.sentenceSpan());
      Dataset<Row> pairs =
          Kept.keep(Cooccurrence.pairs(articlePairs, units, perStory, stories, config.window()));

      Table cooccurrenceTable =
          actors ? RelationTables.COOCCURRENCE : RelationTables.COUNTRY_COOCCURRENCE;
      rows.put(
          cooccurrenceTable,
          TableWriter.write(
              pairs.where(col(Col.COOCCURRENCES).geq(config.minSupport())),
              cooccurrenceTable,
              out.stagingPath(cooccurrenceTable)));

      Dataset<Row> trended =
          Trends.apply(
                  pairs,
                  new String[] {Col.ACTOR_A, Col.ACTOR_B},
                  new String[] {Col.NAME_A, Col.NAME_B, Col.TYPE_A, Col.TYPE_B, Col.AFFILIATION},
                  Col.COOCCURRENCES,
                  Col.PERIOD_UNITS,
                  periodTable,
                  trends)
              // A dyad with support, and one that had support in the period before: its fall (or
              // its going) is
              // reported with its real counts, not left out. Affiliations (who someone is) only on
              // request.
              .where(
                  col(Col.COOCCURRENCES)
                      .geq(config.minSupport())
                      .or(col(Col.PREVIOUS_COUNT).geq(config.minSupport())))
              .where(
                  lit(config.keepAffiliations())
                      .or(not(coalesce(col(Col.AFFILIATION), lit(false)))))
              .na()
              .fill(0L, new String[] {Col.ARTICLES_TOGETHER, Col.SENTENCES_TOGETHER});
      Column strength =
          config.window() == CooccurrenceWindow.ARTICLE
              ? col(Col.ARTICLES_TOGETHER)
              : col(Col.SENTENCES_TOGETHER);
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
                                  .orderBy(
                                      col(Col.STRENGTH).desc(),
                                      col(Col.NPMI).desc_nulls_last(),
                                      col(Col.ACTOR_A),
                                      col(Col.ACTOR_B)))))
              .join(
                  Evidence.collect(sentencePairs, articlePairs, sentenceTexts, config.evidence()),
                  new String[] {Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B},
                  "left");
      if (articleTopics != null) {
        relationships =
            relationships.join(
                TopicTrends.dyadTopics(articlePairs, articleTopics, topics, TOPICS_PER_DYAD),
                new String[] {Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B},
                "left");
      } else {
        relationships =
            relationships.withColumn(
                Col.TOP_TOPICS, lit(null).cast(RelationTables.TOP_TOPICS_TYPE));
      }
      Dataset<Row> storyEvents = Kept.keep(EventDyads.storyEvents(events, stories, level));
      relationships =
          relationships.join(
              EventDyads.directed(storyEvents, trends.baselinePeriods(), trends.zThreshold())
                  .drop(Col.PERIOD_INDEX),
              new String[] {Col.PERIOD, Col.ACTOR_A, Col.ACTOR_B},
              "left");
      if (!actors) {
        rows.put(
            RelationTables.COUNTRY_EVENTS,
            TableWriter.write(
                EventDyads.countryEvents(
                    storyEvents, countryNames, EventTypes.shipped().rootNames()),
                RelationTables.COUNTRY_EVENTS,
                out.stagingPath(RelationTables.COUNTRY_EVENTS)));
      }
      Table relationshipTable =
          actors ? RelationTables.ACTOR_RELATIONSHIPS : RelationTables.COUNTRY_RELATIONSHIPS;
      rows.put(
          relationshipTable,
          TableWriter.write(relationships, relationshipTable, out.stagingPath(relationshipTable)));

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
          Trends.apply(
                  activity,
                  new String[] {Col.ACTOR_ID},
                  new String[] {Col.NAME, Col.TYPE, Col.COUNTRY},
                  Col.ARTICLE_COUNT,
                  Col.PERIOD_ARTICLES,
                  periodTable,
                  trends)
              .na()
              .fill(0L, new String[] {Col.MENTION_COUNT});
      Table activityTable =
          actors ? RelationTables.ACTOR_ACTIVITY : RelationTables.COUNTRY_ACTIVITY;
      rows.put(
          activityTable,
          TableWriter.write(activityTrends, activityTable, out.stagingPath(activityTable)));

      stage.count("dyads", rows.get(relationshipTable)).count("pairs", rows.get(cooccurrenceTable));
      stage.done(
          Progress.count(rows.get(cooccurrenceTable))
              + " pairs with support >= "
              + config.minSupport()
              + ", "
              + Progress.count(rows.get(relationshipTable))
              + " dyad-periods, "
              + Progress.count(rows.get(activityTable))
              + " actor-periods over "
              + periodCount
              + " "
              + trends.period()
              + "s"
              + (undated > 0 ? " + undated" : ""));
      for (Dataset<?> d :
          List.of(
              pairs, sentencePairs, sentences, articlePairs, perStory, levelMentions, storyEvents))
        Kept.release(d);
    }
    Kept.release(periodTable);
    return new Result(rows, periodCount, undated);
  }
}
