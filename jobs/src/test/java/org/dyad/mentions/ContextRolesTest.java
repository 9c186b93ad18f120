package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles from the words around a name: before it, in apposition after it, carried to later mentions.
 */
class ContextRolesTest {
  static MentionResolver resolver;
  static final LocalDate DATE = LocalDate.of(2023, 3, 14);

  @BeforeAll
  static void dictionary() throws IOException {
    resolver =
        Spans.resolver(
            "Pakistan | country | PAK | | Pakistan; Pakistani@demonym; Islamabad@capital",
            "Kenya | country | KEN | | Kenya; Kenyan@demonym; Nairobi@capital",
            "Ukraine | country | UKR | | Ukraine; Ukrainian@demonym; Kyiv@capital",
            "Sudan | country | SDN | | Sudan; Sudanese@demonym; Khartoum@capital",
            "United States | country | USA | | U.S.; United States; American@demonym;"
                + " Washington@capital",
            "NATO | organisation | IGOWSTNAT | | NATO",
            "Taliban | group | AFGREB | | Taliban",
            "Mike Pompeo | person | USAGOV | 2017-01-23..2021-01-20 | Pompeo; Mike Pompeo",
            "Donald Trump | person | USAGOV | 2017-01-20..2021-01-20 | Trump; Donald Trump");
  }

  private static List<Span> find(String text, String... phrases) {
    return Spans.dictionary(text, phrases);
  }

  private static List<Span> per(String text, String... names) {
    return Spans.ner(text, "PER", names);
  }

  private static List<Mention> people(String text, List<Span> dictionary, List<Span> ner) {
    return resolver.resolve("a", text, DATE, Spans.oneSentence(text), dictionary, ner).stream()
        .filter(m -> m.entityType().equals("person"))
        .toList();
  }

  @Test
  void aPortfolioMinisterAtTheStartOfAStoryTakesTheCountryItIsAbout() {
    String t =
        "BONN, April 24 - Economics Minister Martin Bangemann said boosting Kenyan growth would not"
            + " help. Bangemann flew to Nairobi.";
    List<Mention> p =
        people(
            t,
            find(t, "Kenyan", "Nairobi"),
            per(t, "Economics Minister Martin Bangemann", "Bangemann"));
    assertEquals("KENGOV", p.get(0).cameoCode(), p.toString());
  }

  @Test
  void aRoleNounAndACountryBeforeTheName() {
    String t = "Ukrainian President Volodymyr Zelensky said Kyiv would fight. Zelensky spoke.";
    List<Mention> p =
        people(t, find(t, "Ukrainian", "Kyiv"), per(t, "Volodymyr Zelensky", "Zelensky"));
    assertEquals(2, p.size(), p.toString());
    assertEquals("UKRGOV", p.get(0).cameoCode());
    assertEquals("UKR", p.get(0).country());
    assertEquals(Mention.CONTEXT, p.get(0).roleSource());
    assertEquals(p.get(0).actorId(), p.get(1).actorId(), "the surname is the same person");
    assertEquals("UKRGOV", p.get(1).cameoCode());
    assertEquals(Mention.INHERITED, p.get(1).roleSource(), "later mentions take the role");
  }

  @Test
  void aPossessiveCountryAndAnAppositionGiveRolesToo() {
    String t =
        "Kenya’s foreign minister, Alfred Mutua, met Imran Khan, the Pakistani prime minister, in"
            + " Nairobi.";
    List<Mention> p =
        people(t, find(t, "Kenya", "Pakistani", "Nairobi"), per(t, "Alfred Mutua", "Imran Khan"));
    assertEquals("KENGOV", p.get(0).cameoCode(), p.toString());
    assertEquals("PAKGOV", p.get(1).cameoCode(), p.toString());
  }

  @Test
  void organisationsGiveTheirOwnCodesAndRoleNounsWithoutACountryTakeTheStorys() {
    String t =
        "KHARTOUM, Apr 17 – Sudan’s army chief, General Abdel Fattah al-Burhan, met NATO Secretary"
            + " General Jens Stoltenberg and Taliban spokesman Zabihullah Mujahid.";
    List<Mention> p =
        people(
            t,
            find(t, "KHARTOUM", "Sudan", "NATO", "Taliban"),
            per(t, "Abdel Fattah al-Burhan", "Jens Stoltenberg", "Zabihullah Mujahid"));
    assertEquals(
        List.of("SDNMIL", "IGOWSTNAT", "AFGREB"),
        p.stream().map(Mention::cameoCode).toList(),
        p.toString());
  }

  @Test
  void aDatedDictionaryRoleWinsUnlessContextNamesAnotherOffice() {
    String t = "Secretary of State Mike Pompeo met former President Donald Trump. Trump spoke.";
    List<Mention> p = people(t, find(t, "Mike Pompeo", "Donald Trump", "Trump"), List.of());
    // 2023: Pompeo's role has ended (a former official), the words say secretary of state: context
    // wins; Trump is a former president.
    assertEquals("USAELI", p.get(1).cameoCode(), p.toString());
    String u = "U.S. Secretary of State Mike Pompeo spoke.";
    Mention pompeo2019 =
        resolver
            .resolve(
                "b",
                u,
                LocalDate.of(2019, 5, 15),
                List.of(new Span(0, u.length(), u, null, 1)),
                find(u, "U.S.", "Mike Pompeo"),
                List.of())
            .stream()
            .filter(m -> m.entityType().equals("person"))
            .findFirst()
            .orElseThrow();
    assertEquals("USAGOV", pompeo2019.cameoCode());
    assertEquals(
        "supplement".equals(pompeo2019.roleSource()) ? "supplement" : "user",
        pompeo2019.roleSource(),
        "from the dictionary file, not context");
  }

  @Test
  void aRoleNounThatBelongsToSomethingElseGivesNoCountry() {
    String t = "NAIROBI, Mar 14 – A company spokesman, John Kamau, said Kenya would pay.";
    List<Mention> p = people(t, find(t, "NAIROBI", "Kenya"), per(t, "John Kamau"));
    assertNull(p.get(0).cameoCode(), "not Kenya's government: " + p);
  }

  @Test
  void noRoleNounNoRole() {
    String t = "Alfred Mutua, 52, spoke in Nairobi.";
    List<Mention> p = people(t, find(t, "Nairobi"), per(t, "Alfred Mutua"));
    assertNull(p.get(0).cameoCode(), p.toString());
    assertNull(p.get(0).roleSource());
  }
}
