package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actors of today's news (issue 31): news agencies cited are no actors, one actor per person and
 * organisation across spellings, names that are no names, dateline towns, a people that an armed
 * group is named after, an institution of the story's country.
 */
class TodaysNewsActorsTest {
  static MentionResolver resolver;

  @BeforeAll
  static void dictionary() throws IOException {
    resolver =
        Spans.resolver(
            "Sudan | country | SDN | | Sudan; Sudanese@demonym; Khartoum@capital",
            "China | country | CHN | | China; Chinese@demonym; Beijing@capital",
            "Russian Federation | country | RUS | | Russia; Moscow@capital",
            "Spain | country | ESP | | Spain; Spanish@demonym; Madrid@capital",
            "Cambodia | country | KHM | | Cambodia; Cambodian@demonym; Phnom Penh@capital",
            "United States | country | USA | | U.S.; United States; Washington@capital",
            "Myanmar | country | MMR | | Myanmar",
            "Reuters | organisation | MED | | Reuters",
            "Agence France-Presse | organisation | FRAMED | | AFP; Agence France-Presse",
            "BBC | organisation | MED | | BBC",
            "Wall Street Journal | organisation | MED | | Wall Street Journal",
            "United States Congress | organisation | USAGOVLEG | | U.S. Congress; Senate",
            "International Atomic Energy Agency | organisation | IGOUNOIAE | | International"
                + " Atomic Energy Agency",
            "IAEA | organisation | IGOUNOIAE | | IAEA",
            "Kachin Independence Army | group | MMRREB | | Kachin Independence Army",
            "Abdel Fattah al-Burhan | person | SDNMIL | 2018-02-26..2019-04-11 | Burhan",
            "Abdel Fattah al-Burhan | person | SDNGOV | 2019-04-12.. |",
            "Bob Dole | person | USALEG | 1969-01-03..1996-06-11 | Bob Dole",
            "Central Intelligence Agency | organisation | USASPY | | CIA",
            "Mossad | organisation | ISRSPY | | Mossad",
            "Bangladesh | country | BGD | | Bangladesh; Dhaka@capital",
            "Philippines | country | PHL | | Philippines; Manila@capital",
            "Argentina | country | ARG | | Argentina; Buenos Aires@capital",
            "Hasina Wajed | person | BGDGOV | 2009-01-06..2024-08-05 | Sheikh Hasina",
            "Hasina Wajed | person | BGDELI | 2024-08-06.. |",
            "Hossein Amir-Abdollahian | person | IRNGOV | 2021-08-25..2024-05-19 |",
            "Iran | country | IRN | | Iran; Iranian@demonym",
            "Taliban | group | AFGGOV | 2021-08-15.. | Taliban",
            "Ashraf Ghani | person | AFGGOV | 2014-09-29..2021-08-15 |",
            "Ashraf Ghani | person | AFGELI | 2021-08-16.. |",
            "Sri Lanka | country | LKA | | Sri Lanka; Colombo@capital",
            "Singapore | country | SGP | | Singapore",
            "Mahinda Yapa Abeywardena | person | LKAGOV | 2007-03-01..2010-04-30 |");
  }

  private static List<Mention> resolve(String text, LocalDate date, List<Span> d, List<Span> n) {
    return resolver.resolve("a1", text, date, Spans.oneSentence(text), d, n);
  }

  @SafeVarargs
  private static List<Span> all(List<Span>... lists) {
    List<Span> out = new ArrayList<>();
    for (List<Span> l : lists) out.addAll(l);
    return out;
  }

  private static List<String> ids(List<Mention> ms) {
    return ms.stream().map(Mention::actorId).distinct().toList();
  }

  private static final LocalDate SEPT_2024 = LocalDate.of(2024, 9, 12);

  @Test
  void anAgencyCitedAsTheSourceIsNoActor() {
    for (String text :
        List.of(
            "KHARTOUM, Sept 12 (Reuters) - The army rejected the plan.",
            "The army rejected the plan, two officials told Reuters.",
            "An AFP tally put the dead in Sudan at more than 700.",
            "According to an exclusive Reuters analysis, Sudan burned 70 villages.",
            "Sudan denied it, according to a BBC report.",
            "Sudan did not respond to a Reuters request for comment.",
            // Words of an act that are not one here: "close to", "in charge", a passive of others.
            "Sources close to the organization told Reuters the pullout led to the call.",
            "Sudan's officer in charge Constantin Politoff told Reuters after a session.",
            "Sudanese journalists told Reuters they had been barred from factories.")) {
      List<Mention> m =
          resolve(
              text, SEPT_2024, Spans.dictionary(text, "Reuters", "AFP", "BBC", "Sudan"), List.of());
      assertTrue(
          m.stream().noneMatch(x -> x.cameoCode() != null && x.cameoCode().endsWith("MED")),
          text + " -> " + m);
    }
  }

  @Test
  void anAgencySomethingHappensToStaysAnActor() {
    for (String text :
        List.of(
            "China expelled three Wall Street Journal reporters on Monday.",
            "Russia blocked the BBC on Friday.",
            "Reuters journalists were detained in Moscow.")) {
      List<Mention> m =
          resolve(
              text,
              SEPT_2024,
              Spans.dictionary(text, "Wall Street Journal", "BBC", "Reuters", "China", "Russia"),
              List.of());
      assertTrue(
          m.stream().anyMatch(x -> x.cameoCode() != null && x.cameoCode().endsWith("MED")),
          text + " -> " + m);
    }
  }

  @Test
  void theJournalistsOfACreditLineAreNoActors() {
    String text =
        "Sudan rejected the plan.\n(Reporting by Khalid Abdelaziz; Editing by Alex Richardson)";
    List<Mention> m =
        resolve(
            text,
            SEPT_2024,
            Spans.dictionary(text, "Sudan"),
            Spans.ner(text, "PER", "Khalid Abdelaziz", "Alex Richardson"));
    assertEquals(List.of("SDN"), ids(m));
  }

  @Test
  void aPersonUnderAShortGivenNameAndAMiddleInitialIsOneActor() {
    String text =
        "Republican Jim Risch said there was no need. A statement signed by James E. Risch and"
            + " Robert Menendez followed; Bob Menendez said so too.";
    List<Mention> m =
        resolve(
            text,
            SEPT_2024,
            List.of(),
            Spans.ner(
                text, "PER", "Jim Risch", "James E. Risch", "Robert Menendez", "Bob Menendez"));
    assertEquals(2, ids(m).size(), m.toString());
  }

  @Test
  void aGivenNameAloneIsThePersonTheStoryNamedInFull() {
    String text = "Prime Minister Mahathir Mohamad will review the deal. Mahathir, 92, said so.";
    List<Mention> m =
        resolve(
            text,
            SEPT_2024,
            List.of(),
            Spans.ner(text, "PER", "Mahathir Mohamad", "Mahathir,".substring(0, 8)));
    assertEquals(1, ids(m).size(), m.toString());
  }

  @Test
  void wordsThatAreNoNameAreNotTakenIntoOne() {
    String text =
        "\u201cWe\u2019re in control,\u201d he said. Both Dadaab and Kakuma were shut. Moise"
            + " Shortly left.";
    List<Mention> m =
        resolve(
            text,
            SEPT_2024,
            List.of(),
            all(
                Spans.ner(text, "PER", "We\u2019re", "Moise Shortly"),
                Spans.ner(text, "LOC", "Both Dadaab")));
    List<String> names = m.stream().map(Mention::actorName).toList();
    assertFalse(names.stream().anyMatch(n -> n.contains("We")), names.toString());
    assertTrue(names.contains("Moise"), names.toString());
    assertTrue(names.contains("Dadaab"), names.toString());
  }

  @Test
  void theDatelineTownIsAPlaceWhereverNerPutsIt() {
    String text =
        "MARANCHON, Spain, Aug 13 \u2013 Firefighters battled a fire. Residents of Maranchon stayed"
            + " in.";
    List<Mention> m =
        resolve(
            text,
            LocalDate.of(2018, 8, 13),
            Spans.dictionary(text, "Spain"),
            all(Spans.ner(text, "ORG", "MARANCHON", "Maranchon")));
    assertTrue(
        m.stream()
            .filter(x -> x.actorName().equalsIgnoreCase("Maranchon"))
            .allMatch(x -> x.type() == org.dyad.actors.ActorType.LOCATION),
        m.toString());
  }

  @Test
  void aPeopleIsNotTheArmedGroupNamedAfterIt() {
    String text =
        "Thousands of Kachin marched, and the Kachin Independence Army said it would help.";
    List<Mention> m =
        resolve(
            text,
            LocalDate.of(2021, 2, 15),
            Spans.dictionary(text, "Kachin Independence Army"),
            Spans.ner(text, "ORG", "Kachin marched".substring(0, 6)));
    assertTrue(
        m.stream().noneMatch(x -> x.text().equals("Kachin") && x.actorId().contains("army")),
        m.toString());
  }

  @Test
  void anUnqualifiedSenateIsTheStorysCountrys() {
    String cambodia = "PHNOM PENH, July 13 \u2013 Hun Sen said he would later lead the Senate.";
    List<Mention> m =
        resolve(
            cambodia,
            LocalDate.of(2023, 7, 13),
            Spans.dictionary(cambodia, "PHNOM PENH", "Senate"),
            List.of());
    Mention senate = m.stream().filter(x -> x.text().contains("Senate")).findFirst().orElseThrow();
    assertEquals("KHMLEG", senate.cameoCode(), m.toString());
    String washington = "WASHINGTON, July 13 \u2013 The Senate passed the bill.";
    m =
        resolve(
            washington,
            LocalDate.of(2023, 7, 13),
            Spans.dictionary(washington, "WASHINGTON", "Senate"),
            List.of());
    senate = m.stream().filter(x -> x.text().contains("Senate")).findFirst().orElseThrow();
    assertEquals("USAGOVLEG", senate.cameoCode(), m.toString());
  }

  @Test
  void anAcronymTheDictionaryListsApartIsTheNamedOrganisation() {
    String text =
        "The International Atomic Energy Agency (IAEA) said Iran had more uranium. The IAEA chief"
            + " spoke.";
    List<Mention> m =
        resolve(
            text,
            SEPT_2024,
            Spans.dictionary(text, "International Atomic Energy Agency", "IAEA"),
            List.of());
    assertEquals(1, ids(m).size(), m.toString());
  }

  @Test
  void aRulerWhoIsAlsoASoldierKeepsTheGovernmentRole() {
    String text = "Sudan\u2019s army chief Abdel Fattah al-Burhan rejected the plan.";
    List<Mention> m =
        resolve(
            text, SEPT_2024, Spans.dictionary(text, "Sudan", "Abdel Fattah al-Burhan"), List.of());
    Mention burhan = m.stream().filter(x -> x.text().contains("Burhan")).findFirst().orElseThrow();
    assertEquals("SDNGOV", burhan.cameoCode(), m.toString());
  }

  @Test
  void aNameTheDictionaryKnowsUnderAnotherSpellingIsLookedUpUnderIt() {
    String text = "Senate Republican leader Robert Dole said he would oppose the bill.";
    List<Mention> m =
        resolve(text, LocalDate.of(1987, 3, 2), List.of(), Spans.ner(text, "PER", "Robert Dole"));
    assertEquals(List.of("person:bob-dole"), ids(m), m.toString());
    assertEquals("USALEG", m.get(0).cameoCode());
  }

  @Test
  void theHeadOfACodedOrganisationTakesItsCode() {
    for (String[] c :
        new String[][] {
          {"CIA Director Gina Haspel told senators the threat had grown.", "Gina Haspel", "USASPY"},
          {"Mossad chief Yossi Cohen flew to Cairo.", "Yossi Cohen", "ISRSPY"}
        }) {
      String text = c[0];
      List<Mention> m =
          resolve(
              text,
              LocalDate.of(2019, 1, 29),
              Spans.dictionary(text, "CIA", "Mossad"),
              Spans.ner(text, "PER", c[1]));
      Mention p = m.stream().filter(x -> x.text().equals(c[1])).findFirst().orElseThrow();
      assertEquals(c[2], p.cameoCode(), m.toString());
    }
    // a head title after an organisation the dictionary does not code gives no role
    String text = "Acme chief Jane Roe said sales rose.";
    List<Mention> m = resolve(text, SEPT_2024, List.of(), Spans.ner(text, "PER", "Jane Roe"));
    assertNull(m.get(m.size() - 1).cameoCode(), m.toString());
  }

  @Test
  void aRulerWhoFledKeepsTheFormerRoleUnderTheOldTitle() {
    String text = "DHAKA, Aug 7 \u2013 Prime Minister Sheikh Hasina fled to India on Monday.";
    List<Mention> m =
        resolve(
            text,
            LocalDate.of(2024, 8, 7),
            Spans.dictionary(text, "DHAKA", "Sheikh Hasina"),
            List.of());
    Mention hasina = m.stream().filter(x -> x.text().contains("Hasina")).findFirst().orElseThrow();
    assertEquals("BGDELI", hasina.cameoCode(), m.toString());
    // the day before she fled, the title and the dates agree
    m =
        resolve(
            text,
            LocalDate.of(2024, 8, 4),
            Spans.dictionary(text, "DHAKA", "Sheikh Hasina"),
            List.of());
    hasina = m.stream().filter(x -> x.text().contains("Hasina")).findFirst().orElseThrow();
    assertEquals("BGDGOV", hasina.cameoCode(), m.toString());
    // An office that merely ended (a minister killed in office) gives no such line: the story's
    // title stands.
    String crash =
        "DUBAI, May 20 \u2013 Iran said Foreign Minister Hossein Amir-Abdollahian was killed in a"
            + " crash.";
    m =
        resolve(
            crash,
            LocalDate.of(2024, 5, 20),
            Spans.dictionary(crash, "DUBAI", "Iran", "Hossein Amir-Abdollahian"),
            List.of());
    Mention minister =
        m.stream().filter(x -> x.text().contains("Abdollahian")).findFirst().orElseThrow();
    assertEquals("IRNGOV", minister.cameoCode(), m.toString());
  }

  @Test
  void anOfficeThePersonTookIsTheirRole() {
    String text =
        "MANILA, June 30 \u2013 Ferdinand Marcos Jr was sworn in; Sara Duterte became vice"
            + " president of the Philippines.";
    List<Mention> m =
        resolve(
            text,
            LocalDate.of(2022, 6, 30),
            Spans.dictionary(text, "MANILA", "Philippines"),
            Spans.ner(text, "PER", "Ferdinand Marcos Jr", "Sara Duterte"));
    Mention sara =
        m.stream().filter(x -> x.text().equals("Sara Duterte")).findFirst().orElseThrow();
    assertEquals("PHLGOV", sara.cameoCode(), m.toString());
    // "became" something that is no office: no role
    String other = "MANILA, June 30 \u2013 Maria Santos became a teacher in Manila.";
    m =
        resolve(
            other,
            LocalDate.of(2022, 6, 30),
            Spans.dictionary(other, "MANILA", "Manila"),
            Spans.ner(other, "PER", "Maria Santos"));
    Mention maria =
        m.stream().filter(x -> x.text().equals("Maria Santos")).findFirst().orElseThrow();
    assertNull(maria.cameoCode(), m.toString());
  }

  @Test
  void aVerbBetweenARoleNounAndANameIsNoTitle() {
    String text = "KABUL, Aug 20 \u2013 Taliban fighters ousted Ashraf Ghani last Sunday.";
    List<Mention> m =
        resolve(
            text,
            LocalDate.of(2021, 8, 20),
            Spans.dictionary(text, "KABUL", "Taliban", "Ashraf Ghani"),
            List.of());
    Mention ghani = m.stream().filter(x -> x.text().contains("Ghani")).findFirst().orElseThrow();
    assertEquals("AFGELI", ghani.cameoCode(), m.toString());
  }

  @Test
  void aLegalFormAloneIsNoOrganisation() {
    String text = "The bank, Banco Popular S.A., said it sold the unit to an L.P. in Madrid.";
    List<Mention> m =
        resolve(
            text,
            SEPT_2024,
            List.of(),
            Spans.ner(text, "ORG", "Banco Popular S.A.", "S.A.".substring(0, 4), "L.P."));
    assertTrue(
        m.stream()
            .noneMatch(x -> x.text().equals("L.P.") || x.actorId().equals("organisation:s-a")),
        m.toString());
  }

  @Test
  void aTitleOnlyOneCountryUsesIsThatCountrysWhereverTheStoryIsDatelined() {
    String text =
        "BEIJING, April 8 \u2013 Secretary of State Antony Blinken met Chinese Premier Li Qiang in"
            + " Beijing. Defence Minister Dong Jun said the talks went well.";
    List<Mention> m =
        resolve(
            text,
            LocalDate.of(2024, 4, 8),
            Spans.dictionary(text, "BEIJING", "Chinese", "Beijing"),
            Spans.ner(text, "PER", "Antony Blinken", "Li Qiang", "Dong Jun"));
    Mention blinken =
        m.stream().filter(x -> x.text().equals("Antony Blinken")).findFirst().orElseThrow();
    assertEquals("USAGOV", blinken.cameoCode(), m.toString());
    // A title many countries use still takes the country before it, here the dateline's.
    Mention dong = m.stream().filter(x -> x.text().equals("Dong Jun")).findFirst().orElseThrow();
    assertEquals("CHNGOV", dong.cameoCode(), m.toString());
    // "Treasury Secretary" is Argentina's (and Mexico's) title too: it takes the story's country.
    String buenosAires =
        "BUENOS AIRES, March 2 - \"I'm quite optimistic,\" Treasury Secretary Mario Brodersohn"
            + " said.";
    List<Mention> a =
        resolve(
            buenosAires,
            LocalDate.of(1987, 3, 2),
            Spans.dictionary(buenosAires, "BUENOS AIRES"),
            Spans.ner(buenosAires, "PER", "Mario Brodersohn"));
    Mention brodersohn =
        a.stream().filter(x -> x.text().equals("Mario Brodersohn")).findFirst().orElseThrow();
    assertNotEquals("USAGOV", brodersohn.cameoCode(), a.toString());
  }

  @Test
  void aSpeakerOfParliamentIsTheLegislaturesNotAFormerMinister() {
    String text =
        "COLOMBO, July 15 \u2013 Gotabaya Rajapaksa resigned by email from Singapore, Parliament"
            + " Speaker Mahinda Yapa Abeywardena said.";
    List<Mention> m =
        resolve(
            text,
            LocalDate.of(2022, 7, 15),
            Spans.dictionary(text, "COLOMBO", "Singapore", "Mahinda Yapa Abeywardena"),
            Spans.ner(text, "PER", "Gotabaya Rajapaksa"));
    Mention speaker =
        m.stream().filter(x -> x.text().contains("Abeywardena")).findFirst().orElseThrow();
    assertEquals("LKALEG", speaker.cameoCode(), m.toString());
  }
}
