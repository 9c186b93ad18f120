package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.StateTables;
import org.junit.jupiter.api.Test;

/**
 * Across stories, a bare surname is the one person of its month with that surname, flagged as such.
 */
class CanonicalActorsTest {
  private static final StructType ROW =
      new StructType(
          Arrays.stream(ActorTables.MENTIONS.schema().fields())
              .filter(f -> !f.name().equals(Col.MONTH))
              .toArray(StructField[]::new));

  private static Row mention(
      String article,
      String date,
      String type,
      String id,
      String name,
      String code,
      boolean dictionary) {
    Map<String, Object> v = new HashMap<>();
    v.put(Col.ARTICLE_ID, article);
    v.put(Col.SENTENCE, 0);
    v.put(Col.SENTENCE_BEGIN, 0);
    v.put(Col.SENTENCE_END, 40);
    v.put(Col.BEGIN, 0);
    v.put(Col.END, name.length());
    v.put(Col.TEXT, name);
    v.put(Col.ENTITY_TYPE, type);
    v.put(Col.SOURCE, dictionary ? "both" : "ner");
    v.put(Col.ACTOR_ID, id);
    v.put(Col.ACTOR_NAME, name);
    v.put(Col.CAMEO_CODE, code);
    v.put(Col.COUNTRY, code == null ? null : code.substring(0, 3));
    v.put(Col.ROLE_BY_DATE, code == null ? null : (date != null));
    v.put(Col.ROLE_SOURCE, code == null ? null : "supplement");
    v.put(Col.ALIAS_KIND, dictionary ? "name" : null);
    v.put(Col.CONFIDENCE, dictionary ? 0.95 : 0.9);
    v.put(Col.IN_DICTIONARY, dictionary);
    v.put(Col.PUBLISHED, date == null ? null : Timestamp.valueOf(date + " 12:00:00"));
    Object[] values = new Object[ROW.size()];
    for (int i = 0; i < values.length; i++) values[i] = v.get(ROW.fields()[i].name());
    return RowFactory.create(values);
  }

  private static Map<String, Row> merged(List<Row> rows) {
    return byArticleAndText(
        CanonicalActors.mergeSingleNames(SparkTestSession.get().createDataFrame(rows, ROW)));
  }

  /** The rows by article and mention text. */
  private static Map<String, Row> byArticleAndText(Dataset<Row> mentions) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : mentions.collectAsList())
      out.put(r.<String>getAs(Col.ARTICLE_ID) + "/" + r.<String>getAs(Col.TEXT), r);
    return out;
  }

  /**
   * The merges' decisions are kept (every key seen, one actor or none), and applied as kept: an
   * append whose new stories name a second Biden that month still joins a bare "Biden" to the Biden
   * the first run chose, and decides the keys the first run never saw over all the mentions.
   */
  @Test
  void keptDecisionsAreAppliedAsMadeAndNewKeysAreDecidedOverAll() {
    List<Row> first = new ArrayList<>();
    first.add(mention("a1", "2021-01-05", "person", "p-joe-biden", "Joe Biden", null, false));
    first.add(mention("a2", "2021-01-06", "person", "p-biden", "Biden", null, false));
    CanonicalActors.Merged one =
        CanonicalActors.merge(SparkTestSession.get().createDataFrame(first, ROW), null);
    Map<String, Row> decided = new HashMap<>();
    for (Row d : one.decisions().collectAsList())
      decided.put(
          d.getAs(StateTables.MERGE)
              + "/"
              + d.getAs(StateTables.SCOPE)
              + "/"
              + d.getAs(StateTables.KEY),
          d);
    assertEquals("p-joe-biden", decided.get("surname/2021-01/biden").getAs(StateTables.TARGET_ID));

    List<Row> all = new ArrayList<>(first);
    all.add(mention("a3", "2021-01-07", "person", "p-hunter-biden", "Hunter Biden", null, false));
    all.add(mention("a3", "2021-01-07", "person", "p-biden", "Biden", null, false));
    all.add(mention("a4", "2021-01-08", "person", "p-angela-merkel", "Angela Merkel", null, false));
    all.add(mention("a5", "2021-01-09", "person", "p-merkel", "Merkel", null, false));
    Dataset<Row> mentions = SparkTestSession.get().createDataFrame(all, ROW);

    // Decided again over all of them, two Bidens that month: the bare surname joins neither.
    Map<String, Row> fresh = byArticleAndText(CanonicalActors.merge(mentions, null).mentions());
    assertEquals("p-biden", fresh.get("a2/Biden").getAs(Col.ACTOR_ID));
    // Kept: the first run's Biden, in the old story and the new one; Merkel decided over all.
    CanonicalActors.Merged kept = CanonicalActors.merge(mentions, one.decisions());
    Map<String, Row> applied = byArticleAndText(kept.mentions());
    assertEquals("p-joe-biden", applied.get("a2/Biden").getAs(Col.ACTOR_ID));
    assertEquals("p-joe-biden", applied.get("a3/Biden").getAs(Col.ACTOR_ID));
    assertEquals("p-angela-merkel", applied.get("a5/Merkel").getAs(Col.ACTOR_ID));
    // The decisions kept for the next run: the first run's, and the new key.
    List<String> keys =
        kept
            .decisions()
            .where("merge = 'surname'")
            .orderBy(StateTables.KEY)
            .collectAsList()
            .stream()
            .map(r -> r.<String>getAs(StateTables.KEY) + "=" + r.getAs(StateTables.TARGET_ID))
            .toList();
    assertEquals(List.of("biden=p-joe-biden", "merkel=p-angela-merkel"), keys);
  }

  @Test
  void aBareSurnameIsTheOnePersonOfItsMonthFlaggedWithALowerConfidenceAndTheRole() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        mention("a", "2019-05-14", "person", "person:mike-pompeo", "Mike Pompeo", "USAGOV", true));
    rows.add(mention("b", "2019-05-20", "person", "person:pompeo", "Pompeo", null, false));
    rows.add(mention("c", "2019-07-02", "person", "person:pompeo", "Pompeo", null, false));
    Map<String, Row> out = merged(rows);

    Row b = out.get("b/Pompeo");
    assertEquals("person:mike-pompeo", b.getAs(Col.ACTOR_ID));
    assertEquals("Mike Pompeo", b.getAs(Col.ACTOR_NAME));
    assertEquals(CanonicalActors.SURNAME, b.getAs(Col.ALIAS_KIND));
    assertEquals(CanonicalActors.SURNAME_CONFIDENCE, (double) b.getAs(Col.CONFIDENCE), 1e-9);
    assertEquals("USAGOV", b.getAs(Col.CAMEO_CODE));
    assertEquals("USA", b.getAs(Col.COUNTRY));
    assertEquals(Mention.INHERITED, b.getAs(Col.ROLE_SOURCE));

    // July names no Pompeo in full: the bare surname stays as it is.
    Row c = out.get("c/Pompeo");
    assertEquals("person:pompeo", c.getAs(Col.ACTOR_ID));
    assertNull(c.getAs(Col.ALIAS_KIND));
    assertNull(c.getAs(Col.CAMEO_CODE));

    // The full name itself is untouched.
    Row a = out.get("a/Mike Pompeo");
    assertEquals("name", a.getAs(Col.ALIAS_KIND));
    assertEquals(0.95, (double) a.getAs(Col.CONFIDENCE), 1e-9);
    assertEquals(rows.size(), out.size());
  }

  @Test
  void twoPeopleWithTheSurnameOrAnotherTypeStayApart() {
    List<Row> rows = new ArrayList<>();
    rows.add(mention("a", "2021-01-20", "person", "person:joe-biden", "Joe Biden", "USAGOV", true));
    rows.add(
        mention("b", "2021-01-22", "person", "person:hunter-biden", "Hunter Biden", null, false));
    rows.add(mention("c", "2021-01-25", "person", "person:biden", "Biden", null, false));
    rows.add(
        mention(
            "d", "2021-01-25", "person", "person:michael-jordan", "Michael Jordan", null, false));
    rows.add(mention("e", "2021-01-26", "location", "location:jordan", "Jordan", null, false));
    Map<String, Row> out = merged(rows);
    assertEquals("person:biden", out.get("c/Biden").getAs(Col.ACTOR_ID));
    assertEquals("location:jordan", out.get("e/Jordan").getAs(Col.ACTOR_ID));
  }

  @Test
  void undatedStoriesFormOneGroup() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        mention(
            "a",
            null,
            "person",
            "person:federica-mogherini",
            "Federica Mogherini",
            "IGOEUREEC",
            true));
    rows.add(mention("b", null, "person", "person:mogherini", "Mogherini", null, false));
    rows.add(mention("c", "2019-05-15", "person", "person:mogherini", "Mogherini", null, false));
    Map<String, Row> out = merged(rows);
    assertEquals("person:federica-mogherini", out.get("b/Mogherini").getAs(Col.ACTOR_ID));
    assertEquals("person:mogherini", out.get("c/Mogherini").getAs(Col.ACTOR_ID));
  }

  private static Map<String, Row> spellings(List<Row> rows) {
    return byArticleAndText(
        CanonicalActors.mergeSpellings(SparkTestSession.get().createDataFrame(rows, ROW)));
  }

  @Test
  void theSpellingsOfOneNameAreOneActorAcrossTheStoriesOfAYear() {
    List<Row> rows = new ArrayList<>();
    rows.add(mention("a", "2019-06-18", "person", "person:jim-risch", "Jim Risch", null, false));
    rows.add(
        mention(
            "b", "2019-06-20", "person", "person:james-e-risch", "James E. Risch", null, false));
    rows.add(
        mention(
            "a",
            "2019-06-18",
            "organisation",
            "organisation:united-nations",
            "United Nations",
            "IGOUNO",
            true));
    rows.add(mention("b", "2019-06-20", "organisation", "organisation:u-n", "U.N.", null, false));
    rows.add(mention("c", "2019-06-21", "organisation", "organisation:un", "UN", null, false));
    rows.add(
        mention(
            "a",
            "2019-06-18",
            "organisation",
            "organisation:international-atomic-energy-agency",
            "International Atomic Energy Agency",
            null,
            false));
    rows.add(mention("c", "2019-06-21", "organisation", "organisation:iaea", "IAEA", null, false));
    // Two full names of one acronym in the month: "ICC" stays itself.
    rows.add(
        mention(
            "a",
            "2019-06-18",
            "organisation",
            "organisation:international-criminal-court",
            "International Criminal Court",
            null,
            false));
    rows.add(
        mention(
            "b",
            "2019-06-20",
            "organisation",
            "organisation:international-cricket-council",
            "International Cricket Council",
            null,
            false));
    rows.add(mention("c", "2019-06-21", "organisation", "organisation:icc", "ICC", null, false));
    // A dictionary company and an NER company of the same initials: "GM" joins neither.
    rows.add(
        mention(
            "a",
            "2019-06-18",
            "organisation",
            "organisation:general-mills",
            "General Mills",
            "MNCUSA",
            true));
    rows.add(
        mention(
            "b",
            "2019-06-20",
            "organisation",
            "organisation:general-motors",
            "General Motors",
            null,
            false));
    rows.add(mention("c", "2019-06-21", "organisation", "organisation:gm", "GM", null, false));
    // ... but its dotted spelling is still the same "ICC".
    rows.add(
        mention("d", "2019-06-22", "organisation", "organisation:i-c-c", "I.C.C.", null, false));
    // Two spellings of one full name, and the acronym of it.
    rows.add(
        mention(
            "a",
            "2019-06-18",
            "organisation",
            "organisation:e-f-hutton",
            "E.F. Hutton Group",
            null,
            false));
    rows.add(
        mention(
            "b",
            "2019-06-20",
            "organisation",
            "organisation:ef-hutton",
            "EF Hutton Group",
            null,
            false));
    // Two dictionary companies of the same initials: "AC" joins neither, but "A.C" is "AC".
    rows.add(
        mention(
            "a",
            "2019-06-18",
            "organisation",
            "organisation:air-canada",
            "Air Canada",
            "MNCCAN",
            true));
    rows.add(
        mention(
            "b",
            "2019-06-20",
            "organisation",
            "organisation:american-cyanamid",
            "American Cyanamid",
            "MNCUSA",
            true));
    rows.add(mention("c", "2019-06-21", "organisation", "organisation:ac", "AC", null, false));
    rows.add(mention("d", "2019-06-22", "organisation", "organisation:a-c", "A.C", null, false));
    // Another year: not joined.
    rows.add(mention("d", "2020-01-05", "organisation", "organisation:un", "UN", null, false));
    Map<String, Row> out = spellings(rows);
    assertEquals(out.get("c/AC").<String>getAs(Col.ACTOR_ID), out.get("d/A.C").getAs(Col.ACTOR_ID));
    assertTrue(
        List.of("organisation:ac", "organisation:a-c")
            .contains(out.get("c/AC").<String>getAs(Col.ACTOR_ID)));
    assertEquals("organisation:air-canada", out.get("a/Air Canada").getAs(Col.ACTOR_ID));
    assertEquals(
        out.get("a/Jim Risch").<String>getAs(Col.ACTOR_ID),
        out.get("b/James E. Risch").getAs(Col.ACTOR_ID));
    assertEquals(
        1,
        List.of(out.get("a/Jim Risch"), out.get("b/James E. Risch")).stream()
            .filter(r -> "spelling".equals(r.getAs(Col.ALIAS_KIND)))
            .count());
    assertEquals("organisation:united-nations", out.get("b/U.N.").getAs(Col.ACTOR_ID));
    assertEquals("organisation:united-nations", out.get("c/UN").getAs(Col.ACTOR_ID));
    assertEquals("IGOUNO", out.get("c/UN").getAs(Col.CAMEO_CODE));
    assertEquals(
        "organisation:international-atomic-energy-agency", out.get("c/IAEA").getAs(Col.ACTOR_ID));
    assertEquals(
        out.get("c/ICC").<String>getAs(Col.ACTOR_ID), out.get("d/I.C.C.").getAs(Col.ACTOR_ID));
    assertEquals("organisation:gm", out.get("c/GM").getAs(Col.ACTOR_ID));
    assertTrue(
        List.of("organisation:icc", "organisation:i-c-c")
            .contains(out.get("c/ICC").<String>getAs(Col.ACTOR_ID)));
    assertEquals("organisation:un", out.get("d/UN").getAs(Col.ACTOR_ID));
    assertEquals(
        out.get("a/E.F. Hutton Group").<String>getAs(Col.ACTOR_ID),
        out.get("b/EF Hutton Group").getAs(Col.ACTOR_ID));
    assertEquals(rows.size(), out.size());
  }
}
