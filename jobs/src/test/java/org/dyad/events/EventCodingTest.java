package org.dyad.events;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.dyad.actors.Agents;
import org.dyad.tables.Col;
import org.dyad.tables.EventTables;
import org.junit.jupiter.api.Test;

/**
 * The events stage's transforms on hostile sentences as Spark rows: no verb, a 1,000-word sentence,
 * text in other languages and scripts give no event and no error, each counted by its reason; an
 * English sentence beside them is coded, and a place is passed to the coder as a place.
 */
class EventCodingTest {
  private static final StructType SENTENCES =
      createStructType(
          List.of(
              createStructField(Col.ARTICLE_ID, StringType, false),
              createStructField(Col.SENTENCE, IntegerType, false),
              createStructField(Col.BEGIN, IntegerType, false),
              createStructField(Col.END, IntegerType, false),
              createStructField(Col.TEXT, StringType, false)));

  private static final StructType MENTIONS =
      createStructType(
          List.of(
              createStructField(Col.ARTICLE_ID, StringType, false),
              createStructField(Col.SENTENCE, IntegerType, false),
              createStructField(Col.BEGIN, IntegerType, false),
              createStructField(Col.END, IntegerType, false),
              createStructField(Col.ENTITY_TYPE, StringType, false),
              createStructField(Col.ACTOR_ID, StringType, false),
              createStructField(Col.ACTOR_NAME, StringType, false),
              createStructField(Col.CAMEO_CODE, StringType, true),
              createStructField(Col.COUNTRY, StringType, true)));

  private final List<Row> sentences = new ArrayList<>();
  private final List<Row> mentions = new ArrayList<>();

  /** One sentence as its own article; names "Name=CODE" (a code starting with @: a place). */
  private void sentence(String id, String text, String... names) {
    sentence(id, 0, text, names);
  }

  /** Sentence {@code index} of article {@code id} (each sentence's offsets start at 0). */
  private void sentence(String id, int index, String text, String... names) {
    sentences.add(RowFactory.create(id, index, 0, text.length(), text));
    for (String n : names) {
      String[] p = n.split("=");
      int at = text.indexOf(p[0]);
      assertTrue(at >= 0, p[0] + " in " + id);
      boolean place = p[1].startsWith("@");
      String code = place ? p[1].substring(1) : p[1];
      mentions.add(
          RowFactory.create(
              id,
              index,
              at,
              at + p[0].length(),
              place ? "location" : "country",
              place ? "location:" + p[0].toLowerCase() : code,
              p[0],
              place ? null : code,
              code));
    }
  }

  /** The sentences and mentions added so far, through the events stage's transforms. */
  private Dataset<Row> coded(SparkSession spark) throws IOException {
    return EventCoding.code(
        spark.createDataFrame(sentences, SENTENCES),
        spark.createDataFrame(mentions, MENTIONS),
        new EventCoder(VerbDictionary.shipped(), Agents.load()),
        EventTypes.shipped());
  }

  @Test
  void noSentencesAreCountedAsNone() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Observation observation = new Observation("outcomes of nothing");
    assertEquals(0, EventCoding.countingOutcomes(coded(spark), observation).count());
    assertEquals(Map.of(), EventCoding.outcomes(observation));
  }

  @Test
  void hostileSentencesGiveNoEventAndAreCountedByReason() throws IOException {
    sentence("english", "Iraq attacked Iran on Monday.", "Iraq=IRQ", "Iran=IRN");
    sentence("no-verb", "Iran, Iraq and Syria: a list.", "Iran=IRN", "Iraq=IRQ", "Syria=SYR");
    StringBuilder longOne = new StringBuilder("Iraq attacked Iran");
    for (int i = 0; i < 1000; i++) longOne.append(" and more");
    longOne.append('.');
    sentence("long", longOne.toString(), "Iraq=IRQ", "Iran=IRN");
    sentence("french", "L'Irak a attaqué l'Iran lundi.", "Irak=IRQ", "Iran=IRN");
    sentence("arabic", "هاجم العراق إيران يوم الاثنين.", "العراق=IRQ", "إيران=IRN");
    sentence("chinese", "伊拉克星期一袭击了伊朗。", "伊拉克=IRQ", "伊朗=IRN");
    sentence("place", "Pompeo visited Baghdad.", "Pompeo=USAGOV", "Baghdad=@IRQ");
    // one actor, or only places: counted without the coder
    sentence("alone", "Iran did not attack on Monday.", "Iran=IRN");
    sentence("places", "Tehran and Baghdad were quiet.", "Tehran=@IRN", "Baghdad=@IRQ");
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> coded = coded(spark);
    Map<String, String> outcome = new HashMap<>();
    Map<String, Integer> events = new HashMap<>();
    for (Row r : coded.collectAsList()) {
      String id = r.getAs(Col.ARTICLE_ID);
      outcome.put(id, r.isNullAt(r.fieldIndex(Col.SKIPPED)) ? "coded" : r.getAs(Col.SKIPPED));
      events.put(id, r.getList(r.fieldIndex(Col.SENTENCE_EVENTS)).size());
    }
    assertEquals(9, outcome.size(), outcome.toString());
    assertEquals(EventCoder.NO_PAIR, outcome.get("alone"));
    assertEquals(EventCoder.NO_PAIR, outcome.get("places"));
    assertEquals("coded", outcome.get("english"));
    assertEquals(1, events.get("english"));
    assertEquals(EventCoder.NO_VERB, outcome.get("no-verb"));
    assertEquals(EventCoder.TOO_LONG, outcome.get("long"));
    for (String other : List.of("french", "arabic", "chinese")) {
      assertEquals(0, events.get(other), other);
      assertNotEquals("coded", outcome.get(other), other);
    }
    // the place went in as a place: the visit goes to its country
    assertEquals("coded", outcome.get("place"));
    Row visit = (Row) coded.where(Col.ARTICLE_ID + " = 'place'").first().getList(4).get(0);
    assertEquals("IRQ", visit.getAs(Col.TARGET_ACTOR_ID));
    assertEquals("042", visit.getAs(Col.EVENT_CODE));
    Observation observation = new Observation("outcomes");
    long rows = EventCoding.countingOutcomes(coded, observation).count();
    Map<String, Long> counted = EventCoding.outcomes(observation);
    assertEquals(9, rows);
    Map<String, Long> expected = new java.util.TreeMap<>();
    for (String o : outcome.values()) expected.merge(o, 1L, Long::sum);
    assertEquals(expected, counted, "every sentence naming an actor is counted once, by outcome");
    assertEquals(expected, EventCoding.outcomeCounts(coded), "and so does the exact count");
    assertTrue(EventCoding.countedOnce(counted, 2), "two sentences gave events");
    Map<String, Long> twice = new java.util.TreeMap<>();
    counted.forEach((k, v) -> twice.put(k, 2 * v));
    assertFalse(EventCoding.countedOnce(twice, 2), "a stage run again shows in the coded count");
  }

  @Test
  void theSentencesToCodeAreSpreadOverTwiceAsManyTasksAsCores() throws IOException {
    for (int i = 0; i < 40; i++)
      sentence("a" + i, "Iraq attacked Iran on Monday.", "Iraq=IRQ", "Iran=IRN");
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> coded = coded(spark);
    int cores = spark.sparkContext().defaultParallelism();
    // the coded sentences in 2 x cores partitions, each with some
    int skipped = EventTables.CODED_SENTENCE.fieldIndex(Col.SKIPPED);
    List<Integer> perTask =
        coded
            .javaRDD()
            .mapPartitions(
                rows -> {
                  int n = 0;
                  while (rows.hasNext()) {
                    if (rows.next().isNullAt(skipped)) n++;
                  }
                  return List.of(n).iterator();
                })
            .collect();
    long busy = perTask.stream().filter(n -> n > 0).count();
    assertEquals(40, perTask.stream().mapToInt(Integer::intValue).sum());
    assertTrue(busy >= Math.min(2, 2 * cores), "coded in " + busy + " tasks: " + perTask);
  }

  @Test
  void aSentenceOfOneActorReactingToAnEarlierActIsOnThatActsDoer() throws IOException {
    // e07 of the events gold set (dev), shortened: the drills are China's, told a sentence before
    sentence(
        "taipei",
        0,
        "China fired ballistic missiles into waters around Taiwan on Thursday.",
        "China=CHN",
        "Taiwan=TWN");
    sentence("taipei", 1, "Taiwan condemned the drills.", "Taiwan=TWN");
    // the same reaction with nothing told before it, and one with no act named, code nothing
    sentence("alone", 0, "Taiwan condemned the drills.", "Taiwan=TWN");
    sentence("quiet", 0, "China fired missiles at Taiwan.", "China=CHN", "Taiwan=TWN");
    sentence("quiet", 1, "Taiwan condemned the weather.", "Taiwan=TWN");
    Dataset<Row> coded = coded(SparkTestSession.get());
    Map<String, String> outcome = new HashMap<>();
    Map<String, List<Row>> events = new HashMap<>();
    for (Row r : coded.collectAsList()) {
      String key = r.getAs(Col.ARTICLE_ID) + "/" + r.getAs(Col.SENTENCE);
      outcome.put(key, r.isNullAt(r.fieldIndex(Col.SKIPPED)) ? "coded" : r.getAs(Col.SKIPPED));
      events.put(key, r.getList(r.fieldIndex(Col.SENTENCE_EVENTS)));
    }
    assertEquals("coded", outcome.get("taipei/0"));
    assertEquals("coded", outcome.get("taipei/1"), outcome.toString());
    Row reaction = events.get("taipei/1").get(0);
    assertEquals("TWN", reaction.getAs(Col.SOURCE_ACTOR_ID));
    assertEquals("CHN", reaction.getAs(Col.TARGET_ACTOR_ID));
    assertTrue(((String) reaction.getAs(Col.EVENT_ROOT)).matches("1[0-3]"), reaction.toString());
    assertTrue(((String) reaction.getAs(Col.PATTERN)).contains("reacting to an act of China"));
    assertEquals(EventCoder.NO_PAIR, outcome.get("alone/0"));
    assertEquals(EventCoder.NO_PAIR, outcome.get("quiet/1"));
    assertEquals(5, outcome.size());
  }

  @Test
  void aMentionWithoutItsSentenceIsAClearError() {
    sentence("fine", "Iraq attacked Iran on Monday.", "Iraq=IRQ", "Iran=IRN");
    sentence("broken", "Iraq attacked Iran on Monday.", "Iraq=IRQ", "Iran=IRN");
    sentences.removeIf(r -> r.getString(0).equals("broken"));
    Exception e =
        assertThrows(Exception.class, () -> coded(SparkTestSession.get()).collectAsList());
    String message = String.valueOf(e.getMessage());
    assertTrue(
        message.contains("mentions of sentence 0 of article broken without the sentence"), message);
  }
}
