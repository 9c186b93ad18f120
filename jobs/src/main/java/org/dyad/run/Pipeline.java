package org.dyad.run;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.DyadConfig;
import org.dyad.ingest.IngestResult;
import org.dyad.ingest.NoUsableInputException;
import java.util.List;
import org.dyad.jobs.ActorsJob;
import org.dyad.jobs.IngestJob;
import org.dyad.jobs.RelationshipsJob;
import org.dyad.jobs.TopicsJob;
import org.dyad.tables.Tables;

/**
 * Runs the jobs of one command in one Spark application, then publishes their tables and the run
 * manifest, or, when the run fails, leaves the published reports untouched.
 */
public final class Pipeline {
  private Pipeline() {}

  /** Exit status of a run that read nothing usable. */
  public static final int NO_USABLE_INPUT = 3;

  /** The jobs a command runs, in order. */
  public enum Scope {
    INGEST,
    ACTORS,
    RELATIONS
  }

  public static int run(String command, DyadConfig config, SparkSession spark, Progress progress) throws IOException {
    return run(command, config, spark, progress, Scope.INGEST);
  }

  public static int run(String command, DyadConfig config, SparkSession spark, Progress progress, Scope scope)
      throws IOException {
    Instant started = Instant.now();
    RunOutput out = new RunOutput(spark.sparkContext().hadoopConfiguration(), config.output);
    RunManifest manifest = new RunManifest(out.runId(), command, started, config);
    progress.note("run " + out.runId() + ": " + command + " " + config.ingest.inputs + " -> " + out.outputPath());
    try {
      IngestResult ingest = IngestJob.run(spark, config.ingest, out, progress);
      Map<String, String> tables = new LinkedHashMap<>();
      ingest.tables().forEach(t -> tables.put(t, out.publishedPath(t)));
      manifest.ingest(ingest, tables);
      if (scope != Scope.INGEST) {
        ActorsJob.Result actors = ActorsJob.run(spark, config.actors, out.stagingPath(Tables.ARTICLES), out, progress);
        tables.put(Tables.MENTIONS, out.publishedPath(Tables.MENTIONS));
        tables.put(Tables.ACTORS, out.publishedPath(Tables.ACTORS));
        manifest.actors(actors, tables);
      }
      String articleTopics = null;
      String topics = null;
      if (scope == Scope.RELATIONS && config.topics.enabled) {
        TopicsJob.Result topicResult =
            TopicsJob.run(spark, config.topics, config.relations, out.stagingPath(Tables.ARTICLES), out.stagingPath(Tables.MENTIONS), out, progress);
        topicResult.rows().keySet().forEach(t -> tables.put(t, out.publishedPath(t)));
        manifest.topics(topicResult, tables);
        if (topicResult.k() > 0) {
          articleTopics = out.stagingPath(Tables.ARTICLE_TOPICS);
          topics = out.stagingPath(Tables.TOPICS);
        }
      }
      if (scope == Scope.RELATIONS) {
        RelationshipsJob.Result relations =
            RelationshipsJob.run(
                spark, config.relations, out.stagingPath(Tables.ARTICLES), out.stagingPath(Tables.MENTIONS), articleTopics, topics, out, progress);
        relations.rows().keySet().forEach(t -> tables.put(t, out.publishedPath(t)));
        manifest.relations(relations, tables);
      }
      manifest.finish("succeeded", progress, null);
      Progress.Stage publish = progress.start("publish");
      out.publish(List.copyOf(tables.keySet()), manifest.toJson());
      publish.done(tables.size() + " tables and _manifest.json in " + out.outputPath());
      progress.note(
          "done in " + String.format(java.util.Locale.ROOT, "%.1f", progress.elapsedSeconds()) + " s: "
              + Progress.count(ingest.read()) + " read = " + Progress.count(ingest.accepted()) + " accepted + "
              + Progress.count(ingest.rejected()) + " rejected; " + Progress.count(ingest.articles()) + " articles");
      return 0;
    } catch (NoUsableInputException e) {
      String where = out.fail(manifest.finish("failed", progress, e.getMessage()).toJson());
      progress.note("FAILED: " + e.getMessage());
      progress.note("run manifest kept in " + where + "; published reports unchanged");
      return NO_USABLE_INPUT;
    }
  }
}
