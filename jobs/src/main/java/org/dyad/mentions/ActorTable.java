package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.tables.Col;
import org.dyad.text.TextNormalizer;

/**
 * Mentions -> one row per canonical actor. Counts are of stories: mentions in near-duplicate
 * articles (marked at ingestion) are not counted again, though their actors are listed.
 */
public final class ActorTable {
  private ActorTable() {}

  /** Orders undated mentions before every dated one (0001-01-01), also before 1970. */
  private static final Column EARLIEST = timestamp_micros(lit(-62_135_596_800_000_000L));

  /**
   * @param mentions the mentions table
   * @param articles article_id and duplicate_of of every article
   */
  public static Dataset<Row> build(Dataset<Row> mentions, Dataset<Row> articles) {
    Column story = col(Col.DUPLICATE_OF).isNull();
    Dataset<Row> m =
        mentions.join(
            articles.select(col(Col.ARTICLE_ID), col(Col.DUPLICATE_OF)), Col.ARTICLE_ID, "left");
    Column dictionarySource = col(Col.SOURCE).isin("dictionary", "both");
    Column nerSource = col(Col.SOURCE).isin("ner", "both");
    return m.groupBy(Col.ACTOR_ID)
        .agg(
            min(Col.ACTOR_NAME).as(Col.NAME),
            min(Col.ENTITY_TYPE).as(Col.TYPE),
            max_by(
                    col(Col.CAMEO_CODE),
                    when(col(Col.CAMEO_CODE).isNotNull(), coalesce(col(Col.PUBLISHED), EARLIEST)))
                .as(Col.CAMEO_CODE),
            array_sort(collect_set(col(Col.CAMEO_CODE))).as(Col.CAMEO_CODES),
            max_by(
                    col(Col.COUNTRY),
                    when(col(Col.COUNTRY).isNotNull(), coalesce(col(Col.PUBLISHED), EARLIEST)))
                .as(Col.COUNTRY),
            max(col(Col.IN_DICTIONARY)).as(Col.IN_DICTIONARY),
            // Names as written, with single spaces: a name wrapped over lines is one alias.
            array_sort(
                    collect_set(
                        trim(regexp_replace(col(Col.TEXT), TextNormalizer.WHITESPACE_RUN, " "))))
                .as(Col.ALIASES),
            min(col(Col.PUBLISHED)).as(Col.FIRST_SEEN),
            max(col(Col.PUBLISHED)).as(Col.LAST_SEEN),
            sum(when(story, 1L).otherwise(0L)).as(Col.MENTION_COUNT),
            countDistinct(when(story, col(Col.ARTICLE_ID))).as(Col.ARTICLE_COUNT),
            sum(when(story.and(dictionarySource), 1L).otherwise(0L)).as(Col.DICTIONARY_MENTIONS),
            sum(when(story.and(nerSource), 1L).otherwise(0L)).as(Col.NER_MENTIONS));
  }
}
