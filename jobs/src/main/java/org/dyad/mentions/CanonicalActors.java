package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.actors.ActorType;
import org.dyad.tables.Col;
import org.dyad.tables.Tables;

/**
 * Across stories: a person that NER found only by one word ("Mogherini") in a story that never
 * gives the full name is the person whose full name ends with that word, when the stories of the
 * same month (yyyy-MM of {@code published}; the undated stories together) name exactly one such
 * person; with two or more candidates (two Bidens) or none it stays as it is. A merged mention says
 * how it was resolved ({@code alias_kind} "surname"), keeps a confidence of at most 0.5 and takes
 * the person's role of that month, if any ({@code role_source} "inherited"). Within a story this is
 * done by {@link MentionResolver} already.
 */
public final class CanonicalActors {
  private CanonicalActors() {}

  /** The confidence a mention resolved by its surname alone keeps at most. */
  public static final double SURNAME_CONFIDENCE = 0.5;

  /** The alias kind of a mention resolved by its surname alone, across stories. */
  public static final String SURNAME = "surname";

  public static Dataset<Row> mergeSingleNames(Dataset<Row> mentions) {
    Column person = col(Col.ENTITY_TYPE).equalTo(ActorType.PERSON.code());
    Column lastWord = lower(element_at(split(col(Col.ACTOR_NAME), "\\s+"), -1));
    Dataset<Row> dated = mentions.withColumn("_month", Tables.month(col(Col.PUBLISHED)));
    Dataset<Row> named =
        dated.where(person.and(col(Col.ACTOR_NAME).contains(" "))).withColumn("_last", lastWord);
    Dataset<Row> candidates =
        named
            .groupBy(col("_month"), col("_last"))
            .agg(
                countDistinct(col(Col.ACTOR_ID)).as("_n"),
                min(col(Col.ACTOR_ID)).as("_target_id"),
                min(col(Col.ACTOR_NAME)).as("_target_name"),
                max(col(Col.IN_DICTIONARY)).as("_target_dictionary"),
                // The role the person has that month, when its stories agree on one (roles are
                // dated).
                min(col(Col.CAMEO_CODE)).as("_target_code"),
                max(col(Col.CAMEO_CODE)).as("_target_code_max"),
                min(col(Col.COUNTRY)).as("_target_country"),
                min(col(Col.ROLE_BY_DATE)).as("_target_by_date"))
            .where(col("_n").equalTo(1))
            .withColumn(
                "_target_code",
                when(col("_target_code").equalTo(col("_target_code_max")), col("_target_code")))
            .drop("_n", "_target_code_max");
    Column single =
        person.and(not(col(Col.IN_DICTIONARY))).and(not(col(Col.ACTOR_NAME).contains(" ")));
    Dataset<Row> joined =
        dated
            .withColumn("_last", when(single, lower(col(Col.ACTOR_NAME))))
            .join(candidates, new String[] {"_month", "_last"}, "left");
    Column merge = col("_target_id").isNotNull();
    Column gainsRole = merge.and(col(Col.CAMEO_CODE).isNull()).and(col("_target_code").isNotNull());
    return joined
        .withColumn(Col.ACTOR_ID, when(merge, col("_target_id")).otherwise(col(Col.ACTOR_ID)))
        .withColumn(Col.ACTOR_NAME, when(merge, col("_target_name")).otherwise(col(Col.ACTOR_NAME)))
        .withColumn(
            Col.IN_DICTIONARY,
            when(merge, col("_target_dictionary")).otherwise(col(Col.IN_DICTIONARY)))
        .withColumn(Col.ALIAS_KIND, when(merge, lit(SURNAME)).otherwise(col(Col.ALIAS_KIND)))
        .withColumn(
            Col.CONFIDENCE,
            when(merge, least(col(Col.CONFIDENCE), lit(SURNAME_CONFIDENCE)))
                .otherwise(col(Col.CONFIDENCE)))
        .withColumn(
            Col.ROLE_SOURCE,
            when(gainsRole, lit(Mention.INHERITED)).otherwise(col(Col.ROLE_SOURCE)))
        .withColumn(
            Col.ROLE_BY_DATE,
            when(gainsRole, col("_target_by_date")).otherwise(col(Col.ROLE_BY_DATE)))
        .withColumn(
            Col.COUNTRY, when(gainsRole, col("_target_country")).otherwise(col(Col.COUNTRY)))
        .withColumn(
            Col.CAMEO_CODE, when(gainsRole, col("_target_code")).otherwise(col(Col.CAMEO_CODE)))
        .select(
            mentions.columns()[0],
            Arrays.copyOfRange(mentions.columns(), 1, mentions.columns().length));
  }
}
