package org.dyad.relations;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

/** An organisation's home country from the datelines of its stories (for affiliations only). */
class HomesTest {
  @Test
  void theDatelineOfMostOfAnOrganisationsStoriesIsItsHome() {
    String rows =
        String.join(
            ", ",
            // Texaco: three stories from Houston, one from Tokyo -> USA
            "('a1', 0, 'HOUSTON', 'USA', 'location', 'location:houston')",
            "('a1', 20, 'Texaco', null, 'organisation', 'organisation:texaco')",
            "('a2', 0, 'HOUSTON', 'USA', 'location', 'location:houston')",
            "('a2', 30, 'Texaco', null, 'organisation', 'organisation:texaco')",
            "('a3', 0, 'WHITE PLAINS', 'USA', 'location', 'location:white-plains')",
            "('a3', 25, 'Texaco Inc', null, 'organisation', 'organisation:texaco')",
            "('a4', 0, 'TOKYO', 'JPN', 'location', 'location:tokyo')",
            "('a4', 22, 'Texaco', null, 'organisation', 'organisation:texaco')",
            // Dome: two stories only -> no home
            "('a5', 0, 'CALGARY', 'CAN', 'location', 'location:calgary')",
            "('a5', 21, 'Dome', null, 'organisation', 'organisation:dome')",
            "('a6', 0, 'TORONTO', 'CAN', 'location', 'location:toronto')",
            "('a6', 21, 'Dome', null, 'organisation', 'organisation:dome')",
            // Acme: three stories, from three countries -> no home
            "('a7', 0, 'LONDON', 'GBR', 'location', 'location:london')",
            "('a7', 21, 'Acme', null, 'organisation', 'organisation:acme')",
            "('a8', 0, 'PARIS', 'FRA', 'location', 'location:paris')",
            "('a8', 21, 'Acme', null, 'organisation', 'organisation:acme')",
            "('a9', 0, 'ROME', 'ITA', 'location', 'location:rome')",
            "('a9', 21, 'Acme', null, 'organisation', 'organisation:acme')",
            // a city named in the text, not the dateline, says nothing ("in Houston")
            "('a7', 50, 'Houston', 'USA', 'location', 'location:houston')");
    List<Row> homes =
        Occurrences.homes(
                SparkTestSession.get()
                    .sql(
                        "select * from values "
                            + rows
                            + " as t(article_id, begin, text, country, entity_type, actor_id)"))
            .orderBy("actor_id")
            .collectAsList();
    assertEquals(1, homes.size(), homes.toString());
    assertEquals("organisation:texaco", homes.get(0).getString(0));
    assertEquals("USA", homes.get(0).getString(1));
  }
}
