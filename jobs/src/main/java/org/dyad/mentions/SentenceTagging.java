package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import java.util.Arrays;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import scala.collection.Iterator;
import scala.collection.Seq;

/**
 * Runs a tagging pipeline (sentence -> tokens -> ... -> chunks) one sentence per row, in batches of
 * sentences of one shape, and gathers the chunks back per article, ordered by offset.
 *
 * <p>Why: NerDL pads every sentence of a batch to the batch's longest sentence, and every word to
 * its longest word. Batches of whole articles spent most of their work on padding, and a sentence's
 * batch-mates could tip a borderline tag or a confidence: the same article got other mentions in
 * another corpus (an append run, {@code run --append}, annotates only the new articles: its
 * mentions must be those one run over all of them gives). So every batch holds sentences of one
 * shape only (the same number of tokens and the same longest token), and exactly the batch size of
 * them: a shape's last batch is filled up with copies of its first sentence, whose tags are
 * dropped. No sentence is padded, and what NerDL computes for a sentence depends on the sentence
 * alone, on any corpus and any number of cores.
 */
public final class SentenceTagging {
  private SentenceTagging() {}

  private static final String TOKENS = "_tokens";
  private static final String LONGEST = "_longest";
  private static final String BEGIN = "_begin";
  private static final String CHUNKS = "_chunks";
  private static final String INDEX = "_index";
  private static final String SHAPE_SIZE = "_shape_size";
  private static final String FILLER = "_filler";

  /**
   * @param sentences a key column and {@link NlpPipelines#SENTENCE}, one sentence per row (a
   *     one-element array of Spark NLP sentence annotations, as {@link NerCandidates#sentences}
   *     gives)
   * @param tagging stages that read {@link NlpPipelines#SENTENCE}, the first a tokenizer, the last
   *     giving a chunk column
   * @return the key and {@code chunkColumn}: every chunk of the key's sentences, by begin offset;
   *     keys with no sentence are absent
   */
  public static Dataset<Row> tag(
      Dataset<Row> sentences, String key, PipelineModel tagging, String chunkColumn) {
    Transformer[] stages = tagging.stages();
    if (stages.length < 2 || !(stages[0] instanceof TokenizerModel tokenizer)) {
      throw new IllegalArgumentException(
          "A tagging pipeline starts with a tokenizer, then tags: " + Arrays.toString(stages));
    }
    PipelineModel tags =
        new PipelineModel(
            tagging.uid() + "_tags", Arrays.asList(Arrays.copyOfRange(stages, 1, stages.length)));
    Column sentence = col(NlpPipelines.SENTENCE).getItem(0);
    Dataset<Row> tokenized =
        tokenizer.transform(
            sentences.select(
                col(key), col(NlpPipelines.SENTENCE), sentence.getField("begin").as(BEGIN)));
    Column tokens = col(tokenizer.getOutputCol()).getField("result");
    Dataset<Row> shaped =
        tokenized.withColumn(TOKENS, size(tokens)).withColumn(LONGEST, LONGEST_TOKEN.apply(tokens));
    Dataset<Row> tagged =
        tags.transform(inBatches(shaped, key, batchSize(tagging))).where(not(col(FILLER)));
    return tagged
        .groupBy(col(key))
        .agg(flatten(collect_list(col(chunkColumn(tagged)))).as(CHUNKS))
        .select(
            col(key),
            expr("array_sort("
                    + CHUNKS
                    + ", (l, r) -> case when l.begin < r.begin then -1 when l.begin > r.begin then"
                    + " 1 when l.end < r.end then -1 when l.end > r.end then 1 else 0 end)")
                .as(chunkColumn));
  }

  /** The longest token, in UTF-16 units as NerDL counts a word's characters. */
  private static final UserDefinedFunction LONGEST_TOKEN =
      udf(
          (UDF1<Seq<String>, Integer>)
              words -> {
                int longest = 0;
                Iterator<String> it = words.iterator();
                while (it.hasNext()) longest = Math.max(longest, it.next().length());
                return longest;
              },
          DataTypes.IntegerType);

  /**
   * The rows in batches of {@code size} sentences of one shape (tokens, longest token), each batch
   * whole and in order within one partition, a shape's last batch filled up with copies of its
   * first sentence (marked {@value #FILLER}). The NER annotator takes {@code size} rows at a time
   * from the start of each partition, so it sees exactly these batches.
   */
  static Dataset<Row> inBatches(Dataset<Row> rows, String key, int size) {
    int partitions = Math.max(1, rows.rdd().getNumPartitions());
    WindowSpec shape = Window.partitionBy(col(TOKENS), col(LONGEST));
    Dataset<Row> numbered =
        rows.withColumn(INDEX, row_number().over(shape.orderBy(col(key), col(BEGIN))).minus(1))
            .withColumn(SHAPE_SIZE, count(lit(1)).over(shape))
            .withColumn(FILLER, lit(false));
    Column fillers =
        expr(
            "sequence("
                + SHAPE_SIZE
                + ", cast(ceil("
                + SHAPE_SIZE
                + " / "
                + size
                + ") * "
                + size
                + " as bigint) - 1)");
    Dataset<Row> filled =
        numbered
            .where(col(INDEX).equalTo(0).and(col(SHAPE_SIZE).mod(size).notEqual(0)))
            .withColumn(INDEX, explode(fillers))
            .withColumn(FILLER, lit(true))
            .select(Arrays.stream(numbered.columns()).map(functions::col).toArray(Column[]::new));
    Column batch = floor(col(INDEX).divide(size));
    return numbered
        .unionByName(filled)
        .repartition(partitions, col(TOKENS), col(LONGEST), batch)
        .sortWithinPartitions(col(TOKENS), col(LONGEST), batch, col(INDEX));
  }

  /** The batch size of the pipeline's NER annotator (Spark NLP's default, 32, when it has none). */
  static int batchSize(PipelineModel tagging) {
    for (Transformer t : tagging.stages()) {
      if (t instanceof NerDLModel ner) return Math.max(1, ner.getBatchSize());
    }
    return 32;
  }

  /** The last column a pipeline added whose Spark NLP annotator type is chunk. */
  public static String chunkColumn(Dataset<Row> annotated) {
    String chunk = null;
    for (StructField f : annotated.schema().fields()) {
      if (f.metadata().contains("annotatorType")
          && "chunk".equals(f.metadata().getString("annotatorType"))) chunk = f.name();
    }
    if (chunk == null)
      throw new IllegalArgumentException(
          "The NER model has no chunk output (add a NerConverter stage)");
    return chunk;
  }
}
