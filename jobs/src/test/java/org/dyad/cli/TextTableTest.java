package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextTableTest {
  static final List<String> H = List.of("period", "a", "strength", "evidence");
  static final List<List<String>> ROWS =
      List.of(
          List.of(
              "1987-W16",
              "Japan",
              "24",
              "TOKYO, April 17 - Japan said, \"we will\"\n"
                  + "retaliate against the United States if the tariffs stay in place for long"),
          List.of("1987-W17", "Iran, Islamic Republic of", "3", ""));

  @Test
  void aTableFitsTheTerminalAndAlignsNumbersRight() {
    String t = TextTable.render(H, ROWS, TextTable.Format.TABLE, 60, Set.of("strength"));
    for (String line : t.split("\n"))
      assertTrue(line.length() <= 60, "fits 60 columns: [" + line + "]");
    String[] lines = t.split("\n");
    assertTrue(lines[0].startsWith("period   a"), t);
    assertTrue(lines[2].contains("…"), "the widest column is cut: " + t);
    assertFalse(t.contains("\nretaliate"), "no raw line break inside a cell");
    int col = lines[0].indexOf("strength") + "strength".length();
    assertEquals('4', lines[2].charAt(col - 1), "numbers end under their header: " + t);
    assertEquals('3', lines[3].charAt(col - 1), t);
  }

  @Test
  void csvQuotesWhatNeedsIt() {
    String c = TextTable.render(H, ROWS, TextTable.Format.CSV, 80, Set.of());
    String[] lines = c.split("\r\n");
    assertEquals("period,a,strength,evidence", lines[0]);
    assertTrue(c.contains("\"TOKYO, April 17 - Japan said, \"\"we will\"\"\nretaliate"), c);
    assertTrue(c.contains("1987-W17,\"Iran, Islamic Republic of\",3,\r\n"), c);
  }

  @Test
  void jsonKeepsNumbersAsNumbersAndEmptyAsNull() throws Exception {
    String j = TextTable.render(H, ROWS, TextTable.Format.JSON, 80, Set.of("strength"));
    var a = new ObjectMapper().readTree(j);
    assertEquals(2, a.size());
    assertTrue(a.get(0).get("strength").isNumber());
    assertEquals(24, a.get(0).get("strength").asInt());
    assertTrue(a.get(1).get("evidence").isNull());
    assertTrue(a.get(0).get("evidence").asText().contains("\n"), "JSON keeps the text as it is");
  }

  @Test
  void theClosestActorsToAMistypedName() {
    List<String> names =
        List.of("United States", "Iran", "Iraq", "Ireland", "Mike Pompeo", "Israel");
    assertEquals("Iran", ActorNames.closest("Irna", names, 3).get(0));
    assertEquals(
        List.of("Mike Pompeo"), ActorNames.closest("pompeo", names, 1), "a part of the name first");
    assertEquals(2, ActorNames.distance("irna", "iran"));
  }
}
