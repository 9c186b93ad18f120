package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.mentions.NlpPipelines;
import org.dyad.progress.Progress;
import org.dyad.run.Append;
import org.dyad.run.Fingerprints;
import org.dyad.run.KeptModels;
import org.dyad.run.Reuse;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
import org.dyad.spark.SparkSessions;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;
import org.dyad.tables.Tables;
import org.dyad.tables.TopicTables;
import org.dyad.topics.KeptModel;
import org.dyad.topics.TopicMethod;
import org.dyad.topics.TopicModel;
import org.dyad.topics.TopicSettings;
import org.dyad.topics.TopicText;
import org.dyad.topics.TopicTrends;
import org.dyad.trends.Trends;

/**
 * {@code articles} (+ {@code mentions}) -> {@code topics}, {@code article_topics}, {@code
 * topic_trends}, {@code topic_movers}, {@code actor_topics}.
 */
public final class TopicsJob {
  private TopicsJob() {}

  /**
   * Rows per table; the model as fitted (k and vocabulary after adjustment to the corpus); articles
   * the model could not use (no term in the vocabulary); a note when topics could not be fitted at
   * all.
   */
  public record Result(
      Map<Table, Long> rows,
      int k,
      int vocabulary,
      long fitted,
      long withoutTerms,
      String note,
      long reused,
      String topicTextFingerprint,
      Origin model) {}

  /**
   * The model a run used: fitted by this run, or kept from the run {@code fittedByRun} (started at
   * {@code fittedAt}) and read from the reports in {@code from}.
   */
  public record Origin(boolean kept, String fittedByRun, String fittedAt, String from) {}

  public static Result run(
      SparkSession spark,
      TopicSettings config,
      Trends.Settings trendsConfig,
      NlpPipelines.Text text,
      String articlesPath,
      String mentionsPath,
      Dataset<Row> stories,
      RunOutput out,
      Progress progress,
      Append.Previous previous,
      KeptModels models)
      throws IOException {
    Progress.Stage fit = progress.start("topic-model");
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    String fingerprint = Fingerprints.topicTextFingerprint(config);
    Reuse reuse =
        Reuse.of(
            spark,
            previous,
            "topic terms",
            previous == null ? null : previous.topicTextFingerprint(),
            fingerprint,
            List.of(IngestTables.ARTICLES, StateTables.TOPIC_TERMS),
            articles,
            List.of(Col.TITLE, Col.TEXT),
            progress);
    Dataset<Row> computed =
        TopicText.terms(SparkSessions.spreadOverCores(reuse.toDo(articles)), config, text);
    Dataset<Row> terms =
        Kept.keep(previous == null ? computed : withReused(computed, reuse, articles));
    // Kept for a later append run.
    TableWriter.write(terms, StateTables.TOPIC_TERMS, out.stagingPath(StateTables.TOPIC_TERMS));
    if (previous != null) fit.count("articles_reused", reuse.count());
    reuse.release();
    List<Row> failed =
        terms
            .where(col(TopicText.FAILURE).isNotNull())
            .select(Col.ARTICLE_ID, TopicText.FAILURE)
            .orderBy(Col.ARTICLE_ID)
            .collectAsList();
    fit.count("annotator_failures", failed.size());
    if (!failed.isEmpty()) {
      progress.note(
          "topics: the text annotators failed on "
              + failed.size()
              + " article(s), left without topic terms: "
              + failed.stream()
                  .limit(5)
                  .map(r -> r.getString(0) + " (" + r.getString(1) + ")")
                  .collect(Collectors.joining("; "))
              + (failed.size() > 5 ? "; ..." : ""));
    }
    Dataset<Row> storyTerms =
        terms.where(col(TopicText.STORY).and(size(col(TopicText.TERMS)).gt(0)));
    long usable = storyTerms.count();
    KeptModel kept = keptModel(spark, config, fingerprint, models, progress);
    TopicSettings effective = kept != null ? config : config.forCorpus(usable);
    Map<Table, Long> rows = new LinkedHashMap<>();
    TopicModel.Fitted model =
        kept != null
            ? kept.model()
            : effective == null ? null : TopicModel.fit(storyTerms, effective, fit::detail);
    Origin origin =
        kept != null
            ? new Origin(true, kept.fittedByRun(), kept.fittedAt(), models.keptIn())
            : new Origin(false, models.runId(), models.started(), null);
    // The word each top term is shown with: the kept model's, or the one it stems from most often.
    Map<String, String> surface =
        kept != null
            ? kept.surface()
            : model == null ? Map.of() : TopicText.surfaceWords(storyTerms, topTerms(model));
    if (model instanceof TopicModel.Clusters clusters) {
      // Kept for a later append run, or a run given these reports' models.
      KeptModel keep =
          kept != null
              ? kept
              : new KeptModel(fingerprint, models.runId(), models.started(), clusters, surface);
      TableWriter.write(
          keep.toTable(spark), StateTables.TOPIC_MODEL, out.stagingPath(StateTables.TOPIC_MODEL));
    }
    if (model == null) {
      String note =
          "too few stories to fit topics ("
              + usable
              + " with usable terms; at least "
              + TopicModel.MIN_STORIES
              + " must share vocabulary terms); topic tables are empty";
      for (Table t : TopicTables.ALL) {
        TableWriter.writeEmpty(spark, t, out.stagingPath(t));
        rows.put(t, 0L);
      }
      fit.done(note);
      Kept.release(terms);
      return new Result(
          rows,
          0,
          0,
          usable,
          TableWriter.rowsInFiles(spark, articlesPath),
          note,
          reuse.count(),
          fingerprint,
          null);
    }
    String note =
        kept == null && effective.k() != config.k()
            ? "k lowered from "
                + config.k()
                + " to "
                + effective.k()
                + " for "
                + usable
                + " stories"
            : null;
    fit.count("stories", model.documents())
        .count("vocabulary", model.terms().length)
        .count("k", model.k());
    fit.done(
        model.k()
            + " topics ("
            + model.method()
            + ") "
            + (kept != null ? "kept from run " + kept.fittedByRun() + ", fitted on " : "from ")
            + Progress.count(model.documents())
            + " stories, vocabulary "
            + Progress.count(model.terms().length)
            + " terms"
            + (note == null ? "" : " (" + note + ")"));

    Progress.Stage trendStage = progress.start("topic-trends");
    Dataset<Row> assignments =
        Kept.keep(TopicModel.assign(model, terms, effective.topicsPerArticle()));
    Dataset<Row> topicTerms = TopicModel.topics(spark, model, surface);

    Dataset<Row> topical = Kept.keep(TopicTrends.topicalStories(stories, assignments));
    Dataset<Row> periodTable = Kept.keep(TopicTrends.periods(topical));
    long topicalStories =
        periodTable.agg(coalesce(sum(col(Col.PERIOD_ARTICLES)), lit(0L))).first().getLong(0);
    Dataset<Row> dominant = topical.groupBy(Col.TOPIC_ID).agg(count(lit(1)).as(Col.TOPIC_COUNT));
    Dataset<Row> topics =
        Kept.keep(
            topicTerms
                .join(dominant, new String[] {Col.TOPIC_ID}, "left")
                .na()
                .fill(0L, new String[] {Col.TOPIC_COUNT})
                .withColumn(
                    Col.SHARE, col(Col.TOPIC_COUNT).divide(lit(Math.max(1, topicalStories)))));
    rows.put(
        TopicTables.TOPICS,
        TableWriter.write(topics, TopicTables.TOPICS, out.stagingPath(TopicTables.TOPICS)));

    Dataset<Row> articleTopics =
        assignments.withColumn(Col.MONTH, Tables.month(col(Col.PUBLISHED)));
    long assigned =
        TableWriter.write(
            articleTopics, TopicTables.ARTICLE_TOPICS, out.stagingPath(TopicTables.ARTICLE_TOPICS));
    rows.put(TopicTables.ARTICLE_TOPICS, assigned);
    long withoutTerms = TableWriter.rowsInFiles(spark, articlesPath) - assigned;

    Dataset<Row> trends =
        Kept.keep(
            TopicTrends.trends(topical, periodTable, topics, trendsConfig)
                .join(
                    TopicTrends.bursts(topical, periodTable, trendsConfig),
                    new String[] {Col.TOPIC_ID, Col.PERIOD_INDEX},
                    "left"));
    rows.put(
        TopicTables.TOPIC_TRENDS,
        TableWriter.write(
            trends, TopicTables.TOPIC_TRENDS, out.stagingPath(TopicTables.TOPIC_TRENDS)));
    rows.put(
        TopicTables.TOPIC_MOVERS,
        TableWriter.write(
            TopicTrends.movers(trends, effective.movers()),
            TopicTables.TOPIC_MOVERS,
            out.stagingPath(TopicTables.TOPIC_MOVERS)));
    if (mentionsPath != null) {
      Dataset<Row> mentions =
          spark.read().parquet(mentionsPath).where(col(Col.ENTITY_TYPE).notEqual("location"));
      rows.put(
          TopicTables.ACTOR_TOPICS,
          TableWriter.write(
              TopicTrends.actorTopics(mentions, topical, topics, effective.topicsPerArticle()),
              TopicTables.ACTOR_TOPICS,
              out.stagingPath(TopicTables.ACTOR_TOPICS)));
    }
    long bursts =
        spark
            .read()
            .parquet(out.stagingPath(TopicTables.TOPIC_TRENDS))
            .where(col(Col.BURST))
            .count();
    trendStage
        .count("articles", assigned)
        .count("without_terms", withoutTerms)
        .count("bursts", bursts);
    trendStage.done(
        Progress.count(assigned)
            + " articles with topics ("
            + Progress.count(withoutTerms)
            + " without usable terms), "
            + Progress.count(rows.get(TopicTables.TOPIC_TRENDS))
            + " topic-periods, "
            + bursts
            + " in a burst");
    for (Dataset<?> d : List.of(trends, topics, periodTable, topical, assignments, terms))
      Kept.release(d);
    return new Result(
        rows,
        model.k(),
        model.terms().length,
        model.documents(),
        withoutTerms,
        note,
        reuse.count(),
        fingerprint,
        origin);
  }

  /** The terms a model's topics are shown with: each topic's top terms. */
  static Set<String> topTerms(TopicModel.Fitted model) {
    Set<String> terms = new TreeSet<>();
    for (List<String> topic : TopicModel.topTerms(model, Integer.MAX_VALUE)) terms.addAll(topic);
    return terms;
  }

  /**
   * The model kept in {@code models.keptIn()} when this run can use it, else null (the run fits
   * one). It can when it was fitted with the same topic settings and Dyad build (the fingerprint of
   * the topic terms it was fitted on) by the {@code clusters} method.
   *
   * @throws IllegalStateException when it cannot and {@code --models-from} asked for it
   */
  static KeptModel keptModel(
      SparkSession spark,
      TopicSettings config,
      String fingerprint,
      KeptModels models,
      Progress progress)
      throws IOException {
    if (models.keptIn() == null) return null;
    KeptModel kept = KeptModel.read(spark, models.keptIn());
    String problem =
        config.method() != TopicMethod.CLUSTERS
            ? "the "
                + config.method()
                + " method's models are not kept (only the clusters method's are)"
            : kept == null
                ? "the reports in " + models.keptIn() + " keep no topic model"
                : !kept.fingerprint().equals(fingerprint)
                    ? "the topic settings or Dyad's build differ from those the model of run "
                        + kept.fittedByRun()
                        + " was fitted with"
                    : null;
    if (problem == null) return kept;
    if (models.required()) throw new IllegalStateException("--models-from: " + problem);
    progress.note("append: the topic model is fitted again over all stories: " + problem);
    return null;
  }

  /**
   * This run's terms with the reused articles' terms from the earlier reports, each with its
   * article's date and whether it is a story in this run (a new article can make an old one a
   * near-duplicate).
   */
  static Dataset<Row> withReused(Dataset<Row> computed, Reuse reuse, Dataset<Row> articles) {
    Dataset<Row> perArticle =
        reuse.with(
            computed.select(Col.ARTICLE_ID, TopicText.WORDS, TopicText.TERMS, TopicText.FAILURE),
            StateTables.TOPIC_TERMS);
    return perArticle
        .join(
            articles.select(
                col(Col.ARTICLE_ID),
                col(Col.PUBLISHED),
                col(Col.DUPLICATE_OF).isNull().as(TopicText.STORY)),
            Col.ARTICLE_ID)
        .select(
            Col.ARTICLE_ID,
            Col.PUBLISHED,
            TopicText.STORY,
            TopicText.WORDS,
            TopicText.TERMS,
            TopicText.FAILURE);
  }
}
