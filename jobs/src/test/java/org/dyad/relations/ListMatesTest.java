package org.dyad.relations;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.config.RelationsConfig;
import org.dyad.mentions.Mention;
import org.junit.jupiter.api.Test;

/** Items of one list ("Chile, Peru and Ecuador") share its sentence without co-occurring in it. */
class ListMatesTest {
  /**
   * Country mentions of one week from (article_id, sentence, actor_id, list_begin) rows, as the
   * relations stage reads them.
   */
  private static Dataset<Row> countryMentions(String rows) {
    return SparkTestSession.get()
        .sql(
            "select article_id, sentence, actor_id, actor_id as actor_name, 'country' as"
                + " entity_type, actor_id as country, actor_id as cameo_code, cast(null as string)"
                + " as affiliate, cast(null as string) as _home, cast(l as int) as list_begin,"
                + " timestamp'1987-03-17 00:00:00' as published, '1987-W12' as period, 0 as"
                + " period_index from values "
                + rows
                + " as t(article_id, sentence, actor_id, l)");
  }

  private static Map<String, Long> together(int span) {
    String rows =
        String.join(
            ", ",
            // a1, sentence 0: "Chile, Peru and Ecuador produced ..., the IAFMM said" (a list of
            // three, and an organisation)
            "('a1', 0, 'CHL', 0)",
            "('a1', 0, 'PER', 0)",
            "('a1', 0, 'ECU', 0)",
            "('a1', 0, 'IAFMM', null)",
            // a1, sentence 1: "Peru shipped 96,000 tonnes to the U.S."
            "('a1', 1, 'PER', null)",
            "('a1', 1, 'USA', null)",
            // a2, sentence 0: Chile is in a list and named again outside it: "Chile, Peru and
            // Ecuador ... Chile said"
            "('a2', 0, 'CHL', 5)",
            "('a2', 0, 'PER', 5)",
            "('a2', 0, 'ECU', 5)",
            "('a2', 0, 'CHL', null)");
    Dataset<Row> mentions = countryMentions(rows);
    Dataset<Row> stories =
        mentions.select("article_id", "published", "period", "period_index").distinct();
    Dataset<Row> perStory = Occurrences.actorsPerStory(mentions, 50);
    Dataset<Row> sentences = Occurrences.sentences(mentions, perStory);
    RelationsConfig config = new RelationsConfig();
    config.sentenceSpan = span;
    Dataset<Row> pairs =
        Cooccurrence.pairs(
            Cooccurrence.articlePairs(perStory),
            Occurrences.units(sentences, span),
            perStory,
            stories,
            config.window);
    Map<String, Long> out = new HashMap<>();
    for (Row r : pairs.select("actor_a", "actor_b", "sentences_together").collectAsList())
      out.put(r.getString(0) + "-" + r.getString(1), r.getLong(2));
    long evidencePairs =
        Cooccurrence.sentencePairs(sentences, span)
            .where("actor_a = 'ECU' and actor_b = 'PER'")
            .count();
    out.put("evidence ECU-PER", evidencePairs);
    return out;
  }

  @Test
  void listMatesDoNotCooccurButEachCooccursWithTheRestOfTheSentence() {
    Map<String, Long> t = together(0);
    assertNull(t.get("ECU-PER"), "only ever list mates: no co-occurrence " + t);
    assertEquals(1L, t.get("CHL-PER"), "a2: Chile is also named outside the list " + t);
    assertEquals(1L, t.get("IAFMM-PER"), t.toString());
    assertEquals(1L, t.get("PER-USA"), t.toString());
    assertEquals(0L, t.get("evidence ECU-PER"), "no evidence sentence for list mates");
  }

  @Test
  void withASpanTheListStaysInItsSentence() {
    Map<String, Long> t = together(1);
    // Ecuador (sentence 0) and Peru (sentence 1, outside any list) are one sentence apart in a1
    assertEquals(2L, t.get("ECU-PER"), "anchors 0 and 1 of a1 hold Peru outside the list: " + t);
  }

  @Test
  void theOwnerOfAPersonsTitleRightBeforeThePersonPairsWithNoOne() {
    // "... comments by Federal Reserve Chairman Paul Volcker and Japanese Finance Minister Kiichi
    // Miyazawa. The Fed said ..."
    String rows =
        String.join(
            ", ",
            "('a1', 0, 20, 37, 'organisation:fed', 'organisation', null)",
            "('a1', 0, 47, 59, 'person:paul-volcker', 'person', 'organisation:fed')",
            "('a1', 0, 64, 72, 'JPN', 'country', null)",
            "('a1', 0, 89, 104, 'person:kiichi-miyazawa', 'person', 'JPN')",
            "('a1', 1, 110, 113, 'organisation:fed', 'organisation', null)");
    Dataset<Row> titled =
        Occurrences.titles(
            SparkTestSession.get()
                .sql(
                    "select article_id, sentence, begin, `end`, actor_id, entity_type, affiliate,"
                        + " cast(null as int) as list_begin from values "
                        + rows
                        + " as t(article_id, sentence, begin, `end`, actor_id, entity_type,"
                        + " affiliate)"));
    Map<String, Integer> lists = new HashMap<>();
    for (Row r : titled.orderBy("begin").collectAsList())
      lists.put(
          r.<String>getAs("actor_id") + "@" + r.<Integer>getAs("begin"), r.getAs("list_begin"));
    assertEquals(Mention.ASIDE, lists.get("organisation:fed@20"), lists.toString());
    assertEquals(Mention.ASIDE, lists.get("JPN@64"), lists.toString());
    assertNull(
        lists.get("organisation:fed@110"), "the Fed on its own in the next sentence: " + lists);
    assertNull(lists.get("person:paul-volcker@47"));
  }

  @Test
  void unitsWhereTwoAreOnlySideBySideLeaveThePairsTable() {
    // s0: "Chile, Peru and Ecuador ..." (a list); s1: "Chile and Peru agreed" (together)
    String rows =
        String.join(
            ", ",
            "('a1', 0, 'CHL', 0)",
            "('a1', 0, 'PER', 0)",
            "('a1', 0, 'ECU', 0)",
            "('a1', 1, 'CHL', null)",
            "('a1', 1, 'PER', null)");
    Dataset<Row> mentions = countryMentions(rows);
    Dataset<Row> stories =
        mentions.select("article_id", "published", "period", "period_index").distinct();
    Dataset<Row> perStory = Occurrences.actorsPerStory(mentions, 50);
    Row r =
        Cooccurrence.pairs(
                Cooccurrence.articlePairs(perStory),
                Occurrences.units(Occurrences.sentences(mentions, perStory), 0),
                perStory,
                stories,
                new RelationsConfig().window)
            .where("actor_a = 'CHL' and actor_b = 'PER'")
            .select("cooccurrences", "units_a", "units_b", "period_units", "pmi")
            .first();
    // two anchor sentences; in s0 the two are only list mates: the table is s1 alone
    assertEquals(1L, r.getLong(0));
    assertEquals(1L, r.getLong(1));
    assertEquals(1L, r.getLong(2));
    assertEquals(1L, r.getLong(3));
  }
}
