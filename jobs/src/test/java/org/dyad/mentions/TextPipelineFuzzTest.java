package org.dyad.mentions;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The text preparation and the dictionary matcher over generated texts of today's typography:
 * typographic and straight quotes, a quoted sub-heading right after a closing quote, apostrophes,
 * dashes, abbreviations before quotes, odd spacing. None may fail, and every sentence and token
 * must be the text at its offsets, in order (issue 31: `... Islamic values." 'Hostility is directed
 * at women' Khoshbo ...` failed a whole 2025 story with "begin 1054, end 1053").
 */
class TextPipelineFuzzTest {

  static final String[] PIECES = {
    "Iran",
    "Tehran",
    "the U.S.",
    "U.S.",
    "Washington",
    "Khoshbo",
    "believes",
    "said",
    "Islamic",
    "values.",
    "values.\"",
    "values.\u201d",
    "\"",
    "'",
    "\u2018",
    "\u2019",
    "\u201c",
    "\u201d",
    "'Hostility",
    "women'",
    "\u2018Hostility",
    "women\u2019",
    "\u2014",
    "\u2013",
    " - ",
    "Mr.",
    "Gen.",
    "Jan.",
    "No.",
    "U.N.",
    "Inc.",
    "Corp.",
    "Ltd.",
    "St.",
    "Conn.,",
    "March 9 -",
    "9.",
    "27.",
    "\n",
    "\n\n",
    "  ",
    "\u00a0",
    "\t",
    "It",
    "The",
    "is",
    "a",
    "war",
    "?",
    "!",
    "...",
    "\u2026",
    "(",
    ")",
    "'s",
    "\u2019s",
    "Iran's",
    "Iran\u2019s",
    "O'Brien",
    "rock 'n' roll",
    "$5",
    "'$everyone",
    "attack\"",
    "\u201c'",
    "'\u201d",
    ".'",
    ".\u2019\u201d",
    "\"'",
    "'\""
  };

  static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 5 + r.nextInt(60);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
      if (r.nextInt(5) != 0) b.append(' ');
    }
    return b.toString();
  }

  @Test
  void sentencesAndTokensAreTheTextAtTheirOffsets() throws IOException {
    PipelineModel pipeline = TinyDictionary.pipeline();
    Random r = new Random(2025);
    List<String> texts = new ArrayList<>();
    texts.add(
        "Khoshbo said the decree is not about faith. \"This is not about Islamic values.\""
            + " 'Hostility is directed at women' Khoshbo believes the U.S. 'will not act'.");
    for (int i = 0; i < 3000; i++) texts.add(text(r));
    List<Row> rows =
        pipeline
            .transform(
                SparkTestSession.get()
                    .createDataset(texts, Encoders.STRING())
                    .toDF(NlpPipelines.TEXT))
            .select(
                col(NlpPipelines.TEXT),
                col(NlpPipelines.SENTENCE),
                col(NlpPipelines.TOKEN),
                col(NlpPipelines.DICTIONARY_CHUNK))
            .collectAsList();
    List<String> problems = new ArrayList<>();
    for (Row row : rows) {
      String text = row.getString(0);
      for (int f = 1; f <= 3 && problems.size() < 10; f++) {
        int last = -1;
        for (Row a : row.<Row>getList(f)) {
          int b = a.getInt(a.fieldIndex("begin"));
          int e = a.getInt(a.fieldIndex("end"));
          String result = a.getString(a.fieldIndex("result"));
          String at = b >= 0 && e < text.length() && b <= e + 1 ? text.substring(b, e + 1) : null;
          boolean ok =
              at != null && (f == 1 ? at.strip().equals(result.strip()) : at.equals(result));
          if (f == 1 && b < last) ok = false;
          if (!ok)
            problems.add(
                (f == 1 ? "sentence" : f == 2 ? "token" : "match")
                    + " ["
                    + b
                    + ", "
                    + e
                    + "] '"
                    + result
                    + "' is '"
                    + at
                    + "' in: "
                    + text.replace("\n", "\\n"));
          last = Math.max(last, e);
        }
      }
    }
    assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
  }
}
