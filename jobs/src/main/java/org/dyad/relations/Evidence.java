package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dyad.tables.Tables.Col;

/**
 * For each dyad and period, up to N stories that show it (earliest first) with the sentence that joins
 * the two actors; a pair that only shares a story, not a sentence, gets the story without a sentence.
 */
public final class Evidence {
  private Evidence() {}

  public static final String EVIDENCE = Col.EVIDENCE;

  /**
   * @param sentencePairs per story: the pair, its sentences and their text span (_begin, _end)
   * @param articlePairs per story: the pair
   * @param texts article_id and text
   * @return period, actor_a, actor_b, evidence: array of (article_id, published, sentence)
   */
  public static Dataset<Row> collect(Dataset<Row> sentencePairs, Dataset<Row> articlePairs, Dataset<Row> texts, int n) {
    String[] keys = {Occurrences.PERIOD, Cooccurrence.A, Cooccurrence.B};
    Dataset<Row> withSentence =
        sentencePairs.select(
            col(Occurrences.PERIOD), col(Cooccurrence.A), col(Cooccurrence.B), col(Col.ARTICLE_ID), col(Col.PUBLISHED),
            col("_s1"), col("_begin"), col("_end"), lit(0).as("_kind"));
    Dataset<Row> withoutSentence =
        articlePairs.select(
            col(Occurrences.PERIOD), col(Cooccurrence.A), col(Cooccurrence.B), col(Col.ARTICLE_ID), col(Col.PUBLISHED),
            lit(null).cast("int").as("_s1"), lit(null).cast("int").as("_begin"), lit(null).cast("int").as("_end"), lit(1).as("_kind"));
    Column[] partition = {col(Occurrences.PERIOD), col(Cooccurrence.A), col(Cooccurrence.B)};
    // One piece of evidence per story: its first joining sentence, else the story alone.
    Dataset<Row> perStory =
        withSentence
            .unionByName(withoutSentence)
            .withColumn(
                "_best",
                row_number()
                    .over(
                        Window.partitionBy(col(Occurrences.PERIOD), col(Cooccurrence.A), col(Cooccurrence.B), col(Col.ARTICLE_ID))
                            .orderBy(col("_kind"), col("_s1").asc_nulls_last())))
            .where(col("_best").equalTo(1));
    Dataset<Row> ranked =
        perStory
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(partition)
                            .orderBy(
                                col("_kind"), col(Col.PUBLISHED).asc_nulls_last(), col(Col.ARTICLE_ID), col("_s1").asc_nulls_last())))
            .where(col("_rank").leq(n));
    return ranked
        .join(texts.select(col(Col.ARTICLE_ID), col(Col.TEXT)), Col.ARTICLE_ID)
        .withColumn(
            "_sentence",
            when(col("_begin").isNotNull(), trim(expr("substring(text, _begin + 1, _end - _begin)"))))
        .groupBy(keys[0], keys[1], keys[2])
        .agg(
            array_sort(collect_list(struct(col("_rank"), col(Col.ARTICLE_ID), col(Col.PUBLISHED), col("_sentence")))).as("_e"))
        .select(
            col(Occurrences.PERIOD),
            col(Cooccurrence.A),
            col(Cooccurrence.B),
            expr("transform(_e, x -> named_struct('article_id', x.article_id, 'published', x.published, 'sentence', x._sentence))")
                .as(EVIDENCE));
  }
}
