package org.dyad.jobs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.actors.Agents;
import org.dyad.events.EventCoder;
import org.dyad.events.EventCoding;
import org.dyad.events.EventTypes;
import org.dyad.events.VerbDictionary;
import org.dyad.progress.Progress;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
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
    EventCoder coder = new EventCoder(VerbDictionary.shipped(), Agents.load());
    EventTypes types = EventTypes.shipped();
    Dataset<Row> sentences = spark.read().parquet(sentencesPath);
    Dataset<Row> mentions = spark.read().parquet(mentionsPath);
    Dataset<Row> articles = spark.read().parquet(articlesPath);
    Dataset<Row> coded = Kept.keep(EventCoding.code(sentences, mentions, coder, types));
    Map<String, Long> reasons = new LinkedHashMap<>();
    long candidates = 0;
    for (Row r : EventCoding.reasons(coded).collectAsList()) {
      reasons.put(r.getString(0), r.getLong(1));
      candidates += r.getLong(1);
    }
    String path = out.stagingPath(EventTables.EVENTS);
    long events = TableWriter.write(EventCoding.events(coded, articles), EventTables.EVENTS, path);
    Kept.release(coded);
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
