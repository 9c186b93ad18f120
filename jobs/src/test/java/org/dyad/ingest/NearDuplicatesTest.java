package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.SparkTestSession;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final NearDuplicates.Settings SETTINGS =
      new NearDuplicates.Settings(0.7, 3, 20, 5, 5, 1L);

  private static final String STORY =
      "Secretary of State Mike Pompeo made an unscheduled stop in Brussels on Monday to discuss"
          + " Iran with European counterparts as the foreign ministers of the European Union met in"
          + " the Belgian capital and EU foreign policy chief Federica Mogherini called for maximum"
          + " restraint while British Foreign Secretary Jeremy Hunt warned of the risk of a"
          + " conflict happening by accident with an escalation that is unintended on either side";

  private static Dataset<Row> articles(Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(
          RowFactory.create(
              r[0],
              r[1] == null ? null : Timestamp.from(Instant.parse((String) r[1])),
              null,
              r[2]));
    }
    return SparkTestSession.get()
        .createDataFrame(
            list,
            DataTypes.createStructType(
                new StructField[] {
                  DataTypes.createStructField(Col.ARTICLE_ID, DataTypes.StringType, false),
                  DataTypes.createStructField(Col.PUBLISHED, DataTypes.TimestampType, true),
                  DataTypes.createStructField(Col.TITLE, DataTypes.StringType, true),
                  DataTypes.createStructField(Col.TEXT, DataTypes.StringType, false)
                }));
  }

  private static Map<String, Row> mark(Dataset<Row> articles) {
    Map<String, Row> out = new HashMap<>();
    NearDuplicates.mark(articles, SETTINGS)
        .collectAsList()
        .forEach(r -> out.put(r.getAs(Col.ARTICLE_ID), r));
    return out;
  }

  @Test
  void marksEditedCopiesAndPointsChainsToTheFirstArticle() {
    String edit1 = STORY.replace("unscheduled", "unannounced");
    String edit2 = edit1.replace("called for maximum restraint", "urged the greatest restraint");
    Map<String, Row> out =
        mark(
            articles(
                new Object[] {"orig", "2019-05-13T10:00:00Z", STORY},
                new Object[] {"copy1", "2019-05-13T11:00:00Z", edit1},
                new Object[] {"copy2", "2019-05-13T12:00:00Z", edit2},
                new Object[] {"undated-copy", null, STORY + " and more"},
                new Object[] {
                  "other",
                  "2019-05-12T00:00:00Z",
                  "Iran said it would stop complying with parts of the nuclear deal signed in 2015"
                      + " with world powers after the United States withdrew last year"
                },
                new Object[] {"short", "2019-05-13T09:00:00Z", "Pompeo Brussels"}));
    assertNull(out.get("orig").getAs(Col.DUPLICATE_OF));
    assertEquals("orig", out.get("copy1").getAs(Col.DUPLICATE_OF));
    assertEquals(
        "orig", out.get("copy2").getAs(Col.DUPLICATE_OF), "chains end at the first article");
    assertEquals(
        "orig",
        out.get("undated-copy").getAs(Col.DUPLICATE_OF),
        "undated copies come after dated ones");
    assertNull(out.get("other").getAs(Col.DUPLICATE_OF));
    assertNull(out.get("short").getAs(Col.DUPLICATE_OF));
    double s = out.get("copy1").getAs(Col.DUPLICATE_SIMILARITY);
    assertTrue(s >= 0.7 && s < 1.0, "similarity " + s);
  }

  @Test
  void jaccardOfShingleSets() {
    assertEquals(
        0.5,
        NearDuplicates.jaccard(
            Vectors.sparse(10, new int[] {1, 2, 3}, new double[] {1, 1, 1}),
            Vectors.sparse(10, new int[] {2, 3, 4}, new double[] {1, 1, 1})),
        1e-12);
    assertEquals(
        0.0,
        NearDuplicates.jaccard(
            Vectors.sparse(10, new int[] {}, new double[] {}),
            Vectors.sparse(10, new int[] {}, new double[] {})));
  }

  @Test
  void sameInputSameMarks() {
    Dataset<Row> in =
        articles(
            new Object[] {"a", "2019-01-01T00:00:00Z", STORY},
            new Object[] {"b", "2019-01-02T00:00:00Z", STORY.replace("Monday", "Tuesday")});
    assertEquals(
        mark(in).get("b").<String>getAs(Col.DUPLICATE_OF),
        mark(in).get("b").<String>getAs(Col.DUPLICATE_OF));
    assertEquals("a", mark(in).get("b").getAs(Col.DUPLICATE_OF));
  }

  @Test
  void minHashesAreSparkMinHashLshValues() {
    MinHashLSHModel lsh =
        new MinHashLSH()
            .setNumHashTables(100)
            .setSeed(7)
            .setInputCol("f")
            .setOutputCol("h")
            .fit(
                SparkTestSession.get()
                    .createDataFrame(
                        List.of(
                            RowFactory.create(
                                Vectors.sparse(1 << 22, new int[] {1}, new double[] {1}))),
                        DataTypes.createStructType(
                            new StructField[] {
                              DataTypes.createStructField("f", new VectorUDT(), false)
                            })));
    long[][] coefficients = NearDuplicates.coefficients(lsh);
    int[][] sets = {{0}, {3, 17, 4_194_303}, {5, 6, 7, 8, 9, 1_000_000, 2_000_000, 3_000_000}};
    for (int[] set : sets) {
      Vector v = Vectors.sparse(1 << 22, set, Arrays.stream(set).mapToDouble(x -> 1).toArray());
      Vector[] spark = lsh.hashFunction(v);
      double[] ours = NearDuplicates.minHashes(set, coefficients);
      assertEquals(spark.length, ours.length);
      for (int k = 0; k < ours.length; k++)
        assertEquals(spark[k].apply(0), ours[k], "hash function " + k);
    }
  }
}
