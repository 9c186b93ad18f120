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
 * keeps its place in the article text), and so are the tags but for a rare one: a batch also pads its
 * words to the longest word in it, so a sentence's batch-mates can tip a borderline tag.
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
            // key and offset break ties, so batches (and so the tags) are the same on every run
            .sortWithinPartitions(col(WORDS), col(key), col(BEGIN));
    Dataset<Row> tagged = tagging.transform(rows);
    return tagged
        .groupBy(col(key))
        .agg(flatten(collect_list(col(chunkColumn(tagged)))).as(CHUNKS))
        .select(
            col(key),
            expr("array_sort(" + CHUNKS + ", (l, r) -> case when l.begin < r.begin then -1 when l.begin > r.begin then 1"
                    + " when l.end < r.end then -1 when l.end > r.end then 1 else 0 end)")
                .as(chunkColumn));
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
