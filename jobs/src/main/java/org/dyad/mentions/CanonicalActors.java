package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.dyad.tables.StateTables.*;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.dyad.actors.ActorType;
import org.dyad.tables.Col;
import org.dyad.tables.StateTables;
import org.dyad.tables.Tables;
import org.dyad.text.TextNormalizer;

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
    return mergeSingleNames(mentions, null).mentions();
  }

  /**
   * Mentions after a merge, and the merge's decisions in the form of {@link
   * StateTables#ACTOR_MERGES}: every name key seen, with the actor its mentions join or none.
   */
  public record Merged(Dataset<Row> mentions, Dataset<Row> decisions) {}

  /**
   * Both merges, single names first, then spellings. {@code kept}: decisions of an earlier run
   * ({@link StateTables#ACTOR_MERGES}), applied to their keys as they were made; the keys they do
   * not hold are decided over these mentions. Null: every key is decided here.
   */
  public static Merged merge(Dataset<Row> mentions, Dataset<Row> kept) {
    Merged names =
        mergeSingleNames(mentions, kept == null ? null : kept.where(col(MERGE).equalTo(SURNAME)));
    Merged spellings =
        mergeSpellings(
            names.mentions(), kept == null ? null : kept.where(col(MERGE).equalTo(SPELLING)));
    return new Merged(spellings.mentions(), names.decisions().unionByName(spellings.decisions()));
  }

  /**
   * The mentions a merge joins to an actor ({@code merge}) take its id, name and dictionary flag
   * ({@code _target_id}, {@code _target_name}, {@code _target_dictionary}) and the merge's alias
   * kind.
   */
  private static Dataset<Row> takeTarget(Dataset<Row> joined, Column merge, String kind) {
    return joined
        .withColumn(Col.ACTOR_ID, when(merge, col("_target_id")).otherwise(col(Col.ACTOR_ID)))
        .withColumn(Col.ACTOR_NAME, when(merge, col("_target_name")).otherwise(col(Col.ACTOR_NAME)))
        .withColumn(
            Col.IN_DICTIONARY,
            when(merge, col("_target_dictionary")).otherwise(col(Col.IN_DICTIONARY)))
        .withColumn(Col.ALIAS_KIND, when(merge, lit(kind)).otherwise(col(Col.ALIAS_KIND)));
  }

  /** The decisions of {@code computed} for keys {@code kept} does not hold, with {@code kept}. */
  private static Dataset<Row> withKept(Dataset<Row> computed, Dataset<Row> kept, String merge) {
    Dataset<Row> own = computed.withColumn(MERGE, lit(merge));
    if (kept == null) return own;
    return kept.unionByName(
        own.join(kept.select(SCOPE, KEY), new String[] {SCOPE, KEY}, "left_anti"));
  }

  static Merged mergeSingleNames(Dataset<Row> mentions, Dataset<Row> kept) {
    Column person = col(Col.ENTITY_TYPE).equalTo(ActorType.PERSON.code());
    Column lastWord = lower(element_at(split(col(Col.ACTOR_NAME), "\\s+"), -1));
    Dataset<Row> dated = mentions.withColumn("_month", Tables.month(col(Col.PUBLISHED)));
    Dataset<Row> named =
        dated.where(person.and(col(Col.ACTOR_NAME).contains(" "))).withColumn("_last", lastWord);
    Column one = col("_n").equalTo(1);
    Dataset<Row> computed =
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
            // Two or more persons of that surname that month: the key joins none of them.
            .select(
                col("_month").as(SCOPE),
                col("_last").as(KEY),
                when(one, col("_target_id")).as(TARGET_ID),
                when(one, col("_target_name")).as(TARGET_NAME),
                when(one, col("_target_dictionary")).as(TARGET_IN_DICTIONARY),
                when(
                        one.and(col("_target_code").equalTo(col("_target_code_max"))),
                        col("_target_code"))
                    .as(TARGET_CAMEO_CODE),
                when(one, col("_target_country")).as(TARGET_COUNTRY),
                when(one, col("_target_by_date")).as(TARGET_ROLE_BY_DATE));
    Dataset<Row> decisions = withKept(computed, kept, SURNAME);
    Dataset<Row> candidates =
        decisions
            .where(col(TARGET_ID).isNotNull())
            .select(
                col(SCOPE).as("_month"),
                col(KEY).as("_last"),
                col(TARGET_ID).as("_target_id"),
                col(TARGET_NAME).as("_target_name"),
                col(TARGET_IN_DICTIONARY).as("_target_dictionary"),
                col(TARGET_CAMEO_CODE).as("_target_code"),
                col(TARGET_COUNTRY).as("_target_country"),
                col(TARGET_ROLE_BY_DATE).as("_target_by_date"));
    Column single =
        person.and(not(col(Col.IN_DICTIONARY))).and(not(col(Col.ACTOR_NAME).contains(" ")));
    Dataset<Row> joined =
        dated
            .withColumn("_last", when(single, lower(col(Col.ACTOR_NAME))))
            .join(candidates, new String[] {"_month", "_last"}, "left");
    Column merge = col("_target_id").isNotNull();
    Column gainsRole = merge.and(col(Col.CAMEO_CODE).isNull()).and(col("_target_code").isNotNull());
    Dataset<Row> merged =
        takeTarget(joined, merge, SURNAME)
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
    return new Merged(merged, decisions);
  }

  /** The alias kind of a mention joined to its actor by another spelling, across stories. */
  public static final String SPELLING = "spelling";

  /**
   * Across the stories of one year: the spellings of one name are one actor. A person not in the
   * dictionary written with a short form of the given name or a middle initial ("Jim Risch", "James
   * E. Risch") is the person of the full form; an organisation not in the dictionary written with
   * or without dots ("U.N.", "UN"), or as the acronym of the one name the year's stories write in
   * full ("IAEA" beside "International Atomic Energy Agency"), is that organisation. The
   * dictionary's actor wins when there is exactly one; two full names of one acronym (two "ICC"s)
   * leave the acronym apart from both, though its spellings are still one; two dictionary actors of
   * one spelling leave the mentions as they are.
   */
  public static Dataset<Row> mergeSpellings(Dataset<Row> mentions) {
    return mergeSpellings(mentions, null).mentions();
  }

  static Merged mergeSpellings(Dataset<Row> mentions, Dataset<Row> kept) {
    UserDefinedFunction personKey =
        udf((UDF1<String, String>) n -> n == null ? null : GivenNames.key(n), StringType);
    UserDefinedFunction letters = udf((UDF1<String, String>) CanonicalActors::letters, StringType);
    UserDefinedFunction initials =
        udf((UDF1<String, String>) CanonicalActors::initials, StringType);
    Column person = col(Col.ENTITY_TYPE).equalTo(ActorType.PERSON.code());
    Column organisation =
        col(Col.ENTITY_TYPE).isin(ActorType.ORGANISATION.code(), ActorType.GROUP.code());
    Column name = col(Col.ACTOR_NAME);
    Column multiword = name.contains(" ");
    Dataset<Row> dated =
        mentions
            // A year of stories: the spellings of one person or organisation are that far apart in
            // the
            // news (the month is the surname rule's, which joins on far less).
            .withColumn("_month", substring_index(Tables.month(col(Col.PUBLISHED)), "-", 1))
            .withColumn(
                "_key",
                when(person.and(multiword), concat(lit("P|"), personKey.apply(name)))
                    .when(organisation, concat(lit("O|"), letters.apply(name))));
    Column[] info = {
      col(Col.ACTOR_ID), col(Col.ACTOR_NAME), col(Col.IN_DICTIONARY), col(Col.CAMEO_CODE)
    };
    Dataset<Row> keys =
        dated
            .where(col("_key").isNotNull())
            .select(
                col("_month"),
                col("_key"),
                lit(false).as("_initials"),
                info[0],
                info[1],
                info[2],
                info[3])
            .union(
                dated
                    .where(organisation.and(multiword))
                    .select(
                        col("_month"),
                        concat(lit("O|"), initials.apply(name)).as("_key"),
                        lit(true).as("_initials"),
                        info[0],
                        info[1],
                        info[2],
                        info[3])
                    .where(col("_key").isNotNull()));
    Dataset<Row> targets =
        keys.groupBy(col("_month"), col("_key"))
            .agg(
                countDistinct(when(col(Col.IN_DICTIONARY), col(Col.ACTOR_ID))).as("_nd"),
                // dictionary actors spelled so, not by their initials: two make the key no name
                countDistinct(
                        when(col(Col.IN_DICTIONARY).and(not(col("_initials"))), col(Col.ACTOR_ID)))
                    .as("_nd_spelled"),
                // Full names whose initials the key is: two make the acronym ambiguous. (Full
                // names spelled alike, "E.F. Hutton" and "EF Hutton", are one name, not two.)
                countDistinct(when(col("_initials"), col(Col.ACTOR_ID))).as("_nfull"),
                min(when(col(Col.IN_DICTIONARY), col(Col.ACTOR_ID))).as("_dict_id"),
                min(when(col("_initials"), col(Col.ACTOR_ID))).as("_full_id"),
                min(col(Col.ACTOR_ID)).as("_min_id"),
                min(when(not(col("_initials")), col(Col.ACTOR_ID))).as("_spelled_id"),
                min(when(col(Col.IN_DICTIONARY).and(not(col("_initials"))), col(Col.ACTOR_ID)))
                    .as("_spelled_dict_id"))
            .select(
                col("_month"),
                col("_key"),
                // two dictionary actors of one spelling: the key joins none of them
                when(col("_nd_spelled").gt(1), lit(null).cast(StringType))
                    .when(col("_key").startsWith("P|"), coalesce(col("_dict_id"), col("_min_id")))
                    .when(
                        col("_nfull").leq(1).and(col("_nd").leq(1)),
                        coalesce(col("_dict_id"), col("_full_id"), col("_min_id")))
                    // An acronym of two full names ("FE": "Fuji Electric", "First Executive"),
                    // or of two dictionary actors, joins none of them, but its spellings ("F.E.",
                    // "FE"; "A.C", "AC") are still one.
                    // (a dictionary company whose initials the acronym also is counts as one of
                    // those full names: "GM" is not General Mills because the dictionary has it)
                    .otherwise(coalesce(col("_spelled_dict_id"), col("_spelled_id")))
                    .as("_target_id"));
    Dataset<Row> about =
        keys.groupBy(col(Col.ACTOR_ID).as("_target_id"))
            .agg(
                min(col(Col.ACTOR_NAME)).as("_target_name"),
                max(col(Col.IN_DICTIONARY)).as("_target_dictionary"),
                min(col(Col.CAMEO_CODE)).as("_target_code"),
                max(col(Col.CAMEO_CODE)).as("_target_code_max"))
            .withColumn(
                "_target_code",
                when(col("_target_code").equalTo(col("_target_code_max")), col("_target_code")))
            .drop("_target_code_max");
    Dataset<Row> computed =
        targets
            .join(about, new String[] {"_target_id"}, "left")
            .select(
                col("_month").as(SCOPE),
                col("_key").as(KEY),
                col("_target_id").as(TARGET_ID),
                col("_target_name").as(TARGET_NAME),
                col("_target_dictionary").as(TARGET_IN_DICTIONARY),
                col("_target_code").as(TARGET_CAMEO_CODE),
                lit(null).cast(StringType).as(TARGET_COUNTRY),
                lit(null).cast(BooleanType).as(TARGET_ROLE_BY_DATE));
    Dataset<Row> decisions = withKept(computed, kept, SPELLING);
    Dataset<Row> joined =
        dated
            .withColumn("_key", when(not(col(Col.IN_DICTIONARY)), col("_key")))
            .join(
                decisions.select(
                    col(SCOPE).as("_month"),
                    col(KEY).as("_key"),
                    col(TARGET_ID).as("_target_id"),
                    col(TARGET_NAME).as("_target_name"),
                    col(TARGET_IN_DICTIONARY).as("_target_dictionary"),
                    col(TARGET_CAMEO_CODE).as("_target_code")),
                new String[] {"_month", "_key"},
                "left");
    // Decided before the columns it reads are replaced.
    Column merge = col("_merge");
    Column gainsRole = col("_gains_role");
    Dataset<Row> merged =
        takeTarget(
                joined
                    .withColumn(
                        "_merge",
                        coalesce(
                            col("_target_id")
                                .isNotNull()
                                .and(not(col("_target_id").equalTo(col(Col.ACTOR_ID)))),
                            lit(false)))
                    .withColumn(
                        "_gains_role",
                        col("_merge")
                            .and(col(Col.CAMEO_CODE).isNull())
                            .and(col("_target_code").isNotNull())),
                merge,
                SPELLING)
            .withColumn(
                Col.ROLE_SOURCE,
                when(gainsRole, lit(Mention.INHERITED)).otherwise(col(Col.ROLE_SOURCE)))
            .withColumn(
                Col.CAMEO_CODE, when(gainsRole, col("_target_code")).otherwise(col(Col.CAMEO_CODE)))
            .withColumn(
                Col.COUNTRY,
                when(gainsRole, substring(col("_target_code"), 1, 3)).otherwise(col(Col.COUNTRY)))
            .select(
                mentions.columns()[0],
                Arrays.copyOfRange(mentions.columns(), 1, mentions.columns().length));
    return new Merged(merged, decisions);
  }

  /** An organisation's name as its letters: upper case, no dots, spaces or leading "The". */
  static String letters(String name) {
    if (name == null) return null;
    String k = TextNormalizer.key(name.replaceFirst("^(?i)the\\s+", "")).replace(" ", "");
    return k.isEmpty() ? null : k;
  }

  /**
   * The initials of an organisation's name of two or more capitalized words ("of", "and", "the",
   * "for" skipped), or null.
   */
  static String initials(String name) {
    if (name == null) return null;
    StringBuilder b = new StringBuilder();
    for (String w : name.strip().split("[\\s-]+")) {
      String l = w.toLowerCase(Locale.ROOT);
      if (l.isEmpty() || l.equals("of") || l.equals("and") || l.equals("the") || l.equals("for"))
        continue;
      if (!Character.isUpperCase(w.charAt(0))) return null;
      b.append(w.charAt(0));
    }
    return b.length() >= 2 && b.length() <= 6 ? b.toString() : null;
  }
}
