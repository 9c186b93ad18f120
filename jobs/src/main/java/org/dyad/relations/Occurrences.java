package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.dyad.actors.ActorType;
import org.dyad.mentions.Mention;
import org.dyad.tables.Col;
import org.dyad.trends.Period;

/**
 * Who is in which story: the inputs of co-occurrence. Stories are articles that are not
 * near-duplicates (each story counts once). Locations ("in Tehran") are where things happen, not
 * actors, and are left out. At the country level every actor stands for its CAMEO country (Pompeo
 * -> USA).
 */
public final class Occurrences {
  private Occurrences() {}

  /** Actors as found, or each actor as its country. */
  public enum Level {
    ACTOR,
    COUNTRY;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** article_id, published, period, period_index of every story. */
  public static Dataset<Row> stories(Dataset<Row> articles, Period periods) {
    return articles
        .where(col(Col.DUPLICATE_OF).isNull())
        .select(
            col(Col.ARTICLE_ID),
            col(Col.PUBLISHED),
            periods.key(col(Col.PUBLISHED)).as(Col.PERIOD),
            periods.index(col(Col.PUBLISHED)).as(Col.PERIOD_INDEX));
  }

  /** The mentions of actors in stories, at the given level, with the story's period. */
  public static Dataset<Row> mentions(
      Dataset<Row> mentions, Dataset<Row> stories, Level level, Map<String, String> countryNames) {
    List<String> columns = Arrays.asList(mentions.columns());
    Dataset<Row> m = mentions.where(col(Col.ENTITY_TYPE).notEqual(ActorType.LOCATION.code()));
    // mentions tables before version 5 have no lists
    if (!columns.contains(Col.LIST_BEGIN)) m = m.withColumn(Col.LIST_BEGIN, lit(null).cast("int"));
    if (level == Level.COUNTRY) {
      List<Column> pairs = new ArrayList<>();
      countryNames.forEach(
          (code, name) -> {
            pairs.add(lit(code));
            pairs.add(lit(name));
          });
      Column names =
          pairs.isEmpty() ? map().cast("map<string,string>") : map(pairs.toArray(Column[]::new));
      m =
          m.where(col(Col.COUNTRY).isNotNull())
              .withColumn(Col.ACTOR_ID, col(Col.COUNTRY))
              .withColumn(
                  Col.ACTOR_NAME, coalesce(element_at(names, col(Col.COUNTRY)), col(Col.COUNTRY)))
              .withColumn(Col.ENTITY_TYPE, lit(ActorType.COUNTRY.code()));
    }
    boolean actorLevel =
        level == Level.ACTOR && Arrays.asList(mentions.columns()).contains(Col.BEGIN);
    if (actorLevel) m = m.join(homes(mentions), new String[] {Col.ACTOR_ID}, "left");
    if (actorLevel && columns.contains(Col.AFFILIATE)) m = titles(m);
    return m.select(
            col(Col.ARTICLE_ID),
            col(Col.SENTENCE),
            col(Col.ACTOR_ID),
            col(Col.ACTOR_NAME),
            col(Col.ENTITY_TYPE),
            col(Col.COUNTRY),
            actorLevel ? col(HOME) : lit(null).cast("string").as(HOME),
            level == Level.COUNTRY ? col(Col.COUNTRY).as(Col.CAMEO_CODE) : col(Col.CAMEO_CODE),
            level == Level.COUNTRY || !Arrays.asList(mentions.columns()).contains(Col.AFFILIATE)
                ? lit(null).cast("string").as(Col.AFFILIATE)
                : col(Col.AFFILIATE),
            col(Col.LIST_BEGIN))
        .join(
            stories.select(
                col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.PERIOD), col(Col.PERIOD_INDEX)),
            Col.ARTICLE_ID);
  }

  /**
   * One row per key, with {@code list_begin} when all the key's rows are items of one list, else
   * null.
   */
  private static Dataset<Row> onlyInOneList(Dataset<Row> rows, Column... key) {
    Column list = col(Col.LIST_BEGIN);
    return rows.groupBy(key)
        .agg(
            when(
                    max(list.isNull().cast("int")).equalTo(0).and(min(list).equalTo(max(list))),
                    min(list))
                .cast("int")
                .as(Col.LIST_BEGIN));
  }

  /**
   * Whether two actors of one unit are there as more than items of one list: only then do they
   * co-occur in it (two countries of "Chile, Peru and Ecuador" produced fish meal side by side, not
   * with each other).
   */
  public static Column notListMates(Column listA, Column listB) {
    Column titleA = coalesce(listA.equalTo(Mention.ASIDE), lit(false));
    Column titleB = coalesce(listB.equalTo(Mention.ASIDE), lit(false));
    return not(titleA)
        .and(not(titleB))
        .and(listA.isNull().or(listB.isNull()).or(listA.notEqual(listB)));
  }

  /**
   * Characters between the end of a title's owner and the person ("Federal Reserve Chairman Paul
   * Volcker").
   */
  private static final int TITLE_CHARS = 60;

  /**
   * At the actor level, the owner of a person's title right before the person ("Federal Reserve
   * Chairman Paul Volcker", "Japanese Finance Minister Kiichi Miyazawa": the person's {@code
   * affiliate}) describes the person and is no partner of the sentence's other actors: the person
   * is. Such a mention gets {@code list_begin} {@link Mention#ASIDE}.
   */
  static Dataset<Row> titles(Dataset<Row> mentions) {
    Dataset<Row> owners =
        mentions
            .where(
                col(Col.AFFILIATE)
                    .isNotNull()
                    .and(col(Col.ENTITY_TYPE).equalTo(ActorType.PERSON.code())))
            .select(
                col(Col.ARTICLE_ID).as("_t_article"),
                col(Col.SENTENCE).as("_t_sentence"),
                col(Col.AFFILIATE).as("_t_owner"),
                col(Col.BEGIN).as("_t_person"));
    Dataset<Row> titleMentions =
        mentions
            .join(
                owners,
                col(Col.ARTICLE_ID)
                    .equalTo(col("_t_article"))
                    .and(col(Col.SENTENCE).equalTo(col("_t_sentence")))
                    .and(col(Col.ACTOR_ID).equalTo(col("_t_owner")))
                    .and(col(Col.END).leq(col("_t_person")))
                    .and(col("_t_person").minus(col(Col.END)).leq(TITLE_CHARS)))
            .select(col(Col.ARTICLE_ID).as("_t_a"), col(Col.BEGIN).as("_t_b"))
            .distinct()
            .withColumn("_t_title", lit(true));
    return mentions
        .join(
            titleMentions,
            col(Col.ARTICLE_ID).equalTo(col("_t_a")).and(col(Col.BEGIN).equalTo(col("_t_b"))),
            "left")
        .withColumn(
            Col.LIST_BEGIN,
            when(col("_t_title").isNotNull(), lit(Mention.ASIDE)).otherwise(col(Col.LIST_BEGIN)))
        .drop("_t_a", "_t_b", "_t_title");
  }

  /** An organisation's home country as its stories' datelines show it (internal column). */
  static final String HOME = "_home";

  /** Characters from a story's start within which its dateline stands ("HOUSTON, April 13 -"). */
  private static final int DATELINE_CHARS = 40;

  /** Stories of one organisation, at least, before its datelines say where it is at home. */
  static final int HOME_MIN_STORIES = 3;

  /**
   * The home country of organisations without a country of their own: the country of the dateline
   * of at least {@value #HOME_MIN_STORIES} of their stories and at least 60% of their datelined
   * stories (Texaco: Houston, White Plains and New York; Dome Petroleum: Calgary and Toronto).
   */
  static Dataset<Row> homes(Dataset<Row> mentions) {
    Column caps = col(Col.TEXT).equalTo(upper(col(Col.TEXT))).and(length(col(Col.TEXT)).gt(3));
    Dataset<Row> datelines =
        mentions
            .where(col(Col.BEGIN).lt(DATELINE_CHARS).and(caps).and(col(Col.COUNTRY).isNotNull()))
            .groupBy(Col.ARTICLE_ID)
            .agg(expr("min_by(" + Col.COUNTRY + ", " + Col.BEGIN + ")").as("_dateline"));
    Column organisation =
        col(Col.ENTITY_TYPE).isin(ActorType.ORGANISATION.code(), ActorType.GROUP.code());
    Dataset<Row> counted =
        mentions
            .where(organisation.and(col(Col.COUNTRY).isNull()))
            .select(Col.ARTICLE_ID, Col.ACTOR_ID)
            .distinct()
            .join(datelines, Col.ARTICLE_ID)
            .groupBy(Col.ACTOR_ID, "_dateline")
            .agg(count(lit(1)).as("_n"));
    return counted
        .withColumn("_total", sum("_n").over(Window.partitionBy(Col.ACTOR_ID)))
        .withColumn(
            "_rank",
            row_number()
                .over(Window.partitionBy(Col.ACTOR_ID).orderBy(col("_n").desc(), col("_dateline"))))
        .where(
            col("_rank")
                .equalTo(1)
                .and(col("_n").geq(HOME_MIN_STORIES))
                .and(col("_n").geq(col("_total").multiply(0.6))))
        .select(col(Col.ACTOR_ID), col("_dateline").as(HOME));
  }

  /**
   * One row per story and actor, the actor's mention count in it; at most {@code maxActors} actors
   * per story, the most mentioned (then by id), so that pairs per story are bounded.
   */
  public static Dataset<Row> actorsPerStory(Dataset<Row> levelMentions, int maxActors) {
    Dataset<Row> per =
        levelMentions
            .groupBy(
                col(Col.ARTICLE_ID),
                col(Col.PUBLISHED),
                col(Col.PERIOD),
                col(Col.PERIOD_INDEX),
                col(Col.ACTOR_ID))
            .agg(
                min(Col.ACTOR_NAME).as(Col.ACTOR_NAME),
                min(Col.ENTITY_TYPE).as(Col.ENTITY_TYPE),
                max(Col.COUNTRY).as(Col.COUNTRY),
                max(Col.CAMEO_CODE).as(Col.CAMEO_CODE),
                max(Col.AFFILIATE).as(Col.AFFILIATE),
                max(HOME).as(HOME),
                count(lit(1)).as(Col.MENTION_COUNT_IN_STORY));
    return per.withColumn(
            "_rank",
            row_number()
                .over(
                    Window.partitionBy(Col.ARTICLE_ID)
                        .orderBy(col(Col.MENTION_COUNT_IN_STORY).desc(), col(Col.ACTOR_ID))))
        .where(col("_rank").leq(maxActors))
        .drop("_rank");
  }

  /**
   * The units of the sentence window: an anchor sentence of a story holds an actor mentioned at
   * most {@code span} sentences away (span 0: the sentence itself). Anchors run over the sentences
   * that mention actors, from the first to the last of the story.
   */
  public static Dataset<Row> units(Dataset<Row> sentences, int span) {
    Dataset<Row> bounds =
        sentences
            .groupBy(Col.ARTICLE_ID)
            .agg(min(Col.SENTENCE).as("_first"), max(Col.SENTENCE).as("_last"));
    Dataset<Row> anchored =
        sentences
            .join(bounds, Col.ARTICLE_ID)
            .withColumn(
                Col.ANCHOR,
                explode(
                    sequence(
                        greatest(col(Col.SENTENCE).minus(span), col("_first")),
                        least(col(Col.SENTENCE).plus(span), col("_last")))))
            // a list is one sentence's: in a neighbour's window the actor is simply there
            .withColumn(
                Col.LIST_BEGIN,
                when(col(Col.ANCHOR).equalTo(col(Col.SENTENCE)), col(Col.LIST_BEGIN)));
    return onlyInOneList(
        anchored,
        col(Col.ARTICLE_ID),
        col(Col.ANCHOR),
        col(Col.ACTOR_ID),
        col(Col.PERIOD),
        col(Col.PERIOD_INDEX));
  }

  /**
   * Distinct (story, sentence, actor) of the actors kept per story, with {@code list_begin} when
   * every mention of the actor in the sentence is an item of one list ("Chile, Peru and Ecuador"),
   * else null.
   */
  public static Dataset<Row> sentences(Dataset<Row> levelMentions, Dataset<Row> actorsPerStory) {
    return onlyInOneList(levelMentions, col(Col.ARTICLE_ID), col(Col.SENTENCE), col(Col.ACTOR_ID))
        .join(
            actorsPerStory.select(
                col(Col.ARTICLE_ID),
                col(Col.ACTOR_ID),
                col(Col.PERIOD),
                col(Col.PERIOD_INDEX),
                col(Col.PUBLISHED)),
            new String[] {Col.ARTICLE_ID, Col.ACTOR_ID});
  }
}
