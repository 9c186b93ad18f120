package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.Agents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Organisations in their story: the country they belong to, their shorter names, news organisations
 * cited as sources (issue 12: affiliations the codes do not show, one actor under two names).
 */
class OrganisationContextTest {
  static MentionResolver resolver;
  static final LocalDate DATE = LocalDate.of(1987, 4, 9);

  @BeforeAll
  static void dictionary() throws IOException {
    resolver =
        new MentionResolver(
            ActorDictionary.of(
                Map.of(
                    "test-actors.txt",
                    String.join(
                        "\n",
                        "Japan | country | JPN | | Japan; Japanese@demonym; Tokyo@capital",
                        "Canada | country | CAN | | Canada; Canadian@demonym; Ottawa@capital",
                        "Peru | country | PER | | Peru; Peruvian@demonym; Lima@capital",
                        "Mexico | country | MEX | | Mexico; Mexican@demonym",
                        "United States | country | USA | | U.S.; United States; American@demonym; Washington@capital",
                        "European Community | organisation | IGOEUREEC | | European Community; EC",
                        "Organization for Economic Cooperation and Development | organisation | IGOWSTBUS | | Organisation for Economic Cooperation and Development",
                        "New York Times | organisation | MED | | New York Times",
                        "Texaco | organisation | MNC | | Texaco",
                        "Unused | ignore | | | nothing here"))),
            Agents.load());
  }

  private static List<Span> find(String text, String... phrases) {
    List<Span> spans = new ArrayList<>();
    for (String p : phrases) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(p) + "\\b").matcher(text);
      while (m.find()) spans.add(new Span(m.start(), m.end(), m.group(), "dictionary", 1));
    }
    return spans;
  }

  private static List<Span> ner(String text, String label, String... phrases) {
    List<Span> spans = new ArrayList<>();
    for (String p : phrases) {
      Matcher m = Pattern.compile(Pattern.quote(p)).matcher(text);
      while (m.find()) spans.add(new Span(m.start(), m.end(), m.group(), label, 0.9));
    }
    return spans;
  }

  private static List<Mention> resolve(String text, List<Span> dictionary, List<Span> ner) {
    return resolver.resolve("a1", text, DATE, List.of(new Span(0, text.length(), text, null, 1)), dictionary, ner);
  }

  private static Mention named(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no mention " + text + " in " + ms));
  }

  @Test
  void aCountryInsideACompanysNameIsTheCompanysCountryNotAMention() {
    String text = "TORONTO, April 9 - Texaco Canada Inc said its shares rose. Texaco Canada improved 3/4.";
    List<Mention> m = resolve(text, find(text, "Canada", "TORONTO", "Texaco"), ner(text, "ORG", "Texaco Canada Inc", "Texaco Canada"));
    assertTrue(m.stream().noneMatch(x -> x.actorId().equals("CAN")), "Canada is not an actor of this story: " + m);
    assertTrue(m.stream().noneMatch(x -> x.actorId().equals("organisation:texaco")), "nor is Texaco, the parent: " + m);
    Mention org = named(m, "Texaco Canada Inc");
    assertEquals("CAN", org.country());
    assertEquals("context", org.roleSource());
    assertEquals(List.of("organisation:texaco-canada-inc"),
        m.stream().filter(x -> x.entityType().equals("organisation")).map(Mention::actorId).distinct().toList(), "one company");
    assertTrue(m.stream().filter(x -> x.entityType().equals("organisation")).allMatch(x -> "CAN".equals(x.country())));

    String demonym = "DETROIT, March 9 - Chrysler said it would buy American Motors Corp <AMO>, the company said.";
    Mention amc = named(resolve(demonym, find(demonym, "American"), ner(demonym, "ORG", "American Motors Corp <AMO")), "American Motors Corp");
    assertEquals("organisation:american-motors-corp", amc.actorId(), "the demonym is part of the name, the ticker is not");
    assertEquals("USA", amc.country());

    // a country only in the ticker part of a chunk is no part of the name
    String ticker = "Shares of Acme Ltd <Canada Acme Ltd> rose.";
    List<Mention> t = resolve(ticker, find(ticker, "Canada"), ner(ticker, "ORG", "Acme Ltd <Canada Acme Ltd"));
    assertTrue(t.stream().noneMatch(x -> "Acme Ltd".equals(x.actorName()) && "CAN".equals(x.country())), t.toString());
  }

  @Test
  void aCountryBeforeAnOrganisationsNameIsItsCountry() {
    String text = "A senior official of Japan's ruling Liberal Democratic Party said. The Liberal Democratic Party agreed.";
    List<Mention> m = resolve(text, find(text, "Japan"), ner(text, "ORG", "Liberal Democratic Party"));
    assertEquals(2, m.stream().filter(x -> x.actorName().equals("Liberal Democratic Party")).count());
    for (Mention x : m) if (x.actorName().equals("Liberal Democratic Party")) assertEquals("JPN", x.country(), "carried to later mentions");
    assertEquals(List.of("context", "inherited"),
        m.stream().filter(x -> x.actorName().equals("Liberal Democratic Party")).map(Mention::roleSource).toList());

    String other = "Shares of Chrysler Corp rose in Japan. Chrysler Corp said.";
    List<Mention> o = resolve(other, find(other, "Japan"), ner(other, "ORG", "Chrysler Corp"));
    assertNull(named(o, "Chrysler Corp").country(), "a country elsewhere in the sentence is not the company's");
  }

  @Test
  void aPublicInstitutionTakesTheStorysCountryAndIsNamedForIt() {
    String text = "WASHINGTON, April 7 - Federal Reserve Board Chairman Paul Volcker said reducing the deficit was a goal for Congress.";
    List<Mention> m = resolve(text, find(text, "WASHINGTON"), ner(text, "ORG", "Congress"));
    Mention congress = named(m, "Congress");
    assertEquals("USA", congress.country());
    assertEquals("USALEG", congress.cameoCode());
    assertEquals("Congress (United States)", congress.actorName());
    assertEquals("organisation:congress-usa", congress.actorId());
  }

  @Test
  void shorterNamesOfAnOrganisationAreThatOrganisation() {
    String text = "European Community farm ministers met. The Community agreed. The OECD said, in a study by the "
        + "Organisation for Economic Cooperation and Development. The Central Bank of Barbados said. The Central Bank added.";
    List<Mention> m =
        resolve(text, find(text, "European Community", "Organisation for Economic Cooperation and Development"),
            ner(text, "ORG", "Community agreed".substring(0, 9), "OECD", "Central Bank of Barbados", "Central Bank added".substring(0, 12)));
    assertEquals("organisation:european-community", m.get(1).actorId(), "the Community: " + m);
    assertEquals("organisation:organization-for-economic-cooperation-and-development", named(m, "OECD").actorId());
    List<String> banks = m.stream().filter(x -> x.text().startsWith("Central Bank")).map(Mention::actorId).distinct().toList();
    assertEquals(List.of("organisation:central-bank-of-barbados"), banks);
  }

  @Test
  void aNewspaperCitedAsTheSourceIsNoActorOfTheStory() {
    String text = "President Reagan is expected to lift sanctions against Japan, the New York Times said.";
    List<Mention> m = resolve(text, find(text, "Japan", "New York Times"), List.of());
    assertEquals(List.of("JPN"), m.stream().map(Mention::actorId).toList());
    String quoted = "But the Daily Yomiuri today quoted officials as saying Japan would agree.";
    assertEquals(List.of("JPN"), resolve(quoted, find(quoted, "Japan"), ner(quoted, "ORG", "Daily Yomiuri")).stream().map(Mention::actorId).toList());
    String sued = "Japan sued the New York Times over the report.";
    assertEquals(2, resolve(sued, find(sued, "Japan", "New York Times"), List.of()).size(), "a newspaper in the news is an actor");
  }

  @Test
  void aRoleNounWithWordsBetweenItAndTheCountryOrATitleAloneGivesTheRole() {
    String text = "Peruvian central bank president Leonel Figueroa met the head of the Bank of Mexico.";
    List<Mention> m = resolve(text, find(text, "Peruvian", "Mexico"), ner(text, "PER", "Leonel Figueroa"));
    assertEquals("PERGOVBUS", named(m, "Leonel Figueroa").cameoCode());
    String title = "TOKYO, April 14 - Lyng was quoted as telling Agriculture Minister Mutsuki Kato that the move would help.";
    List<Mention> t = resolve(title, find(title, "TOKYO"), ner(title, "PER", "Lyng", "Mutsuki Kato"));
    assertEquals("JPN", named(t, "Mutsuki Kato").country());
    String senate = "WASHINGTON, April 27 - Senate majority leader Robert Byrd said he wants a budget.";
    Mention byrd = named(resolve(senate, find(senate, "WASHINGTON"), ner(senate, "PER", "Robert Byrd")), "Robert Byrd");
    assertEquals("USALEG", byrd.cameoCode());
    String company = "A company spokesman John Smith said.";
    assertNull(named(resolve(company, List.of(), ner(company, "PER", "John Smith")), "John Smith").cameoCode(), "lower case: not a title");
  }

  @Test
  void initialsAndShorterForms() {
    assertTrue(OrganisationNames.acronymOf("OECD", "Organisation for Economic Co-operation and Development"));
    assertTrue(OrganisationNames.acronymOf("E.C.", "European Community"));
    assertFalse(OrganisationNames.acronymOf("EC", "European Commission of Human Rights"));
    assertFalse(OrganisationNames.acronymOf("Ec", "European Community"));
    assertTrue(OrganisationNames.shorterForm("Community", "European Community"));
    assertTrue(OrganisationNames.shorterForm("Central Bank", "Central Bank of Barbados"));
    assertFalse(OrganisationNames.shorterForm("Bank", "Bankers Trust"));
    assertFalse(OrganisationNames.shorterForm("European Community", "European Community"));
  }
}
