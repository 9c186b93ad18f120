package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Dyad's shared text pipeline on today's news: typographic punctuation, abbreviations, hyphens. */
class TextPipelineTest {
  private static Row annotate(String text) {
    Dataset<Row> d =
        SparkTestSession.get()
            .createDataset(List.of(text), Encoders.STRING())
            .toDF(NlpPipelines.TEXT);
    return SparkTestSession.text()
        .sentencesAndTokens()
        .transform(d)
        .select(col(NlpPipelines.SENTENCE + ".result"), col(NlpPipelines.TOKEN + ".result"))
        .first();
  }

  @Test
  void typographicQuotesAndApostrophesStandApartFromWords() {
    List<String> tokens =
        annotate("Zelensky’s office said “we will fight,” and Kuleba’s aides agreed.").getList(1);
    assertTrue(
        tokens.containsAll(List.of("Zelensky", "’s", "“", "we", "fight", "Kuleba")),
        tokens.toString());
    List<String> more =
        annotate("He told Fox News’ “Sunday Morning Futures” – and left.").getList(1);
    assertTrue(more.containsAll(List.of("News", "“", "Sunday", "Futures", "–")), more.toString());
    // No word carries a quotation mark: punctuation may group (",”"), words stay clean.
    for (List<String> t : List.of(tokens, more)) {
      for (String w : t) {
        if (w.chars().anyMatch(Character::isLetter))
          assertFalse(w.matches(".*[“”‘\"].*") || (w.contains("’") && !w.equals("’s")), w);
      }
    }
  }

  @Test
  void aSentenceStillEndsAtUSBeforeASentenceStarter() {
    List<String> sentences =
        annotate("The troops returned to the U.S. The president thanked them.").getList(0);
    assertEquals(2, sentences.size(), sentences.toString());
  }

  @Test
  void aSentenceDoesNotEndAtUS() {
    List<String> sentences =
        annotate(
                "Netanyahu spoke with U.S. President Joe Biden, who pledged support. Gallant told"
                    + " troops to prepare.")
            .getList(0);
    assertEquals(2, sentences.size(), sentences.toString());
    assertTrue(sentences.get(0).contains("U.S. President Joe Biden"), sentences.toString());
  }
}
