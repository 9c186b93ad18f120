package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.dyad.config.RelationsConfig;
import org.dyad.tables.Tables.Col;

/**
 * Pairs of actors per period, ordered canonically (actor_a < actor_b), with their counts and the
 * statistics of their association. The unit is the story: a pair co-occurs in a story when both appear
 * in it ("article" window) or in one sentence, or within {@code sentenceSpan} sentences ("sentence"
 * window). Statistics compare that count with each actor's stories and the period's stories.
 */
public final class Cooccurrence {
  private Cooccurrence() {}

  public static final String A = Col.ACTOR_A;
  public static final String B = Col.ACTOR_B;
  public static final String NAME_A = Col.NAME_A;
  public static final String NAME_B = Col.NAME_B;
  public static final String TYPE_A = Col.TYPE_A;
  public static final String TYPE_B = Col.TYPE_B;
  public static final String ARTICLES_TOGETHER = Col.ARTICLES_TOGETHER;
  public static final String UNITS_A = Col.UNITS_A;
  public static final String UNITS_B = Col.UNITS_B;
  public static final String PERIOD_UNITS = Col.PERIOD_UNITS;
  public static final String SENTENCES_TOGETHER = Col.SENTENCES_TOGETHER;
  public static final String ARTICLES_A = Col.ARTICLES_A;
  public static final String ARTICLES_B = Col.ARTICLES_B;
  public static final String PERIOD_ARTICLES = Col.PERIOD_ARTICLES;
  public static final String COOCCURRENCES = Col.COOCCURRENCES;
  public static final String EXPECTED = Col.EXPECTED;
  public static final String PMI = Col.PMI;
  public static final String NPMI = Col.NPMI;
  public static final String G2 = Col.G2;
  public static final String P_VALUE = Col.P_VALUE;
  public static final String JACCARD = Col.JACCARD;

  private static final UserDefinedFunction PMI_UDF =
      udf((UDF4<Long, Long, Long, Long, Double>) Statistics::pmi, DataTypes.DoubleType);
  private static final UserDefinedFunction NPMI_UDF =
      udf((UDF4<Long, Long, Long, Long, Double>) Statistics::npmi, DataTypes.DoubleType);
  private static final UserDefinedFunction G2_UDF =
      udf((UDF4<Long, Long, Long, Long, Double>) Statistics::g2, DataTypes.DoubleType);
  private static final UserDefinedFunction P_UDF =
      udf((org.apache.spark.sql.api.java.UDF1<Double, Double>) Statistics::pValue, DataTypes.DoubleType);

  /** Stories per period. */
  public static Dataset<Row> periodArticles(Dataset<Row> stories) {
    return stories.groupBy(Occurrences.PERIOD, Occurrences.PERIOD_INDEX).agg(count(lit(1)).as(PERIOD_ARTICLES));
  }

  /**
   * Every pair in one story at least once, with counts and the statistics of the chosen window (no
   * support threshold: trends need the weak periods too). The statistics need a 2x2 table of units:
   * stories for the article window; for the sentence window, the anchor sentences of {@link
   * Occurrences#units} (sentences with actors), so that "both" is always a subset of "each".
   */
  public static Dataset<Row> pairs(
      Dataset<Row> articlePairs, Dataset<Row> units, Dataset<Row> actorsPerStory, Dataset<Row> stories, RelationsConfig config) {
    String period = Occurrences.PERIOD;
    Dataset<Row> inArticles =
        articlePairs
            .groupBy(period, A, B)
            .agg(
                count(lit(1)).as(ARTICLES_TOGETHER),
                min(Occurrences.PERIOD_INDEX).as(Occurrences.PERIOD_INDEX),
                min(NAME_A).as(NAME_A),
                min(NAME_B).as(NAME_B),
                min(TYPE_A).as(TYPE_A),
                min(TYPE_B).as(TYPE_B));
    Dataset<Row> x = units.as("x");
    Dataset<Row> y = units.as("y");
    Dataset<Row> inSentences =
        x.join(
                y,
                col("x." + Col.ARTICLE_ID).equalTo(col("y." + Col.ARTICLE_ID))
                    .and(col("x." + Occurrences.ANCHOR).equalTo(col("y." + Occurrences.ANCHOR)))
                    .and(col("x." + Col.ACTOR_ID).lt(col("y." + Col.ACTOR_ID))))
            .groupBy(col("x." + period).as(period), col("x." + Col.ACTOR_ID).as(A), col("y." + Col.ACTOR_ID).as(B))
            .agg(count(lit(1)).as(SENTENCES_TOGETHER));

    Dataset<Row> storiesPerActor = actorsPerStory.groupBy(period, Col.ACTOR_ID).agg(count(lit(1)).as("_n"));
    Dataset<Row> unitsPerActor = units.groupBy(period, Col.ACTOR_ID).agg(count(lit(1)).as("_n"));
    Dataset<Row> unitsPerPeriod =
        units.select(col(period), col(Col.ARTICLE_ID), col(Occurrences.ANCHOR)).distinct().groupBy(period).agg(count(lit(1)).as(PERIOD_UNITS));
    boolean byArticle = "article".equals(config.window);
    Dataset<Row> joined =
        inArticles
            .join(inSentences, new String[] {period, A, B}, "left")
            .na().fill(0L, new String[] {SENTENCES_TOGETHER})
            .join(storiesPerActor.withColumnRenamed(Col.ACTOR_ID, A).withColumnRenamed("_n", ARTICLES_A), new String[] {period, A})
            .join(storiesPerActor.withColumnRenamed(Col.ACTOR_ID, B).withColumnRenamed("_n", ARTICLES_B), new String[] {period, B})
            .join(periodArticles(stories).drop(Occurrences.PERIOD_INDEX), period)
            .join(unitsPerActor.withColumnRenamed(Col.ACTOR_ID, A).withColumnRenamed("_n", "_units_a"), new String[] {period, A}, "left")
            .join(unitsPerActor.withColumnRenamed(Col.ACTOR_ID, B).withColumnRenamed("_n", "_units_b"), new String[] {period, B}, "left")
            .join(unitsPerPeriod.withColumnRenamed(PERIOD_UNITS, "_period_units"), new String[] {period}, "left")
            .withColumn(UNITS_A, byArticle ? col(ARTICLES_A) : coalesce(col("_units_a"), lit(0L)))
            .withColumn(UNITS_B, byArticle ? col(ARTICLES_B) : coalesce(col("_units_b"), lit(0L)))
            .withColumn(PERIOD_UNITS, byArticle ? col(PERIOD_ARTICLES) : coalesce(col("_period_units"), lit(0L)))
            .withColumn(COOCCURRENCES, byArticle ? col(ARTICLES_TOGETHER) : col(SENTENCES_TOGETHER))
            .drop("_units_a", "_units_b", "_period_units");
    Column k = col(COOCCURRENCES);
    Column a = col(UNITS_A);
    Column b = col(UNITS_B);
    Column n = col(PERIOD_UNITS);
    return joined
        .where(k.gt(0))
        .withColumn(EXPECTED, a.multiply(b).divide(n))
        .withColumn(PMI, PMI_UDF.apply(k, a, b, n))
        .withColumn(NPMI, NPMI_UDF.apply(k, a, b, n))
        .withColumn(G2, G2_UDF.apply(k, a, b, n))
        .withColumn(P_VALUE, P_UDF.apply(col(G2)))
        .withColumn(JACCARD, k.divide(a.plus(b).minus(k)));
  }

  /** Pairs of actors of one story: article, published, period, the pair with names and types. */
  public static Dataset<Row> articlePairs(Dataset<Row> actorsPerStory) {
    Dataset<Row> x = actorsPerStory.as("x");
    Dataset<Row> y = actorsPerStory.as("y");
    return x.join(y, col("x." + Col.ARTICLE_ID).equalTo(col("y." + Col.ARTICLE_ID)).and(col("x." + Col.ACTOR_ID).lt(col("y." + Col.ACTOR_ID))))
        .select(
            col("x." + Col.ARTICLE_ID).as(Col.ARTICLE_ID),
            col("x." + Col.PUBLISHED).as(Col.PUBLISHED),
            col("x." + Occurrences.PERIOD).as(Occurrences.PERIOD),
            col("x." + Occurrences.PERIOD_INDEX).as(Occurrences.PERIOD_INDEX),
            col("x." + Col.ACTOR_ID).as(A),
            col("y." + Col.ACTOR_ID).as(B),
            col("x." + Col.ACTOR_NAME).as(NAME_A),
            col("y." + Col.ACTOR_NAME).as(NAME_B),
            col("x." + Col.ENTITY_TYPE).as(TYPE_A),
            col("y." + Col.ENTITY_TYPE).as(TYPE_B));
  }

  /**
   * Pairs of actors within {@code span} sentences of each other in a story: article, period, the pair,
   * the two sentences (_s1 <= _s2) and the text span that holds both (_begin, _end).
   */
  public static Dataset<Row> sentencePairs(Dataset<Row> sentences, int span) {
    Dataset<Row> x = sentences.as("x");
    Dataset<Row> y = sentences.as("y");
    return x.join(
            y,
            col("x." + Col.ARTICLE_ID)
                .equalTo(col("y." + Col.ARTICLE_ID))
                .and(col("x." + Col.ACTOR_ID).lt(col("y." + Col.ACTOR_ID)))
                .and(abs(col("x." + Col.SENTENCE).minus(col("y." + Col.SENTENCE))).leq(span)))
        .select(
            col("x." + Col.ARTICLE_ID).as(Col.ARTICLE_ID),
            col("x." + Col.PUBLISHED).as(Col.PUBLISHED),
            col("x." + Occurrences.PERIOD).as(Occurrences.PERIOD),
            col("x." + Col.ACTOR_ID).as(A),
            col("y." + Col.ACTOR_ID).as(B),
            least(col("x." + Col.SENTENCE), col("y." + Col.SENTENCE)).as("_s1"),
            greatest(col("x." + Col.SENTENCE), col("y." + Col.SENTENCE)).as("_s2"),
            least(col("x." + Col.SENTENCE_BEGIN), col("y." + Col.SENTENCE_BEGIN)).as("_begin"),
            greatest(col("x." + Col.SENTENCE_END), col("y." + Col.SENTENCE_END)).as("_end"));
  }
}
