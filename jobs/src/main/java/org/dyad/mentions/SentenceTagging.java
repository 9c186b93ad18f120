package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Runs a tagging pipeline (sentence -> tokens -> ... -> chunks) one sentence per row, the rows of each
 * partition ordered by sentence length, and gathers the chunks back per article, ordered by offset.
 *
 * <p>Why: NerDL pads every batch of sentences to the longest one in it. An article's sentences range
 * from a dateline to a 60-word table row, so batches of whole articles spend most of their work on
 * padding; batches of like-length sentences do not. Offsets are unchanged (each sentence annotation
 * keeps its place in the article text). A batch also pads its words to the longest word in it, so a
 * sentence's batch-mates can tip a borderline tag or a confidence: the batches are therefore made from
 * the data alone ({@link #inBatches}), the same on every number of cores.
 */
public final class SentenceTagging {
  private SentenceTagging() {}

  private static final String WORDS = "_words";
  private static final String BEGIN = "_begin";
  private static final String CHUNKS = "_chunks";

  /**
   * @param sentences a key column and {@link NlpPipelines#SENTENCE}, one sentence per row (a one-element
   *     array of Spark NLP sentence annotations, as {@link NerCandidates#sentences} gives)
   * @param tagging stages that read {@link NlpPipelines#SENTENCE} and end with a chunk column
   * @return the key and {@code chunkColumn}: every chunk of the key's sentences, by begin offset; keys
   *     with no sentence are absent
   */
  public static Dataset<Row> tag(Dataset<Row> sentences, String key, PipelineModel tagging, String chunkColumn) {
    Column sentence = col(NlpPipelines.SENTENCE).getItem(0);
    Dataset<Row> rows =
        sentences
            .select(
                col(key),
                col(NlpPipelines.SENTENCE),
                size(split(trim(sentence.getField("result")), "\\s+")).as(WORDS),
                sentence.getField("begin").as(BEGIN))
            ;
    Dataset<Row> tagged = tagging.transform(inBatches(rows, key, batchSize(tagging)));
    return tagged
        .groupBy(col(key))
        .agg(flatten(collect_list(col(chunkColumn(tagged)))).as(CHUNKS))
        .select(
            col(key),
            expr("array_sort(" + CHUNKS + ", (l, r) -> case when l.begin < r.begin then -1 when l.begin > r.begin then 1"
                    + " when l.end < r.end then -1 when l.end > r.end then 1 else 0 end)")
                .as(chunkColumn));
  }

  private static final String BATCH = "_batch";

  /**
   * The rows in batches that do not depend on how the data is partitioned: sorted by length (key and
   * offset break ties), numbered, cut into batches of {@code size} by that number, and each batch kept
   * whole and in order within one partition. The NER annotator takes {@code size} rows at a time from
   * the start of each partition, so it sees the same batches, and gives the same tags and confidences,
   * on 2 local cores, 8 executor cores or after a lost executor (before, 26 of 823 mentions of a
   * 120-article Reuters slice had other confidences on 4 cores than on 2).
   */
  static Dataset<Row> inBatches(Dataset<Row> rows, String key, int size) {
    int partitions = Math.max(1, rows.rdd().getNumPartitions());
    Dataset<Row> sorted = rows.orderBy(col(WORDS), col(key), col(BEGIN));
    org.apache.spark.sql.types.StructType schema = sorted.schema().add(BATCH, org.apache.spark.sql.types.DataTypes.LongType, false);
    org.apache.spark.api.java.JavaRDD<Row> numbered =
        sorted.toJavaRDD().zipWithIndex().map(t -> {
          Object[] values = new Object[t._1().length() + 1];
          for (int i = 0; i < t._1().length(); i++) values[i] = t._1().get(i);
          values[values.length - 1] = t._2() / size;
          return org.apache.spark.sql.RowFactory.create(values);
        });
    return rows.sparkSession()
        .createDataFrame(numbered, schema)
        .repartition(partitions, col(BATCH))
        .sortWithinPartitions(col(BATCH), col(WORDS), col(key), col(BEGIN));
  }

  /** The batch size of the pipeline's NER annotator (Spark NLP's default, 32, when it has none). */
  static int batchSize(PipelineModel tagging) {
    for (org.apache.spark.ml.Transformer t : tagging.stages()) {
      if (t instanceof com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel ner) return Math.max(1, ner.getBatchSize());
    }
    return 32;
  }

  /** The last column a pipeline added whose Spark NLP annotator type is chunk. */
  public static String chunkColumn(Dataset<Row> annotated) {
    String chunk = null;
    for (StructField f : annotated.schema().fields()) {
      if (f.metadata().contains("annotatorType") && "chunk".equals(f.metadata().getString("annotatorType"))) chunk = f.name();
    }
    if (chunk == null) throw new IllegalArgumentException("The NER model has no chunk output (add a NerConverter stage)");
    return chunk;
  }
}
