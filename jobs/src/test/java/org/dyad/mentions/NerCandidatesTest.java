package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

class NerCandidatesTest {
  private static final int[] NONE = new int[0];

  private static boolean unknown(String sentence, String... covered) {
    int[] begins = new int[covered.length];
    int[] ends = new int[covered.length];
    for (int i = 0; i < covered.length; i++) {
      begins[i] = sentence.indexOf(covered[i]);
      ends[i] = begins[i] + covered[i].length() - 1;
    }
    return NerCandidates.hasUnknownName(sentence, 0, sentence.length() - 1, begins, ends);
  }

  @Test
  void aCapitalizedWordTheDictionaryDoesNotCoverMakesACandidate() {
    assertTrue(unknown("Oil prices rose after Pennzoil said so.", "Oil"), "Pennzoil is unknown");
    assertTrue(unknown("Baker said the dollar would fall."), "a name as the first word");
    assertTrue(unknown("the talks with Mogherini ended", "talks"));
  }

  @Test
  void sentencesWhoseCapitalsAreAllExplainedAreNot() {
    assertFalse(unknown("The dollar fell sharply against the yen."), "a common first word");
    assertFalse(
        unknown("Iran and the U.S. traded threats.", "Iran", "U.S."),
        "every capital is a dictionary match");
    assertFalse(
        unknown("Prices fell on Monday, March 3.", "Prices"), "weekdays and months are not names");
    assertFalse(
        unknown("Shr 81 cts vs 2.78 dlrs Net 53.5 mln vs 180.9 mln Revs 915.5 mln"),
        "an earnings table");
    assertFalse(unknown("shares rose 5 pct in 1986."), "no capitals");
    assertFalse(
        unknown("WASHINGTON, March 11 - The U.S. said so.", "WASHINGTON", "U.S."),
        "a sentence starts after the dateline");
    assertTrue(unknown("Theresa May spoke.", "Theresa"), "May is a name too, never skipped");
  }

  @Test
  void aFirstWordTheStoryAlsoWritesInLowerCaseIsNotAName() {
    String text = "Oil production fell. Production in 1986 was lower. Icahn said so.";
    int second = text.indexOf("Production");
    int third = text.indexOf("Icahn");
    assertFalse(
        NerCandidates.hasUnknownName(text, second, third - 2, NONE, NONE),
        "production is a common word here");
    assertTrue(
        NerCandidates.hasUnknownName(text, third, text.length() - 1, NONE, NONE),
        "icahn is never lower case");
    assertFalse(
        NerCandidates.appearsLowerCase("the productions", "Production"), "whole words only");
    assertFalse(
        NerCandidates.appearsLowerCase("washington", "WASHINGTON"),
        "capitals throughout are not a capitalized word");
  }

  @Test
  void wordsStartAfterPunctuationAndOnlyTheSentenceRangeIsRead() {
    assertTrue(
        unknown("anti-American protests", "protests"), "American starts a word after the hyphen");
    assertFalse(unknown("anti-American protests", "American"));
    String text = "Rouhani spoke. the end.";
    assertFalse(
        NerCandidates.hasUnknownName(text, 15, text.length() - 1, NONE, NONE),
        "the second sentence alone");
    assertTrue(NerCandidates.hasUnknownName(text, 0, 13, NONE, NONE));
  }

  @Test
  void onlyCandidateSentencesBecomeRowsWithTheirArticleOffsets() throws IOException {
    SparkSession spark = SparkTestSession.get();
    PipelineModel pipeline = TinyDictionary.pipeline();
    String text =
        "Iran and the U.S. traded threats. Tehran said Pennzoil would pay. The price fell on"
            + " Monday.";
    Dataset<Row> articles =
        spark
            .createDataset(List.of(text), Encoders.STRING())
            .toDF(NlpPipelines.TEXT)
            .withColumn("id", lit("a1"));
    Dataset<Row> candidates = NerCandidates.sentences(pipeline.transform(articles), "id");
    List<Row> rows =
        candidates.select(col("id"), col(NlpPipelines.SENTENCE).getItem(0).as("s")).collectAsList();
    assertEquals(1, rows.size(), "only the sentence with Pennzoil: " + rows);
    Row sentence = rows.get(0).getStruct(1);
    int begin = sentence.getInt(sentence.fieldIndex("begin"));
    assertEquals(text.indexOf("Tehran"), begin, "the offset in the article");
    assertEquals(
        "Tehran said Pennzoil would pay.", sentence.getString(sentence.fieldIndex("result")));
    assertEquals(
        "document",
        candidates.schema().apply(NlpPipelines.SENTENCE).metadata().getString("annotatorType"),
        "Spark NLP stages accept the column");
  }

  @Test
  void sentencesTooLongForNerAreCountedNotRead() throws IOException {
    assertEquals(3, NerCandidates.words("  Iran  warned\tthe ", 0, 19));
    assertEquals(
        NerCandidates.MAX_WORDS + 1,
        NerCandidates.words("w ".repeat(5000), 0, 9999),
        "counting stops past the limit");
    SparkSession spark = SparkTestSession.get();
    String longOne = "Pennzoil " + "said ".repeat(NerCandidates.MAX_WORDS) + "so.";
    String text = "Tehran said Pennzoil would pay. " + longOne;
    Dataset<Row> annotated =
        TinyDictionary.pipeline()
            .transform(
                spark
                    .createDataset(List.of(text), Encoders.STRING())
                    .toDF(NlpPipelines.TEXT)
                    .withColumn("article_id", lit("a1")));
    List<Row> rows =
        NerCandidates.sentences(annotated, "article_id")
            .select(col(NlpPipelines.SENTENCE).getItem(0).getField("result"))
            .collectAsList();
    assertEquals(
        List.of("Tehran said Pennzoil would pay."),
        rows.stream().map(r -> r.getString(0)).toList());
    assertEquals(1, NerCandidates.tooLong(annotated), "the long candidate is counted");
  }

  /**
   * Choosing once per article gives the answers of asking sentence by sentence (NER's choice of
   * sentences is unchanged), with dictionary spans in any order and overlapping.
   */
  @Test
  void choosingPerArticleAnswersAsAskingPerSentence() {
    Random random = new Random(3);
    String[] words = {
      "Iran",
      "said",
      "the",
      "Pompeo",
      "talks",
      "production",
      "Production",
      "in",
      "Tehran",
      "Icahn",
      "The",
      "oil",
      "March",
      "U.S.",
      "anti-American",
      "-"
    };
    for (int round = 0; round < 50; round++) {
      StringBuilder text = new StringBuilder();
      List<int[]> sentences = new ArrayList<>();
      for (int n = 0; n < 1 + random.nextInt(12); n++) {
        int begin = text.length();
        int length = 1 + random.nextInt(n == 3 ? 1200 : 15);
        for (int w = 0; w < length; w++)
          text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        text.append('.');
        sentences.add(new int[] {begin, text.length() - 1});
        text.append(' ');
      }
      int spans = random.nextInt(30);
      int[] db = new int[spans], de = new int[spans];
      for (int k = 0; k < spans; k++) {
        db[k] = random.nextInt(text.length());
        de[k] = Math.min(text.length() - 1, db[k] + random.nextInt(20));
      }
      int[] begins = sentences.stream().mapToInt(x -> x[0]).toArray();
      int[] ends = sentences.stream().mapToInt(x -> x[1]).toArray();
      int[] chosen = NerCandidates.choices(text.toString(), begins, ends, db, de);
      for (int i = 0; i < begins.length; i++) {
        boolean unknown = NerCandidates.hasUnknownName(text.toString(), begins[i], ends[i], db, de);
        // the answer of the linear scan over every span, as before
        boolean fits =
            NerCandidates.words(text.toString(), begins[i], ends[i]) <= NerCandidates.MAX_WORDS;
        int expected =
            !unknown
                ? NerCandidates.NOTHING_TO_FIND
                : fits ? NerCandidates.CANDIDATE : NerCandidates.TOO_LONG;
        assertEquals(expected, chosen[i], "round " + round + ", sentence " + i);
      }
      NerCandidates.Spans index = new NerCandidates.Spans(db, de);
      for (int offset = -1; offset <= text.length(); offset++) {
        boolean linear = false;
        for (int k = 0; k < spans; k++) linear |= db[k] <= offset && offset <= de[k];
        assertEquals(linear, index.covers(offset), "offset " + offset);
      }
    }
  }
}
