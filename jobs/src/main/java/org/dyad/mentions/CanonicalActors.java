package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.actors.ActorType;
import org.dyad.tables.Col;

/**
 * Across articles: a person that NER found only by one word ("Mogherini") is the person whose full name
 * ends with that word, when the corpus has exactly one such person. Within an article this is already
 * done by {@link MentionResolver}; this catches articles that never give the full name.
 */
public final class CanonicalActors {
  private CanonicalActors() {}

  public static Dataset<Row> mergeSingleNames(Dataset<Row> mentions) {
    Column person = col(Col.ENTITY_TYPE).equalTo(ActorType.PERSON.code());
    Column lastWord = lower(element_at(split(col(Col.ACTOR_NAME), "\\s+"), -1));
    Dataset<Row> fullNames =
        mentions
            .where(person.and(col(Col.ACTOR_NAME).contains(" ")))
            .select(col(Col.ACTOR_ID), col(Col.ACTOR_NAME), col(Col.IN_DICTIONARY), lastWord.as("_last"))
            .distinct()
            .groupBy("_last")
            .agg(
                count(lit(1)).as("_n"),
                min(col(Col.ACTOR_ID)).as("_target_id"),
                min(col(Col.ACTOR_NAME)).as("_target_name"),
                max(col(Col.IN_DICTIONARY)).as("_target_dictionary"))
            .where(col("_n").equalTo(1))
            .drop("_n");
    Column single = person.and(not(col(Col.IN_DICTIONARY))).and(not(col(Col.ACTOR_NAME).contains(" ")));
    Dataset<Row> joined =
        mentions
            .withColumn("_last", when(single, lower(col(Col.ACTOR_NAME))))
            .join(fullNames, "_last", "left");
    Column merge = col("_target_id").isNotNull();
    return joined
        .withColumn(Col.ACTOR_ID, when(merge, col("_target_id")).otherwise(col(Col.ACTOR_ID)))
        .withColumn(Col.ACTOR_NAME, when(merge, col("_target_name")).otherwise(col(Col.ACTOR_NAME)))
        .withColumn(Col.IN_DICTIONARY, when(merge, col("_target_dictionary")).otherwise(col(Col.IN_DICTIONARY)))
        .select(mentions.columns()[0], java.util.Arrays.copyOfRange(mentions.columns(), 1, mentions.columns().length));
  }
}
