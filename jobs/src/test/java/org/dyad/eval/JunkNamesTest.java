package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The measures of issue 31 that need no Spark: junk names and cut sentences. */
class JunkNamesTest {
  @Test
  void namesAReaderWouldNotTakeForNames() {
    assertNotNull(JunkNames.reason("We\u2019re", "person"));
    assertNotNull(JunkNames.reason("Both Dadaab", "organisation"));
    assertNotNull(JunkNames.reason("Moise Shortly", "person"));
    assertNotNull(JunkNames.reason("MARANCHON", "person"));
    assertNotNull(JunkNames.reason("Afghanistan,\u201d Mujahid", "person"));
    assertNull(JunkNames.reason("Abdel Fattah al-Burhan", "person"));
    assertNull(JunkNames.reason("O'Brien", "person"));
    assertNull(JunkNames.reason("NATO", "organisation"));
    assertNull(JunkNames.reason("Both Dadaab", "location"), "places are not judged");
  }

  @Test
  void sentencesCutAtADatelineOrADate() {
    assertNotNull(ActorAudit.cut(", March 9 - ChemLawn said it raised its offer."));
    assertNotNull(ActorAudit.cut("18. ChemLawn said the offer was too low."));
    assertNotNull(ActorAudit.cut("The offer is effective March"));
    assertNotNull(ActorAudit.cut("He has travelled there four times since Oct."));
    assertNull(ActorAudit.cut("The company was founded in May."));
    assertNull(ActorAudit.cut("Imports will peak during Jan/Sept."));
    assertNull(ActorAudit.cut(" 1  White Club Wheat  296-341 dn 38-dn 1"));
    assertNull(ActorAudit.cut("SOUTHFIELD, Mich., March 9 - ChemLawn said it raised its offer."));
  }
}
