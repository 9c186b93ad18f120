package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.TestPaths;
import org.dyad.actors.Agents;
import org.dyad.events.EventCoder;
import org.dyad.events.EventTypes;
import org.dyad.events.VerbDictionary;
import org.junit.jupiter.api.Test;

/**
 * PLOVER's gold records are read whole, named as the records name types, and Dyad's coder keeps at
 * least the share it codes today (docs/QUALITY.md, "Events").
 */
class PloverRecordsTest {
  static Path file() {
    return TestPaths.repo()
        .resolve("../shared/data/event_coding/plover/PLOVER_GSR_CAMEO.txt")
        .normalize();
  }

  @Test
  void everyRecordIsReadWithItsSides() throws IOException {
    List<PloverRecords.Record> records = PloverRecords.read(file());
    assertEquals(322, records.size());
    PloverRecords.Record first = records.get(0);
    assertEquals("AGREE", first.type());
    assertEquals("HUNGOV", first.sources().get(0).code());
    assertEquals("Hungarian", first.sources().get(0).text());
  }

  @Test
  void codesAreNamedAsTheRecordsNameTypes() {
    assertEquals("DEMAND", PloverRecords.gsrType("100"));
    assertEquals("DISAPPROVE", PloverRecords.gsrType("112"));
    assertEquals("FIGHT", PloverRecords.gsrType("190"));
    assertEquals("CONCEDE", PloverRecords.gsrType("081"));
    assertEquals("RETREAT", PloverRecords.gsrType("0871"));
    assertNull(PloverRecords.gsrType("010"));
  }

  @Test
  void theCoderKeepsItsShareOfThePloverRecords() throws IOException {
    PloverRecords.Score s =
        PloverRecords.score(
            PloverRecords.read(file()),
            new EventCoder(VerbDictionary.shipped(), Agents.load()),
            EventTypes.shipped());
    assertTrue(s.rightType() >= 100, "an event of the record's type: " + s.rightType());
    assertTrue(
        s.rightSides() >= s.withBothSides() - 3,
        "source and target right: " + s.rightSides() + " of " + s.withBothSides());
  }
}
