package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorFileTest {
  private static List<ActorFile.Entry> read(String text) throws IOException {
    return ActorFile.read(new BufferedReader(new StringReader(text)), "my-actors.txt");
  }

  @Test
  void readsEveryField() throws IOException {
    List<ActorFile.Entry> e =
        read(
            "# comment line\n\n"
                + "Donald Trump | person | USAGOV | 2017-01-20..2021-01-20 | Trump; President Trump"
                + " | https://example.org # trailing\n"
                + "Iran | country | IRN | | Iranian@demonym; Tehran@capital; Persians* | Phoenix\n"
                + "Acme | organisation\n");
    assertEquals(3, e.size());
    ActorFile.Entry trump = e.get(0);
    assertEquals("Donald Trump", trump.name());
    assertEquals(ActorType.PERSON, trump.type());
    assertEquals("USAGOV", trump.code());
    assertEquals(LocalDate.of(2017, 1, 20), trump.from());
    assertEquals(LocalDate.of(2021, 1, 20), trump.to());
    assertEquals(
        List.of(
            new Alias("Trump", AliasKind.NAME, false),
            new Alias("President Trump", AliasKind.NAME, false)),
        trump.aliases());
    assertEquals("https://example.org", trump.source());
    assertEquals(3, trump.line());
    List<Alias> iran = e.get(1).aliases();
    assertEquals(new Alias("Iranian", AliasKind.DEMONYM, false), iran.get(0));
    assertEquals(new Alias("Tehran", AliasKind.CAPITAL, false), iran.get(1));
    assertEquals(new Alias("Persians", AliasKind.NAME, true), iran.get(2));
    assertNull(e.get(2).code());
  }

  @Test
  void openEndedDates() throws IOException {
    ActorFile.Entry e =
        read("A | person | USAGOV | 2025-01-20..\nB | person | USAGOV | ..1999-12-31\n").get(0);
    assertEquals(LocalDate.of(2025, 1, 20), e.from());
    assertNull(e.to());
  }

  @Test
  void badLinesFailWithFileLineAndReason() {
    String[][] cases = {
      {"ok | person\nX | persn | USAGOV", "my-actors.txt:2: unknown type 'persn'"},
      {"X | person | usagov", "my-actors.txt:1: code 'usagov'"},
      {"X | person | USAGOV | 2019-05-15", "my-actors.txt:1: dates '2019-05-15' must be FROM..TO"},
      {
        "X | person | USAGOV | 2019-13-01..", "my-actors.txt:1: date '2019-13-01' is not YYYY-MM-DD"
      },
      {"X | person | USAGOV | 2020-01-01..2019-01-01", "end before they start"},
      {"X | person | | 2020-01-01..", "dates without a code"},
      {"X", "my-actors.txt:1: expected 2 to 6 fields"},
      {" | person", "empty name"},
      {"X | person | USAGOV | | a@town", "unknown alias kind '@town'"},
      {"X | person | | | a; ;b", null},
    };
    for (String[] c : cases) {
      if (c[1] == null) {
        assertDoesNotThrow(() -> read(c[0]), c[0]);
        continue;
      }
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> read(c[0]), c[0]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void writeThenReadGivesTheSameEntry() throws IOException {
    StringWriter out = new StringWriter();
    List<Alias> aliases =
        List.of(
            new Alias("Tehran", AliasKind.CAPITAL, false),
            new Alias("Iranians", AliasKind.NAME, true));
    ActorFile.write(out, "Iran", ActorType.COUNTRY, new Role("IRN", null, null), aliases, "src");
    ActorFile.Entry e = read(out.toString()).get(0);
    assertEquals("Iran", e.name());
    assertEquals(ActorType.COUNTRY, e.type());
    assertEquals("IRN", e.code());
    assertEquals(aliases, e.aliases());
    assertEquals("src", e.source());
  }
}
