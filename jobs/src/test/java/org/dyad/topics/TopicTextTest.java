package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.SparkTestSession;
import org.dyad.config.TopicsConfig;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

class TopicTextTest {
  private static Dataset<Row> articles(Row... rows) {
    return SparkTestSession.get()
        .createDataFrame(
            List.of(rows),
            DataTypes.createStructType(
                new StructField[] {
                  DataTypes.createStructField(Col.ARTICLE_ID, DataTypes.StringType, false),
                  DataTypes.createStructField(Col.TITLE, DataTypes.StringType, true),
                  DataTypes.createStructField(Col.TEXT, DataTypes.StringType, false),
                  DataTypes.createStructField(Col.PUBLISHED, DataTypes.TimestampType, true),
                  DataTypes.createStructField(Col.DUPLICATE_OF, DataTypes.StringType, true)
                }));
  }

  private static List<String> terms(Row r) {
    return r.getList(r.fieldIndex(TopicText.TERMS));
  }

  @Test
  void boilerplateNumbersAndStopWordsGoAndWordsAreStemmed() {
    Timestamp t = Timestamp.valueOf("1987-04-08 00:00:00");
    Dataset<Row> a =
        articles(
            RowFactory.create(
                "r1",
                "OPEC OIL OUTPUT",
                "HOUSTON, April 8 - OPEC said its members were producing 15.8 mln barrels of crude"
                    + " oil a day in March.\n"
                    + " Reuter\u0003",
                t,
                null),
            RowFactory.create("r2", null, "12 34 56", null, "r1"),
            RowFactory.create("r3", null, "The companies said they would merge.", t, null));
    List<Row> rows =
        TopicText.terms(a, new TopicsConfig().settings(), SparkTestSession.text())
            .orderBy(Col.ARTICLE_ID)
            .collectAsList();
    List<String> oil = terms(rows.get(0));
    assertEquals(
        List.of(
            "opec", "oil", "output", "opec", "member", "produc", "mln", "barrel", "crude", "oil",
            "dai"),
        oil);
    assertFalse(oil.contains("houston"), "the dateline is cut");
    assertFalse(
        oil.contains("reuter") || oil.contains("said") || oil.contains("march"),
        "boilerplate, reporting verbs and months go");
    assertEquals(
        List.of(
            "opec",
            "oil",
            "output",
            "opec",
            "members",
            "producing",
            "mln",
            "barrels",
            "crude",
            "oil",
            "day"),
        rows.get(0).getList(rows.get(0).fieldIndex(TopicText.WORDS)));
    assertTrue(rows.get(0).<Boolean>getAs(TopicText.STORY));
    assertEquals(
        List.of(), terms(rows.get(1)), "numbers only: no usable terms, but the article is kept");
    assertFalse(rows.get(1).<Boolean>getAs(TopicText.STORY), "a near-duplicate is not a story");
    assertEquals(List.of("compani", "merg"), terms(rows.get(2)));
  }

  @Test
  void wordsWithoutStemming() {
    TopicsConfig c = new TopicsConfig();
    c.stem = false;
    Row r =
        TopicText.terms(
                articles(RowFactory.create("x", "Grain", "Wheat exports rose.", null, null)),
                c.settings(),
                SparkTestSession.text())
            .first();
    assertEquals(List.of("grain", "wheat", "exports", "rose"), terms(r));
  }

  @Test
  void theStopWordListHasSparksWordsAndTheNewsWords() {
    List<String> words = List.of(TopicText.stopWords());
    assertTrue(
        words.containsAll(
            List.of("the", "and", "said", "reuter", "would", "monday", "dont", "don't")));
    assertFalse(words.contains("oil"));
  }
}
