package org.dyad.relations;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The affiliation expression Cooccurrence runs, evaluated by Spark on pairs of actors (type, id,
 * country, code).
 */
class AffiliationTest {
  private static final String[] COLS = {"ta", "ia", "ca", "ka", "tb", "ib", "cb", "kb"};

  private static List<Boolean> affiliations(String[]... pairs) {
    List<StructField> fields = new ArrayList<>();
    for (String c : COLS) fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    List<Row> rows = new ArrayList<>();
    for (String[] p : pairs) rows.add(RowFactory.create((Object[]) p));
    Dataset<Row> d =
        SparkTestSession.get().createDataFrame(rows, DataTypes.createStructType(fields));
    List<Boolean> out = new ArrayList<>();
    for (Row r :
        d.select(
                Cooccurrence.affiliation(
                    col("ta"), col("ia"), col("ca"), col("ka"), col("tb"), col("ib"), col("cb"),
                    col("kb")))
            .collectAsList()) {
      out.add(r.getBoolean(0));
    }
    return out;
  }

  @Test
  void whoSomeoneIsIsNotARelationship() {
    List<Boolean> a =
        affiliations(
            // Helmut Kohl (DEUGOV) and Germany
            new String[] {
              "country", "DEU", "DEU", "DEU", "person", "person:helmut-kohl", "DEU", "DEUGOV"
            },
            // Merrill Lynch (MNCUSA, no country of its own) and the United States
            new String[] {
              "country",
              "USA",
              "USA",
              "USA",
              "organisation",
              "organisation:merrill-lynch",
              null,
              "MNCUSA"
            },
            // the European Commission and the European Community (both IGOEUREEC)
            new String[] {
              "organisation",
              "organisation:european-commission",
              null,
              "IGOEUREEC",
              "organisation",
              "organisation:european-community",
              null,
              "IGOEUREEC"
            },
            // George Shultz (USAGOV) and the Department of State (USAGOV)
            new String[] {
              "organisation",
              "organisation:department-of-state",
              "USA",
              "USAGOV",
              "person",
              "person:george-shultz",
              "USA",
              "USAGOV"
            },
            // the House (USALEG, from its story) and Congress (USAGOVLEG): one branch of one state
            new String[] {
              "organisation",
              "organisation:house-usa",
              "USA",
              "USALEG",
              "organisation",
              "organisation:united-states-congress",
              "USA",
              "USAGOVLEG"
            });
    assertEquals(List.of(true, true, true, true, true), a);
  }

  @Test
  void anActorTheStorySaysBelongsToTheOtherIsAnAffiliation() {
    List<Row> rows =
        SparkTestSession.get()
            .sql(
                "select * from values ('person:john-akers', 'organisation:ibm', 'organisation:ibm',"
                    + " null), ('organisation:ibm', null, 'person:john-akers', 'organisation:ibm'),"
                    + " ('person:john-akers', 'organisation:ibm', 'organisation:texaco', null),"
                    + " ('person:a', null, 'person:b', null) as t(ia, fa, ib, fb)")
            .select(Cooccurrence.affiliated(col("ia"), col("fa"), col("ib"), col("fb")))
            .collectAsList();
    assertEquals(
        List.of(true, true, false, false), rows.stream().map(r -> r.getBoolean(0)).toList());
  }

  @Test
  void twoPartiesAreARelationship() {
    List<Boolean> a =
        affiliations(
            // Merrill Lynch (MNCUSA) and the United Kingdom: a company abroad, not its home
            new String[] {
              "country",
              "GBR",
              "GBR",
              "GBR",
              "organisation",
              "organisation:merrill-lynch",
              null,
              "MNCUSA"
            },
            // two American companies are two actors, even with one home
            new String[] {
              "organisation",
              "organisation:chrysler",
              null,
              "MNCUSA",
              "organisation",
              "organisation:texaco",
              null,
              "MNCUSA"
            },
            // Iran and the United States
            new String[] {"country", "IRN", "IRN", "IRN", "country", "USA", "USA", "USA"},
            // the IMF and the World Bank: two organisations with codes of their own
            new String[] {
              "organisation",
              "organisation:imf",
              null,
              "IGOWLDIMF",
              "organisation",
              "organisation:world-bank",
              null,
              "IGOWLDWBK"
            },
            // an actor without country or code and a country
            new String[] {
              "country", "USA", "USA", "USA", "organisation", "organisation:pennzoil", null, null
            },
            // the legislatures of two countries; the government and the legislature of one
            new String[] {
              "organisation",
              "organisation:bundestag",
              "DEU",
              "DEULEG",
              "organisation",
              "organisation:united-states-congress",
              "USA",
              "USAGOVLEG"
            },
            new String[] {
              "organisation",
              "organisation:department-of-state",
              "USA",
              "USAGOV",
              "organisation",
              "organisation:united-states-congress",
              "USA",
              "USAGOVLEG"
            });
    assertEquals(List.of(false, false, false, false, false, false, false), a);
  }
}
