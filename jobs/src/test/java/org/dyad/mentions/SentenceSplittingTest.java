package org.dyad.mentions;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Sentences keep datelines, dates and abbreviations whole: Reuters datelines with a state
 * ("SOUTHFIELD, Mich., March 9 -"), a day number at a line's start, today's date styles.
 */
class SentenceSplittingTest {

  static List<String> sentences(String text) throws IOException {
    List<Row> rows =
        TinyDictionary.pipeline()
            .transform(
                SparkTestSession.get()
                    .createDataset(List.of(text), Encoders.STRING())
                    .toDF(NlpPipelines.TEXT))
            .select(col(NlpPipelines.SENTENCE + ".result"))
            .collectAsList();
    return rows.get(0).<String>getList(0).stream().map(s -> s.replaceAll("\\s+", " ")).toList();
  }

  @Test
  void aReutersDatelineWithItsStateStaysInItsSentence() throws IOException {
    assertEquals(
        List.of(
            "SOUTHFIELD, Mich., March 9 - Federal-Mogul Corp said it sold its unit.",
            "The sale closes in April."),
        sentences(
            "SOUTHFIELD, Mich., March 9 - Federal-Mogul Corp said it sold its unit.\n"
                + "The sale closes in April."));
    assertEquals(
        List.of("SUFFIELD, Conn., Feb 26 - Suffield Financial Corp said it agreed."),
        sentences("SUFFIELD, Conn., Feb 26 - Suffield Financial Corp said it agreed."));
  }

  @Test
  void aDayNumberAtALinesStartIsNoListItem() throws IOException {
    assertEquals(
        List.of(
            "The new prices are effective March\n18.".replace("\n", " "),
            "ChemLawn said it would appeal."),
        sentences("The new prices are effective March\n18. ChemLawn said it would appeal."));
    assertEquals(
        List.of(
            "The vote is due on Nov. 27.",
            "The proposed deal also has the backing of India, officials said."),
        sentences(
            "The vote is due on Nov. 27. The proposed deal also has the backing of India,"
                + " officials said."));
  }

  @Test
  void todaysDateStylesStayWhole() throws IOException {
    assertEquals(
        List.of(
            "KYIV, Ukraine (AP) \u2014 Russia struck the city on Feb. 24, 2022, officials said.",
            "On 5 March 2025 the talks resumed in Jeddah."),
        sentences(
            "KYIV, Ukraine (AP) \u2014 Russia struck the city on Feb. 24, 2022, officials said. On"
                + " 5 March 2025 the talks resumed in Jeddah."));
  }
}
