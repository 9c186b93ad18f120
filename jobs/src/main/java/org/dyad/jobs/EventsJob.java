package org.dyad.jobs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.events.EventCoder;
import org.dyad.events.EventCoding;
import org.dyad.events.EventTypes;
import org.dyad.progress.Progress;
import org.dyad.run.RunOutput;
import org.dyad.tables.Col;
import org.dyad.tables.EventTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;

/**
 * {@code sentences} + {@code mentions} -> {@code events}: each sentence that names an actor coded
 * for who did what to whom (docs/EVENTS.md).
 */
public final class EventsJob {
  private EventsJob() {}

  /**
   * Rows written, the sentences that named an actor and, by reason, those that gave no event
   * ("coded": those that gave some).
   */
  public record Result(Map<Table, Long> written, long candidates, Map<String, Long> sentences) {}

  public static Result run(
      SparkSession spark,
      String articlesPath,
      String sentencesPath,
      String mentionsPath,
      RunOutput out,
      Progress progress)
      throws IOException {
    Progress.Stage stage = progress.start("events");
    EventCoder coder = EventCoder.shipped();
    EventTypes types = EventTypes.shipped();
    Dataset<Row> sentences = spark.read().parquet(sentencesPath);
    Dataset<Row> mentions = spark.read().parquet(mentionsPath);
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    // one pass: the sentences are coded as the events table is written, and counted by outcome
    // on their way (no Spark job of their own)
    Observation outcomes = new Observation("event outcomes");
    Dataset<Row> coded = EventCoding.code(sentences, mentions, coder, types);
    String path = out.stagingPath(EventTables.EVENTS);
    long events =
        TableWriter.write(
            EventCoding.events(EventCoding.countingOutcomes(coded, outcomes), articles),
            EventTables.EVENTS,
            path);
    Map<String, Long> reasons = EventCoding.outcomes(outcomes);
    long withEvents =
        events == 0
            ? 0
            : spark.read().parquet(path).select(Col.ARTICLE_ID, Col.SENTENCE).distinct().count();
    // a stage Spark ran again counted its sentences twice: count them again, exactly
    if (!EventCoding.countedOnce(reasons, withEvents)) reasons = EventCoding.outcomeCounts(coded);
    long candidates = reasons.values().stream().mapToLong(Long::longValue).sum();
    Map<Table, Long> written = new LinkedHashMap<>();
    written.put(EventTables.EVENTS, events);
    stage.count("candidate_sentences", candidates).count("events", events);
    stage.done(
        Progress.count(events)
            + " events from "
            + Progress.count(candidates)
            + " sentences naming an actor "
            + reasons
            + " ("
            + Progress.count(Math.round(candidates / Math.max(1e-3, stage.elapsedSeconds())))
            + " sentences/s)");
    return new Result(written, candidates, reasons);
  }
}
