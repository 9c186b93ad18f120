package org.dyad.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.AppendCheck;
import org.dyad.config.DyadConfig;
import org.dyad.config.DyadConfig.Scope;
import org.dyad.ingest.IngestResult;
import org.dyad.ingest.NoUsableInputException;
import org.dyad.jobs.ActorsJob;
import org.dyad.jobs.ActorsPreparation;
import org.dyad.jobs.EventsJob;
import org.dyad.jobs.IngestJob;
import org.dyad.jobs.RelationshipsJob;
import org.dyad.jobs.TopicsJob;
import org.dyad.mentions.NlpPipelines;
import org.dyad.progress.Errors;
import org.dyad.progress.Progress;
import org.dyad.relations.Occurrences;
import org.dyad.run.Append;
import org.dyad.run.ExitCodes;
import org.dyad.run.Fingerprints;
import org.dyad.run.KeptModels;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
import org.dyad.tables.ActorTables;
import org.dyad.tables.EventTables;
import org.dyad.tables.IngestTables;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import org.dyad.tables.TopicTables;

/**
 * Runs the jobs of one command in one Spark application, then publishes their tables and the run
 * manifest; when the run fails, the published reports stay as they were and the failed run's
 * manifest (with the stage that failed and the error) is kept in its staging folder.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * What to run: a command's name (for the manifest), its validated configuration, how far the
   * pipeline goes, and whether errors print their stack trace.
   */
  public record Request(String command, DyadConfig config, Scope scope, boolean verbose) {
    public Request {
      if (command == null || config == null || scope == null)
        throw new IllegalArgumentException(
            "a request needs a command, a configuration and a scope");
    }

    /** A request for a configuration validated for the scope here ({@link DyadConfig#validate}). */
    public static Request validated(
        String command, DyadConfig config, Scope scope, boolean verbose) {
      return new Request(command, config.validate(scope), scope, verbose);
    }
  }

  /**
   * @return an {@link ExitCodes} status: 0, 3 (nothing usable read) or 4 (a stage failed)
   */
  public static int run(SparkSession spark, Progress progress, Request request) throws IOException {
    String command = request.command();
    DyadConfig config = request.config();
    Scope scope = request.scope();
    boolean verbose = request.verbose();
    Instant started = Instant.now();
    RunOutput out = new RunOutput(spark.sparkContext().hadoopConfiguration(), config.output);
    RunManifest manifest = new RunManifest(out.runId(), command, started, config);
    progress.note(
        "run "
            + out.runId()
            + ": "
            + command
            + " "
            + config.ingest.inputs
            + " -> "
            + out.publishedRoot());
    String recovered;
    try {
      recovered = out.recover();
    } catch (IOException e) {
      // another run holds the output, or a killed run's publish cannot be finished: nothing was
      // written
      out.close();
      progress.note("FAILED: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (recovered != null) progress.note(recovered);
    ActorsPreparation prepared = null;
    Append.Previous previous = null;
    Dataset<Row> stories = null;
    if (config.append) {
      List<String> problems =
          AppendCheck.problems(config, spark.sparkContext().hadoopConfiguration());
      if (!problems.isEmpty()) {
        out.close();
        problems.forEach(p -> progress.note("FAILED: " + p));
        return ExitCodes.USAGE;
      }
      previous = Append.previous(spark.sparkContext().hadoopConfiguration(), config.output);
      if (previous == null)
        progress.note(
            "append: no reports in " + out.publishedRoot() + " yet: reading all of the input");
    }
    // The reports whose models this run applies: those it appends to (unless --refit), or
    // --models-from's, checked before anything runs.
    Append.Previous modelsFrom = previous != null && !config.refit ? previous : null;
    if (config.modelsFrom != null && scope != Scope.INGEST) {
      modelsFrom = Append.previous(spark.sparkContext().hadoopConfiguration(), config.modelsFrom);
      String problem = modelsFromProblem(spark, config, modelsFrom, scope);
      if (problem != null) {
        out.close();
        progress.note("FAILED: --models-from: " + problem);
        return ExitCodes.USAGE;
      }
    }
    KeptModels models =
        modelsFrom == null
            ? KeptModels.fit(out.runId(), started.toString())
            : new KeptModels(
                modelsFrom, config.modelsFrom != null, out.runId(), started.toString());
    manifest.append(previous, config.append);
    try {
      // The text pipeline shared by every stage that reads text, the dictionary and the NER model
      // are
      // prepared while ingestion runs.
      if (scope != Scope.INGEST) prepared = ActorsPreparation.start(spark, config.actors);
      IngestResult ingest = IngestJob.run(spark, config.ingest, out, progress, previous);
      manifest.ingest(ingest, out);
      if (scope != Scope.INGEST) {
        String articles = out.stagingPath(IngestTables.ARTICLES);
        NlpPipelines.Text text = prepared.text();
        ActorsJob.Result actors =
            ActorsJob.run(
                spark, prepared, articles, out, progress, config.actors, previous, models);
        manifest.actors(actors, out);
        manifest.models(ModelCards.of(config.actors, scope == Scope.RELATIONS));
        if (scope == Scope.RELATIONS)
          manifest.events(
              EventsJob.run(
                  spark,
                  articles,
                  out.stagingPath(ActorTables.SENTENCES),
                  out.stagingPath(ActorTables.MENTIONS),
                  out,
                  progress),
              out);
        String articleTopics = null;
        String topics = null;
        // The stories of each period, made once for the topic and the relationship stages.
        stories =
            scope == Scope.RELATIONS
                ? Kept.keep(
                    Occurrences.stories(spark.read().parquet(articles), config.trends.period))
                : null;
        if (scope == Scope.RELATIONS && config.topics.enabled) {
          TopicsJob.Result topicResult =
              TopicsJob.run(
                  spark,
                  config.topics.settings(),
                  config.trends.settings(),
                  text,
                  articles,
                  out.stagingPath(ActorTables.MENTIONS),
                  stories,
                  out,
                  progress,
                  previous,
                  models);
          manifest.topics(topicResult, out);
          if (topicResult.k() > 0) {
            articleTopics = out.stagingPath(TopicTables.ARTICLE_TOPICS);
            topics = out.stagingPath(TopicTables.TOPICS);
          }
        }
        if (scope == Scope.RELATIONS) {
          RelationshipsJob.Result relations =
              RelationshipsJob.run(
                  spark,
                  config.relations.settings(),
                  config.trends.settings(),
                  articles,
                  out.stagingPath(ActorTables.SENTENCES),
                  out.stagingPath(ActorTables.MENTIONS),
                  out.stagingPath(EventTables.EVENTS),
                  articleTopics,
                  topics,
                  stories,
                  out,
                  progress);
          manifest.relations(relations, out);
        }
      }
      manifest.finish("succeeded", progress, null);
      Progress.Stage publish = progress.start("publish");
      List<Table> tables = new ArrayList<>(manifest.tables());
      for (Table state : StateTables.ALL) if (out.staged(state)) tables.add(state);
      out.publish(tables, manifest.toJson());
      publish.done(
          manifest.tables().size() + " tables and _manifest.json in " + out.publishedRoot());
      progress.note(
          "done in "
              + String.format(Locale.ROOT, "%.1f", progress.elapsedSeconds())
              + " s: "
              + Progress.count(ingest.read())
              + " read = "
              + Progress.count(ingest.accepted())
              + " accepted + "
              + Progress.count(ingest.rejected())
              + " rejected; "
              + Progress.count(ingest.articles())
              + " articles"
              + (ingest.increment() == null
                  ? ""
                  : " (this run: "
                      + Progress.count(ingest.increment().read())
                      + " read = "
                      + Progress.count(ingest.increment().accepted())
                      + " accepted + "
                      + Progress.count(ingest.increment().rejected())
                      + " rejected)"));
      return ExitCodes.OK;
    } catch (IngestJob.NothingNew e) {
      progress.failCurrent(e.getMessage());
      progress.note(e.getMessage());
      return ExitCodes.OK;
    } catch (NoUsableInputException e) {
      progress.failCurrent(e.getMessage());
      String where = out.fail(manifest.finish("failed", progress, e.getMessage()).toJson(), null);
      progress.note("FAILED: " + e.getMessage());
      progress.note("run manifest kept in " + where + "; published reports unchanged");
      return ExitCodes.NO_USABLE_INPUT;
    } catch (Exception e) {
      String stage = progress.currentStage();
      String error = Errors.describe(e);
      progress.failCurrent(error);
      manifest.failedStage(stage);
      String where =
          out.fail(manifest.finish("failed", progress, error).toJson(), Errors.stackTrace(e));
      progress.note(
          "FAILED in stage " + (stage == null ? "(between stages)" : stage) + ": " + error);
      if (verbose) e.printStackTrace(System.err);
      progress.note(
          "the failed run's manifest and stack trace (error.log) are in "
              + where
              + "; published reports unchanged");
      return ExitCodes.STAGE_FAILED;
    } finally {
      if (stories != null) Kept.release(stories);
      if (prepared != null) prepared.close();
      out.close();
    }
  }

  /**
   * Why the reports of {@code --models-from} cannot give this run their models, or null when they
   * can: checked before anything runs (the stages check the models themselves again). The actor
   * merges need the same annotation (actor settings and files, NER model, build); the topic model
   * the same topic settings.
   */
  static String modelsFromProblem(
      SparkSession spark, DyadConfig config, Append.Previous from, Scope scope) throws IOException {
    if (from == null) return "no reports (no " + Tables.MANIFEST_FILE + ") in " + config.modelsFrom;
    List<Table> kept = new ArrayList<>(List.of(StateTables.ACTOR_MERGES));
    boolean topics = scope == Scope.RELATIONS && config.topics.enabled;
    if (topics) kept.add(StateTables.TOPIC_MODEL);
    for (Table t : kept) {
      Path model = new Path(from.path(t));
      if (!model.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(model))
        return "the reports of run "
            + from.runId()
            + " keep no "
            + t.name()
            + (t == StateTables.TOPIC_MODEL
                ? " (topics off, too few stories, the lda method, or an older Dyad)"
                : " (made by an older Dyad)");
    }
    String annotation =
        Fingerprints.annotationFingerprint(
            config.actors, spark.sparkContext().hadoopConfiguration());
    if (!annotation.equals(from.annotationFingerprint()))
      return "the actor settings, actor files, NER model or Dyad's build differ from those of run "
          + from.runId()
          + ": give the same, or run without --models-from";
    if (topics
        && !Fingerprints.topicTextFingerprint(config.topics.settings())
            .equals(from.topicTextFingerprint()))
      return "the topic settings or Dyad's build differ from those of run "
          + from.runId()
          + ": give the same topic settings, or run without --models-from";
    return null;
  }
}
