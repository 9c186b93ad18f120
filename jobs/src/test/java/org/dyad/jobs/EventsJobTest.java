package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.dyad.SparkTestSession;
import org.dyad.progress.Progress;
import org.dyad.run.RunOutput;
import org.dyad.tables.ActorTables;
import org.dyad.tables.EventTables;
import org.dyad.tables.IngestTables;
import org.dyad.tables.TableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events stage on tables read back from Parquet, as the pipeline runs it. */
class EventsJobTest {
  @TempDir Path dir;

  @Test
  void sentencesThatNameNoActorGiveAnEmptyTableAndNoCounts() throws Exception {
    SparkSession spark = SparkTestSession.get();
    String sentences = dir.resolve("sentences").toString();
    TableWriter.write(
        spark.createDataFrame(
            List.of(RowFactory.create("x", 0, 0, 21, "nothing to see here.", "2019-05")),
            ActorTables.SENTENCES.schema()),
        ActorTables.SENTENCES,
        sentences);
    String mentions = dir.resolve("mentions").toString();
    TableWriter.writeEmpty(spark, ActorTables.MENTIONS, mentions);
    String articles = dir.resolve("articles").toString();
    TableWriter.writeEmpty(spark, IngestTables.ARTICLES, articles);
    try (RunOutput out =
        new RunOutput(spark.sparkContext().hadoopConfiguration(), dir.resolve("out").toString())) {
      EventsJob.Result result =
          EventsJob.run(spark, articles, sentences, mentions, out, new Progress(System.err));
      assertEquals(0, result.candidates());
      assertEquals(Map.of(), result.sentences());
      assertEquals(0L, result.written().get(EventTables.EVENTS));
    }
  }
}
