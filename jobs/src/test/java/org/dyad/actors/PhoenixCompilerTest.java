package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dyad.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiler on the real Phoenix dictionaries in ../shared, and the gazetteer Dyad ships. */
class PhoenixCompilerTest {
  static String compiled;
  static PhoenixCompiler.Report report;
  static ActorDictionary dictionary;

  @BeforeAll
  static void compile() throws IOException {
    StringWriter out = new StringWriter();
    report =
        new PhoenixCompiler()
            .compile(
                TestPaths.sharedData("petrarch2_cameo_dictionaries"),
                TestPaths.sharedData("countryinfo/CountryInfo.120116.txt"),
                TestPaths.sharedData("cameo_codebook/countrynames.txt"),
                out);
    compiled = out.toString();
    dictionary = ActorDictionary.of(Map.of("compiled", compiled));
  }

  @Test
  void countsAreThoseOfTheSource() {
    assertTrue(report.entries() > 27_000, "entries " + report.entries());
    assertTrue(report.actors() > 25_000, "actors " + report.actors());
    assertEquals(3, report.droppedMojibake(), "names with U+FFFD are dropped");
    assertTrue(compiled.startsWith("# Dyad actor gazetteer"), "the attribution header comes first");
    assertTrue(compiled.contains("MIT License") && compiled.contains("Attribution-ShareAlike"));
  }

  @Test
  void countriesCarryTheirCapitalCitiesAndDemonyms() {
    Actor iran = dictionary.actor("IRN");
    assertEquals("Iran", iran.name);
    assertEquals(ActorType.COUNTRY, iran.type);
    assertTrue(iran.aliases.contains(new Alias("TEHRAN", AliasKind.CAPITAL, false)));
    assertTrue(iran.aliases.contains(new Alias("ISFAHAN", AliasKind.CITY, false)));
    assertTrue(iran.aliases.contains(new Alias("IRANIAN", AliasKind.DEMONYM, false)));
    assertEquals(
        "IRQ",
        dictionary.candidates("Iraq").get(0).actorId(),
        "Iraq, whose roles are dated, is still a country");
  }

  @Test
  void oneOrganisationListedUnderSeveralEntriesIsOneActor() {
    String asean = dictionary.candidates("ASEAN").get(0).actorId();
    assertEquals(
        asean, dictionary.candidates("Association of Southeast Asian Nations").get(0).actorId());
    assertEquals(
        asean, dictionary.candidates("Association of South East Asian Nations").get(0).actorId());
    assertEquals("Association of Southeast Asian Nations", dictionary.actor(asean).name);
    String un = dictionary.candidates("United Nations").get(0).actorId();
    assertEquals(un, dictionary.candidates("UN").get(0).actorId());
    assertEquals(un, dictionary.candidates("U.N.").get(0).actorId());
    // Initials skip legal forms: BP is not Barclays PLC, though the two share a code.
    assertNotEquals(
        dictionary.candidates("BP").get(0).actorId(),
        dictionary.candidates("Barclays PLC").get(0).actorId());
    assertTrue(report.folded().contains("ASEAN -> Association of Southeast Asian Nations"));
    assertFalse(PhoenixCompiler.sameOrganisation("Barclays PLC", "BP", true));
    assertFalse(PhoenixCompiler.sameOrganisation("United Nations Security Council", "UN", true));
    // Companies share a code (MNCUSA): their initials collide, so they are not folded by them.
    assertFalse(PhoenixCompiler.sameOrganisation("General Mills", "GM", false));
    assertTrue(PhoenixCompiler.sameOrganisation("J.P. Morgan Chase", "JP Morgan Chase", false));
    assertTrue(
        report.folded().stream().noneMatch(f -> f.startsWith("Cibc ->")),
        report.folded().toString());
  }

  @Test
  void sixDigitDatesAreWindowed() {
    assertEquals(LocalDate.of(2003, 1, 1), PhoenixCompiler.date("030101"));
    assertEquals(LocalDate.of(1946, 1, 1), PhoenixCompiler.date("460101"));
    assertEquals(LocalDate.of(2013, 8, 15), PhoenixCompiler.date("20130815"));
    assertEquals(
        new Role("IRNGOV", LocalDate.of(2005, 8, 3), LocalDate.of(2013, 8, 3)),
        PhoenixCompiler.role("IRNGOV 20050803-20130803"));
    assertEquals(
        new Role("IRNGOV", LocalDate.of(2000, 2, 18), null),
        PhoenixCompiler.role("IRNGOV >20000218"));
    assertEquals(
        new Role("IRNELI", null, LocalDate.of(1981, 6, 22)),
        PhoenixCompiler.role("IRNELI <810622"));
    assertNull(
        PhoenixCompiler.role("KORGOVBUS 2004017-20061201"), "seven digits: unreadable, dropped");
  }

  @Test
  void personsAreNamedWithoutHonorificsAndKeepTheirRoles() {
    Actor khamenei = dictionary.actor("person:ali-khamenei");
    assertNotNull(khamenei);
    assertEquals(ActorType.PERSON, khamenei.type);
    assertEquals("IRNGOV", khamenei.roleOn(LocalDate.of(2019, 5, 15)).orElseThrow().role().code());
    assertEquals("person:ali-khamenei", dictionary.candidates("Ali Khamenei").get(0).actorId());
    assertEquals("organisation:white-house", dictionary.candidates("White House").get(0).actorId());
  }

  @Test
  void theShippedGazetteerIsThisCompilersOutput() throws IOException {
    try (var in =
        new GZIPInputStream(
            ActorDictionary.class.getResourceAsStream(ActorDictionary.GAZETTEER_RESOURCE))) {
      assertEquals(
          compiled,
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "regenerate it with `scripts/dyad compile-actors`");
    }
  }
}
