package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Tagging sentence by sentence gives the chunks that tagging whole articles gives, offsets
 * included. The tagger here is the dictionary matcher (any stages from sentences to chunks will do;
 * NerDL needs a trained model, which NerTrainingIT covers).
 */
class SentenceTaggingTest {
  private static Map<String, List<String>> chunksById(Dataset<Row> rows, String column) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Row r : rows.select(col("id"), col(column)).collectAsList()) {
      List<String> chunks = new ArrayList<>();
      if (!r.isNullAt(1)) {
        for (Row c : r.<Row>getList(1))
          chunks.add(
              c.getInt(c.fieldIndex("begin"))
                  + "-"
                  + c.getInt(c.fieldIndex("end"))
                  + ":"
                  + c.getString(c.fieldIndex("result")));
      }
      out.put(r.getString(0), chunks);
    }
    return out;
  }

  @Test
  void sentenceBySentenceGivesTheWholeArticleChunksInOrder() throws IOException {
    SparkSession spark = SparkTestSession.get();
    PipelineModel whole = TinyDictionary.pipeline();
    Dataset<Row> articles =
        spark
            .createDataset(
                List.of(
                    "a1\tIran and the U.S. traded threats over a long and winding week of talks."
                        + " Tehran said no. Washington and Tehran met.",
                    "a2\tNothing here.",
                    "a3\tThe U.S. spoke."),
                Encoders.STRING())
            .selectExpr("split(value, '\\t')[0] as id", "split(value, '\\t')[1] as text")
            .repartition(2);
    Dataset<Row> annotated = whole.transform(articles).cache();

    // The stages from the tokenizer on, as Dyad's NER model runs them
    // (NerModels.withCurrentTokenizer).
    Transformer[] stages = whole.stages();
    int tokenizer = NlpPipelines.indexOf(stages, TokenizerModel.class);
    PipelineModel tagging =
        new PipelineModel("tagging", Arrays.copyOfRange(stages, tokenizer, stages.length));
    Dataset<Row> sentences =
        annotated
            .select(col("id"), explode(col(NlpPipelines.SENTENCE)).as("s"))
            .select(
                col("id"),
                array(col("s"))
                    .as(
                        NlpPipelines.SENTENCE,
                        annotated.schema().apply(NlpPipelines.SENTENCE).metadata()));
    Dataset<Row> tagged = SentenceTagging.tag(sentences, "id", tagging, "chunks");

    Map<String, List<String>> expected = chunksById(annotated, NlpPipelines.DICTIONARY_CHUNK);
    Map<String, List<String>> actual = chunksById(tagged, "chunks");
    assertEquals(
        List.of("0-3:Iran", "13-16:U.S.", "72-77:Tehran", "88-97:Washington", "103-108:Tehran"),
        actual.get("a1"));
    assertEquals(expected, actual);
    assertEquals(List.of(), actual.get("a2"), "a sentence without chunks gives an empty list");
  }

  @Test
  void everyBatchIsFullAndOfOneShapeWholeInOnePartitionWithTheFillersMarked() {
    SparkSession spark = SparkTestSession.get();
    // 23 sentences of 3 shapes (tokens, longest token): 10 x (5, 7), 9 x (5, 8), 4 x (12, 7)
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      int tokens = i < 19 ? 5 : 12;
      int longest = i < 10 || i >= 19 ? 7 : 8;
      rows.add(RowFactory.create("a" + (i % 6), i * 10, tokens, longest));
    }
    StructType schema =
        new StructType()
            .add("id", "string")
            .add("_begin", "int")
            .add("_tokens", "int")
            .add("_longest", "int");
    Dataset<Row> batched =
        SentenceTagging.inBatches(spark.createDataFrame(rows, schema).repartition(3), "id", 4);
    List<List<Row>> partitions =
        batched.select("id", "_begin", "_tokens", "_longest", "_filler").javaRDD().glom().collect();
    int real = 0;
    int fillers = 0;
    for (List<Row> partition : partitions) {
      assertEquals(0, partition.size() % 4, "whole batches only: " + partition);
      for (int b = 0; b < partition.size(); b += 4) {
        List<Row> batch = partition.subList(b, b + 4);
        for (Row r : batch) {
          assertEquals(batch.get(0).getInt(2), r.getInt(2), "one shape per batch: " + batch);
          assertEquals(batch.get(0).getInt(3), r.getInt(3), "one shape per batch: " + batch);
          if (r.getBoolean(4)) fillers++;
          else real++;
        }
      }
    }
    assertEquals(23, real, "every sentence once");
    assertEquals(2 + 3 + 0, fillers, "10 -> 12, 9 -> 12, 4 -> 4");
  }

  @Test
  void aModelWithoutAChunkOutputIsRefused() {
    Dataset<Row> plain =
        SparkTestSession.get()
            .createDataset(List.of("x"), Encoders.STRING())
            .toDF(NlpPipelines.TEXT);
    assertThrows(IllegalArgumentException.class, () -> SentenceTagging.chunkColumn(plain));
  }
}
