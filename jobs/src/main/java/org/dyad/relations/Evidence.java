package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dyad.tables.Col;
import org.dyad.text.TextNormalizer;

/**
 * For each dyad and period, up to N stories that show it (those that join the two in the most
 * sentences first, then the earliest) with the sentence that joins the two actors (the sentences
 * from the first actor's to the other's, with a sentence span); a pair that only shares a story,
 * not a sentence, gets the story without a sentence. Sentence texts come from the sentences table:
 * the article text is not cut again.
 */
public final class Evidence {
  private Evidence() {}

  /**
   * @param sentencePairs per story: the pair and its sentences (_s1 <= _s2)
   * @param articlePairs per story: the pair
   * @param sentences the sentences table (article_id, sentence, text)
   * @return period, actor_a, actor_b, evidence: array of (article_id, published, sentence)
   */
  public static Dataset<Row> collect(
      Dataset<Row> sentencePairs, Dataset<Row> articlePairs, Dataset<Row> sentences, int n) {
    Dataset<Row> withSentence =
        sentencePairs.select(
            col(Col.PERIOD),
            col(Col.ACTOR_A),
            col(Col.ACTOR_B),
            col(Col.ARTICLE_ID),
            col(Col.PUBLISHED),
            col("_s1"),
            col("_s2"),
            lit(0).as("_kind"));
    Dataset<Row> withoutSentence =
        articlePairs.select(
            col(Col.PERIOD),
            col(Col.ACTOR_A),
            col(Col.ACTOR_B),
            col(Col.ARTICLE_ID),
            col(Col.PUBLISHED),
            lit(null).cast("int").as("_s1"),
            lit(null).cast("int").as("_s2"),
            lit(1).as("_kind"));
    Column[] dyad = {col(Col.PERIOD), col(Col.ACTOR_A), col(Col.ACTOR_B)};
    // One piece of evidence per story: its first joining sentence, else the story alone; the
    // stories
    // that join the two most often first (a story about them before one that names them in
    // passing).
    Dataset<Row> perStory =
        withSentence
            .unionByName(withoutSentence)
            .withColumn(
                "_joins",
                sum(when(col("_kind").equalTo(0), 1).otherwise(0))
                    .over(
                        Window.partitionBy(
                            col(Col.PERIOD),
                            col(Col.ACTOR_A),
                            col(Col.ACTOR_B),
                            col(Col.ARTICLE_ID))))
            .withColumn(
                "_best",
                row_number()
                    .over(
                        Window.partitionBy(
                                col(Col.PERIOD),
                                col(Col.ACTOR_A),
                                col(Col.ACTOR_B),
                                col(Col.ARTICLE_ID))
                            .orderBy(col("_kind"), col("_s1").asc_nulls_last())))
            .where(col("_best").equalTo(1));
    Dataset<Row> ranked =
        perStory
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(dyad)
                            .orderBy(
                                col("_kind"),
                                col("_joins").desc(),
                                col(Col.PUBLISHED).asc_nulls_last(),
                                col(Col.ARTICLE_ID),
                                col("_s1").asc_nulls_last())))
            .where(col("_rank").leq(n));
    Dataset<Row> s =
        sentences.select(
            col(Col.ARTICLE_ID).as("_article"),
            col(Col.SENTENCE).as("_index"),
            col(Col.TEXT).as("_text"));
    Dataset<Row> withText =
        ranked
            .join(
                s,
                col(Col.ARTICLE_ID)
                    .equalTo(col("_article"))
                    .and(col("_index").between(col("_s1"), col("_s2"))),
                "left")
            .groupBy(
                col(Col.PERIOD),
                col(Col.ACTOR_A),
                col(Col.ACTOR_B),
                col("_rank"),
                col(Col.ARTICLE_ID),
                col(Col.PUBLISHED))
            .agg(
                array_sort(
                        collect_list(
                            when(col("_index").isNotNull(), struct(col("_index"), col("_text")))))
                    .as("_parts"))
            // The sentences as one line: wrapped lines and paragraph breaks become single spaces.
            .withColumn(
                "_sentence",
                when(
                    size(col("_parts")).gt(0),
                    trim(
                        regexp_replace(
                            concat_ws(" ", col("_parts._text")),
                            TextNormalizer.WHITESPACE_RUN,
                            " "))));
    return withText
        .groupBy(dyad)
        .agg(
            array_sort(
                    collect_list(
                        struct(
                            col("_rank"),
                            col(Col.ARTICLE_ID),
                            col(Col.PUBLISHED),
                            col("_sentence"))))
                .as("_e"))
        .select(
            col(Col.PERIOD),
            col(Col.ACTOR_A),
            col(Col.ACTOR_B),
            expr("transform(_e, x -> named_struct('article_id', x.article_id, 'published',"
                    + " x.published, 'sentence', x._sentence))")
                .as(Col.EVIDENCE));
  }
}
