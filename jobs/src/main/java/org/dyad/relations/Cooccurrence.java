package org.dyad.relations;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.actors.ActorType;
import org.dyad.tables.Col;

/**
 * Pairs of actors per period, ordered canonically (actor_a < actor_b), with their counts and the
 * statistics of their association. The unit is the story: a pair co-occurs in a story when both
 * appear in it ("article" window) or in one sentence, or within {@code sentenceSpan} sentences
 * ("sentence" window). Statistics compare that count with each actor's stories and the period's
 * stories.
 */
public final class Cooccurrence {
  private Cooccurrence() {}

  /** Stories per period. */
  public static Dataset<Row> periodArticles(Dataset<Row> stories) {
    return stories.groupBy(Col.PERIOD, Col.PERIOD_INDEX).agg(count(lit(1)).as(Col.PERIOD_ARTICLES));
  }

  /**
   * Every pair in one story at least once, with counts and the statistics of the chosen window (no
   * support threshold: trends need the weak periods too). The statistics need a 2x2 table of units:
   * stories for the article window; for the sentence window, the anchor sentences of {@link
   * Occurrences#units} (sentences with actors), so that "both" is always a subset of "each".
   */
  public static Dataset<Row> pairs(
      Dataset<Row> articlePairs,
      Dataset<Row> units,
      Dataset<Row> actorsPerStory,
      Dataset<Row> stories,
      CooccurrenceWindow window) {
    String period = Col.PERIOD;
    Dataset<Row> inArticles =
        articlePairs
            .groupBy(period, Col.ACTOR_A, Col.ACTOR_B)
            .agg(
                count(lit(1)).as(Col.ARTICLES_TOGETHER),
                min(Col.PERIOD_INDEX).as(Col.PERIOD_INDEX),
                min(Col.NAME_A).as(Col.NAME_A),
                min(Col.NAME_B).as(Col.NAME_B),
                min(Col.TYPE_A).as(Col.TYPE_A),
                min(Col.TYPE_B).as(Col.TYPE_B),
                max(Col.AFFILIATION).as(Col.AFFILIATION));
    Dataset<Row> x = units.as("x");
    Dataset<Row> y = units.as("y");
    Dataset<Row> inSentences =
        x.join(
                y,
                col("x." + Col.ARTICLE_ID)
                    .equalTo(col("y." + Col.ARTICLE_ID))
                    .and(col("x." + Col.ANCHOR).equalTo(col("y." + Col.ANCHOR)))
                    .and(col("x." + Col.ACTOR_ID).lt(col("y." + Col.ACTOR_ID))))
            .groupBy(
                col("x." + period).as(period),
                col("x." + Col.ACTOR_ID).as(Col.ACTOR_A),
                col("y." + Col.ACTOR_ID).as(Col.ACTOR_B))
            .agg(
                sum(when(
                            Occurrences.notListMates(
                                col("x." + Col.LIST_BEGIN), col("y." + Col.LIST_BEGIN)),
                            1L)
                        .otherwise(0L))
                    .as(Col.SENTENCES_TOGETHER),
                // units holding both only as items of one list (or one as a source or a title): out
                // of the pair's table
                sum(when(
                            Occurrences.notListMates(
                                col("x." + Col.LIST_BEGIN), col("y." + Col.LIST_BEGIN)),
                            0L)
                        .otherwise(1L))
                    .as("_side_by_side"));

    Dataset<Row> storiesPerActor =
        actorsPerStory.groupBy(period, Col.ACTOR_ID).agg(count(lit(1)).as("_n"));
    Dataset<Row> unitsPerActor = units.groupBy(period, Col.ACTOR_ID).agg(count(lit(1)).as("_n"));
    Dataset<Row> unitsPerPeriod =
        units
            .select(col(period), col(Col.ARTICLE_ID), col(Col.ANCHOR))
            .distinct()
            .groupBy(period)
            .agg(count(lit(1)).as(Col.PERIOD_UNITS));
    boolean byArticle = window == CooccurrenceWindow.ARTICLE;
    Dataset<Row> joined =
        inArticles
            .join(inSentences, new String[] {period, Col.ACTOR_A, Col.ACTOR_B}, "left")
            .na()
            .fill(0L, new String[] {Col.SENTENCES_TOGETHER, "_side_by_side"})
            .join(
                storiesPerActor
                    .withColumnRenamed(Col.ACTOR_ID, Col.ACTOR_A)
                    .withColumnRenamed("_n", Col.ARTICLES_A),
                new String[] {period, Col.ACTOR_A})
            .join(
                storiesPerActor
                    .withColumnRenamed(Col.ACTOR_ID, Col.ACTOR_B)
                    .withColumnRenamed("_n", Col.ARTICLES_B),
                new String[] {period, Col.ACTOR_B})
            .join(periodArticles(stories).drop(Col.PERIOD_INDEX), period)
            .join(
                unitsPerActor
                    .withColumnRenamed(Col.ACTOR_ID, Col.ACTOR_A)
                    .withColumnRenamed("_n", "_units_a"),
                new String[] {period, Col.ACTOR_A},
                "left")
            .join(
                unitsPerActor
                    .withColumnRenamed(Col.ACTOR_ID, Col.ACTOR_B)
                    .withColumnRenamed("_n", "_units_b"),
                new String[] {period, Col.ACTOR_B},
                "left")
            .join(
                unitsPerPeriod.withColumnRenamed(Col.PERIOD_UNITS, "_period_units"),
                new String[] {period},
                "left")
            // The sentence window's 2x2 table leaves out the units where the two are only side by
            // side (items of
            // one list): there they are neither together nor apart.
            .withColumn(
                Col.UNITS_A,
                byArticle
                    ? col(Col.ARTICLES_A)
                    : coalesce(col("_units_a"), lit(0L)).minus(col("_side_by_side")))
            .withColumn(
                Col.UNITS_B,
                byArticle
                    ? col(Col.ARTICLES_B)
                    : coalesce(col("_units_b"), lit(0L)).minus(col("_side_by_side")))
            .withColumn(
                Col.PERIOD_UNITS,
                byArticle
                    ? col(Col.PERIOD_ARTICLES)
                    : coalesce(col("_period_units"), lit(0L)).minus(col("_side_by_side")))
            .withColumn(
                Col.COOCCURRENCES,
                byArticle ? col(Col.ARTICLES_TOGETHER) : col(Col.SENTENCES_TOGETHER))
            .drop("_units_a", "_units_b", "_period_units", "_side_by_side");
    Column k = col(Col.COOCCURRENCES);
    Column a = col(Col.UNITS_A);
    Column b = col(Col.UNITS_B);
    Column n = col(Col.PERIOD_UNITS);
    return joined
        .where(k.gt(0))
        .withColumn(Col.EXPECTED, Statistics.expected(a, b, n))
        .withColumn(Col.PMI, Statistics.pmi(k, a, b, n))
        .withColumn(Col.NPMI, Statistics.npmi(k, a, b, n))
        .withColumn(Col.G2, Statistics.g2(k, a, b, n))
        .withColumn(Col.P_VALUE, Statistics.pValue(col(Col.G2)))
        .withColumn(Col.JACCARD, Statistics.jaccard(k, a, b));
  }

  /**
   * Whether one actor of a pair belongs to the other, by CAMEO codes and the roles found: a person
   * or organisation and its own country (Helmut Kohl DEUGOV and Germany; Japan and its Liberal
   * Democratic Party); a person and the government body or international organisation whose code
   * its role carries (George Shultz USAGOV and the Department of State USAGOV; Jens Stoltenberg and
   * NATO, IGOWSTNAT); a person and a party of the person's country; a multinational and its home
   * country (Merrill Lynch, MNCUSA, and the United States); two bodies of one international
   * organisation. These pairs say who someone is, not what happened between two actors.
   */
  static Column affiliation(
      Column typeA,
      Column idA,
      Column countryA,
      Column codeA,
      Column typeB,
      Column idB,
      Column countryB,
      Column codeB) {
    String country = ActorType.COUNTRY.code();
    String person = ActorType.PERSON.code();
    Column aCountryOfB =
        typeA.equalTo(country).and(typeB.notEqual(country)).and(home(countryB, codeB).equalTo(idA));
    Column bCountryOfA =
        typeB.equalTo(country).and(typeA.notEqual(country)).and(home(countryA, codeA).equalTo(idB));
    // A body of an international organisation and the organisation (the European Commission and the
    // European Community, both IGOEUREEC); two bodies of one branch of a country's state (the House
    // and
    // Congress, USALEG and USAGOVLEG; the Treasury and the State Department, both USAGOV).
    Column bodies =
        typeA
            .notEqual(person)
            .and(typeB.notEqual(person))
            .and(typeA.notEqual(country))
            .and(typeB.notEqual(country))
            .and(idA.notEqual(idB));
    Column sameIgo =
        bodies
            .and(codeA.startsWith("IGO"))
            .and(codeA.equalTo(codeB))
            .or(
                bodies
                    .and(codeA.rlike(STATE_BODY))
                    .and(codeB.rlike(STATE_BODY))
                    .and(substring(codeA, 1, 3).equalTo(substring(codeB, 1, 3)))
                    .and(
                        regexp_extract(codeA, STATE_BODY, 1)
                            .equalTo(regexp_extract(codeB, STATE_BODY, 1))));
    Column bodyOfPerson =
        typeA
            .equalTo(person)
            .and(typeB.notEqual(person))
            .and(typeB.notEqual(country))
            .and(codeB.isNotNull())
            .and(codeA.startsWith(codeB));
    Column personOfBody =
        typeB
            .equalTo(person)
            .and(typeA.notEqual(person))
            .and(typeA.notEqual(country))
            .and(codeA.isNotNull())
            .and(codeB.startsWith(codeA));
    Column partyOfPerson =
        typeA
            .equalTo(person)
            .and(codeB.rlike("^[A-Z]{3}PTY"))
            .and(countryA.equalTo(substring(codeB, 1, 3)));
    Column personOfParty =
        typeB
            .equalTo(person)
            .and(codeA.rlike("^[A-Z]{3}PTY"))
            .and(countryB.equalTo(substring(codeA, 1, 3)));
    return coalesce(
        aCountryOfB
            .or(bCountryOfA)
            .or(bodyOfPerson)
            .or(personOfBody)
            .or(partyOfPerson)
            .or(personOfParty)
            .or(sameIgo),
        lit(false));
  }

  /**
   * A code of a branch of a country's state: country, optional sectors, and the branch last
   * (USAGOVLEG: the legislature).
   */
  static final String STATE_BODY = "^[A-Z]{3}(?:[A-Z]{3})*?(GOV|LEG|JUD|MIL|SPY|COP)$";

  /**
   * Whether the story's text says one actor belongs to the other (its {@code affiliate}: "IBM
   * chairman John Akers", "Johsen Takahashi, chief economist at Mitsubishi Research Institute",
   * "Schlumberger Ltd's Fairchild Semiconductor").
   */
  static Column affiliated(Column idA, Column affiliateA, Column idB, Column affiliateB) {
    return coalesce(affiliateA.equalTo(idB), lit(false))
        .or(coalesce(affiliateB.equalTo(idA), lit(false)));
  }

  /**
   * The country an actor belongs to: its country, else the home country a multinational's code
   * names (MNCUSA: Merrill Lynch is American; MNCUSAMED an American media company).
   */
  static Column home(Column country, Column code) {
    return coalesce(country, when(code.rlike("^MNC[A-Z]{3}"), substring(code, 4, 3)));
  }

  /**
   * Pairs of actors of one story: article, published, period, the pair with names, types and
   * whether it is an affiliation.
   */
  public static Dataset<Row> articlePairs(Dataset<Row> actorsPerStory) {
    Dataset<Row> x = actorsPerStory.as("x");
    Dataset<Row> y = actorsPerStory.as("y");
    return x.join(
            y,
            col("x." + Col.ARTICLE_ID)
                .equalTo(col("y." + Col.ARTICLE_ID))
                .and(col("x." + Col.ACTOR_ID).lt(col("y." + Col.ACTOR_ID))))
        .select(
            col("x." + Col.ARTICLE_ID).as(Col.ARTICLE_ID),
            col("x." + Col.PUBLISHED).as(Col.PUBLISHED),
            col("x." + Col.PERIOD).as(Col.PERIOD),
            col("x." + Col.PERIOD_INDEX).as(Col.PERIOD_INDEX),
            col("x." + Col.ACTOR_ID).as(Col.ACTOR_A),
            col("y." + Col.ACTOR_ID).as(Col.ACTOR_B),
            col("x." + Col.ACTOR_NAME).as(Col.NAME_A),
            col("y." + Col.ACTOR_NAME).as(Col.NAME_B),
            col("x." + Col.ENTITY_TYPE).as(Col.TYPE_A),
            col("y." + Col.ENTITY_TYPE).as(Col.TYPE_B),
            // an organisation's home from its datelines counts as its country here (not in the
            // country tables)
            affiliation(
                    col("x." + Col.ENTITY_TYPE),
                    col("x." + Col.ACTOR_ID),
                    coalesce(col("x." + Col.COUNTRY), col("x." + Occurrences.HOME)),
                    col("x." + Col.CAMEO_CODE),
                    col("y." + Col.ENTITY_TYPE),
                    col("y." + Col.ACTOR_ID),
                    coalesce(col("y." + Col.COUNTRY), col("y." + Occurrences.HOME)),
                    col("y." + Col.CAMEO_CODE))
                .or(
                    affiliated(
                        col("x." + Col.ACTOR_ID),
                        col("x." + Col.AFFILIATE),
                        col("y." + Col.ACTOR_ID),
                        col("y." + Col.AFFILIATE)))
                .as(Col.AFFILIATION));
  }

  /**
   * Pairs of actors within {@code span} sentences of each other in a story: article, period, the
   * pair, and the two sentences (_s1 <= _s2).
   */
  public static Dataset<Row> sentencePairs(Dataset<Row> sentences, int span) {
    Dataset<Row> x = sentences.as("x");
    Dataset<Row> y = sentences.as("y");
    return x.join(
            y,
            col("x." + Col.ARTICLE_ID)
                .equalTo(col("y." + Col.ARTICLE_ID))
                .and(col("x." + Col.ACTOR_ID).lt(col("y." + Col.ACTOR_ID)))
                .and(abs(col("x." + Col.SENTENCE).minus(col("y." + Col.SENTENCE))).leq(span))
                .and(
                    Occurrences.notListMates(
                        col("x." + Col.LIST_BEGIN), col("y." + Col.LIST_BEGIN))))
        .select(
            col("x." + Col.ARTICLE_ID).as(Col.ARTICLE_ID),
            col("x." + Col.PUBLISHED).as(Col.PUBLISHED),
            col("x." + Col.PERIOD).as(Col.PERIOD),
            col("x." + Col.ACTOR_ID).as(Col.ACTOR_A),
            col("y." + Col.ACTOR_ID).as(Col.ACTOR_B),
            least(col("x." + Col.SENTENCE), col("y." + Col.SENTENCE)).as("_s1"),
            greatest(col("x." + Col.SENTENCE), col("y." + Col.SENTENCE)).as("_s2"));
  }
}
