package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
        Spans.resolver(
            "Japan | country | JPN | | Japan; Japanese@demonym; Tokyo@capital",
            "Canada | country | CAN | | Canada; Canadian@demonym; Ottawa@capital",
            "Peru | country | PER | | Peru; Peruvian@demonym; Lima@capital",
            "Mexico | country | MEX | | Mexico; Mexican@demonym",
            "United States | country | USA | | U.S.; United States; American@demonym;"
                + " Washington@capital",
            "European Community | organisation | IGOEUREEC | | European Community; EC",
            "European Commission | organisation | IGOEUREEC | | EC Commission; European Community"
                + " Commission",
            "Organization for Economic Cooperation and Development | organisation | IGOWSTBUS | |"
                + " Organisation for Economic Cooperation and Development",
            "New York Times | organisation | MED | | New York Times",
            "Texaco | organisation | MNC | | Texaco",
            "Hong Kong | country | HKG | | Hong Kong",
            "Bahrain | country | BHR | | Bahrain",
            "Iran | country | IRN | | Iran",
            "France | country | FRA | | France; Paris@capital",
            "Soviet Union | country | SUN | | Soviet Union; Soviet@demonym",
            "Russian Federation | country | RUS | | Russia; Moscow@capital",
            "Ukraine | country | UKR | | Ukraine; Kyiv@capital",
            "United Kingdom | country | GBR | | Britain; British@demonym; London@capital",
            "Federal Reserve | organisation | USAGOVBUS | | Federal Reserve",
            "United States Congress | organisation | USAGOVLEG | | U.S. Congress; United States"
                + " House",
            "Securities and Exchange Commission | organisation | USAGOVBUS | | Securities and"
                + " Exchange Commission; SEC",
            "United States Department of the Treasury | organisation | USAGOV | | U.S. Treasury",
            "Bank of England | organisation | GBRGOVBUS | | Bank of England",
            "England | country | GBR | | England",
            "Venezuela | country | VEN | | Venezuela",
            "Ecuador | country | ECU | | Ecuador",
            "Organization of Petroleum Exporting Countries | organisation | IGOPEC | | OPEC",
            "US Secretary of State | organisation | USAGOV | | Secretary of State",
            "Mike Pompeo | person | USAGOV | 2018-04-26..2021-01-20 | Michael R. Pompeo");
  }

  private static List<Span> find(String text, String... phrases) {
    return Spans.dictionary(text, phrases);
  }

  private static List<Span> ner(String text, String label, String... phrases) {
    return Spans.ner(text, label, phrases);
  }

  private static List<Mention> resolve(String text, List<Span> dictionary, List<Span> ner) {
    return resolver.resolve("a1", text, DATE, Spans.oneSentence(text), dictionary, ner);
  }

  private static Mention named(List<Mention> ms, String text) {
    return ms.stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + ms));
  }

  @Test
  void aCountryInsideACompanysNameIsTheCompanysCountryNotAMention() {
    String text =
        "TORONTO, April 9 - Texaco Canada Inc said its shares rose. Texaco Canada improved 3/4.";
    List<Mention> m =
        resolve(
            text,
            find(text, "Canada", "TORONTO", "Texaco"),
            ner(text, "ORG", "Texaco Canada Inc", "Texaco Canada"));
    assertTrue(
        m.stream().noneMatch(x -> x.actorId().equals("CAN")),
        "Canada is not an actor of this story: " + m);
    assertTrue(
        m.stream().noneMatch(x -> x.actorId().equals("organisation:texaco")),
        "nor is Texaco, the parent: " + m);
    Mention org = named(m, "Texaco Canada Inc");
    assertEquals("CAN", org.country());
    assertEquals("context", org.roleSource());
    assertEquals(
        List.of("organisation:texaco-canada"),
        m.stream()
            .filter(x -> x.entityType().equals("organisation"))
            .map(Mention::actorId)
            .distinct()
            .toList(),
        "one company");
    assertTrue(
        m.stream()
            .filter(x -> x.entityType().equals("organisation"))
            .allMatch(x -> "CAN".equals(x.country())));

    String demonym =
        "DETROIT, March 9 - Chrysler said it would buy American Motors Corp <AMO>, the company"
            + " said.";
    Mention amc =
        named(
            resolve(
                demonym,
                find(demonym, "American"),
                ner(demonym, "ORG", "American Motors Corp <AMO")),
            "American Motors Corp");
    assertEquals(
        "organisation:american-motors",
        amc.actorId(),
        "the demonym is part of the name, the ticker and legal form are not");
    assertEquals("USA", amc.country());

    // NER's errors that run a country into a common word stay the country
    String trade = "Canada Trade fell. Canada Has said. Canada Embassy staff left.";
    List<Mention> t2 =
        resolve(
            trade,
            find(trade, "Canada"),
            ner(trade, "ORG", "Canada Trade", "Canada Has", "Canada Embassy"));
    assertEquals(
        List.of("CAN", "CAN", "organisation:canada-embassy"),
        t2.stream().map(Mention::actorId).toList());

    // a country only in the ticker part of a chunk is no part of the name
    String ticker = "Shares of Acme Ltd <Canada Acme Ltd> rose.";
    List<Mention> t =
        resolve(ticker, find(ticker, "Canada"), ner(ticker, "ORG", "Acme Ltd <Canada Acme Ltd"));
    assertTrue(
        t.stream().noneMatch(x -> "Acme Ltd".equals(x.actorName()) && "CAN".equals(x.country())),
        t.toString());
  }

  @Test
  void aCountryBeforeAnOrganisationsNameIsItsCountry() {
    String text =
        "A senior official of Japan's ruling Liberal Democratic Party said. The Liberal Democratic"
            + " Party agreed.";
    List<Mention> m =
        resolve(text, find(text, "Japan"), ner(text, "ORG", "Liberal Democratic Party"));
    assertEquals(
        2, m.stream().filter(x -> x.actorName().equals("Liberal Democratic Party")).count());
    for (Mention x : m)
      if (x.actorName().equals("Liberal Democratic Party"))
        assertEquals("JPN", x.country(), "carried to later mentions");
    assertEquals(
        List.of("JPNPTY", "JPNPTY"),
        m.stream()
            .filter(x -> x.actorName().equals("Liberal Democratic Party"))
            .map(Mention::cameoCode)
            .toList());
    String steel = "Shares of Japan's Nippon Kokan rose. Nippon Kokan said output fell.";
    List<Mention> n = resolve(steel, find(steel, "Japan"), ner(steel, "ORG", "Nippon Kokan"));
    assertEquals(
        List.of("context", "inherited"),
        n.stream()
            .filter(x -> x.actorName().equals("Nippon Kokan"))
            .map(Mention::roleSource)
            .toList());
    assertEquals(
        List.of("JPN", "JPN"),
        n.stream()
            .filter(x -> x.actorName().equals("Nippon Kokan"))
            .map(Mention::country)
            .toList());

    String other = "Shares of Chrysler Corp rose in Japan. Chrysler Corp said.";
    List<Mention> o = resolve(other, find(other, "Japan"), ner(other, "ORG", "Chrysler Corp"));
    assertNull(
        named(o, "Chrysler Corp").country(),
        "a country elsewhere in the sentence is not the company's");
  }

  @Test
  void aPartyTakesTheStorysCountry() {
    String text = "LONDON, June 11 - The Conservative Party won the election.";
    Mention party =
        named(
            resolve(text, find(text, "LONDON"), ner(text, "ORG", "Conservative Party")),
            "Conservative Party");
    assertEquals("GBRPTY", party.cameoCode());
  }

  @Test
  void aPublicInstitutionTakesTheStorysCountryAndIsNamedForIt() {
    String text =
        "LIMA, April 7 - President Alan Garcia said reducing the deficit was a goal for Congress.";
    List<Mention> m = resolve(text, find(text, "LIMA"), ner(text, "ORG", "Congress"));
    Mention congress = named(m, "Congress");
    assertEquals("PER", congress.country());
    assertEquals("PERLEG", congress.cameoCode());
    assertEquals("Congress (Peru)", congress.actorName());
    assertEquals("organisation:congress-per", congress.actorId());

    // the dictionary's institution when it has one under the country's name: one actor for
    // "Congress",
    // "the House" and "U.S. Congress"
    String us =
        "WASHINGTON, April 7 - Federal Reserve Board Chairman Paul Volcker said reducing the"
            + " deficit was a goal for Congress. The House agreed.";
    List<Mention> u =
        resolve(us, find(us, "WASHINGTON", "Federal Reserve"), ner(us, "ORG", "Congress", "House"));
    assertEquals("organisation:united-states-congress", named(u, "Congress").actorId());
    assertEquals("USAGOVLEG", named(u, "Congress").cameoCode());
    assertEquals("organisation:united-states-congress", named(u, "House").actorId());

    // an organisation with a name of its own is not the story's legislature or ministry
    String own =
        "WASHINGTON, April 7 - The World Petroleum Congress and the American Pork Congress met. The"
            + " Finance Ministry said.";
    List<Mention> o =
        resolve(
            own,
            find(own, "WASHINGTON"),
            ner(own, "ORG", "World Petroleum Congress", "Pork Congress", "Finance Ministry"));
    assertNull(named(o, "World Petroleum Congress").cameoCode());
    assertNull(named(o, "World Petroleum Congress").country());
    assertNull(named(o, "Pork Congress").cameoCode());
    assertEquals(
        "USAGOV",
        named(o, "Finance Ministry").cameoCode(),
        "a portfolio before the role noun is still the institution");
  }

  @Test
  void aRegistryAFilingWasMadeWithIsNoActorOfTheStory() {
    String text =
        "Coca-Cola Bottling said it filed with the Securities and Exchange Commission to offer"
            + " notes. Icahn made the acknowledgement in a filing TWA was required to make with the"
            + " SEC. Icahn filed a complaint with the SEC. The SEC said it would look at the bid.";
    List<Mention> m =
        resolve(text, find(text, "Securities and Exchange Commission", "SEC"), List.of());
    List<Integer> kept =
        m.stream()
            .filter(x -> x.actorId().equals("organisation:securities-and-exchange-commission"))
            .map(Mention::begin)
            .toList();
    assertEquals(
        List.of(text.indexOf("SEC. The"), text.indexOf("SEC said")),
        kept,
        "a complaint filed with the SEC is an act towards it; the SEC acting is an actor");
  }

  @Test
  void aPostAfterTheSentencesOrganisationIsHeldThere() {
    String text =
        "NEW ORLEANS, April 27 - International Business Machines Corp expects its new products to"
            + " help, chairman John Akers told the annual meeting.";
    List<Span> spans = new ArrayList<>(ner(text, "ORG", "International Business Machines Corp"));
    spans.addAll(ner(text, "PER", "John Akers"));
    assertEquals(
        "organisation:international-business-machines",
        affiliate(resolve(text, List.of(), spans), "John Akers"));
    String two = "Texaco lost its appeal against Pennzoil, chairman James Kinnear said.";
    List<Span> s2 = new ArrayList<>(ner(two, "ORG", "Texaco", "Pennzoil"));
    s2.addAll(ner(two, "PER", "James Kinnear"));
    assertNull(
        affiliate(resolve(two, List.of(), s2), "James Kinnear"),
        "two organisations: the post's owner is not known");
    String noComma = "Pennzoil said it will pay chairman James Kinnear more.";
    List<Span> s3 = new ArrayList<>(ner(noComma, "ORG", "Pennzoil"));
    s3.addAll(ner(noComma, "PER", "James Kinnear"));
    assertNull(
        affiliate(resolve(noComma, List.of(), s3), "James Kinnear"),
        "a post inside the clause is not the subject's");
  }

  @Test
  void aPersonNamedAfterAPlaceIsThePersonNotThePlace() {
    String text =
        "TORONTO, April 29 - Daiwa Securities general manager for Canada Hajimu Watanabe told"
            + " Reuters. \"This is a prelude,\" Watanabe said.";
    List<Span> spans = new ArrayList<>(ner(text, "PER", "Canada Hajimu Watanabe"));
    spans.addAll(ner(text, "ORG", "Daiwa Securities"));
    int later = text.lastIndexOf("Watanabe");
    spans.add(new Span(later, later + 8, "Watanabe", "ORG", 0.9));
    List<Mention> m = resolve(text, find(text, "TORONTO", "Canada"), spans);
    assertEquals("CAN", named(m, "Canada").actorId());
    Mention person = named(m, "Hajimu Watanabe");
    assertEquals("person", person.entityType());
    assertEquals(
        person.actorId(),
        m.get(m.size() - 1).actorId(),
        "the surname later is the same person: " + m);
  }

  @Test
  void shorterNamesOfAnOrganisationAreThatOrganisation() {
    String text =
        "European Community farm ministers met. The Community agreed. The OECD said, in a study by"
            + " the Organisation for Economic Cooperation and Development. The Central Bank of"
            + " Barbados said. The Central Bank added.";
    List<Mention> m =
        resolve(
            text,
            find(
                text,
                "European Community",
                "Organisation for Economic Cooperation and Development"),
            ner(
                text,
                "ORG",
                "Community agreed".substring(0, 9),
                "OECD",
                "Central Bank of Barbados",
                "Central Bank added".substring(0, 12)));
    assertEquals("organisation:european-community", m.get(1).actorId(), "the Community: " + m);
    assertEquals(
        "organisation:organization-for-economic-cooperation-and-development",
        named(m, "OECD").actorId());
    List<String> banks =
        m.stream()
            .filter(x -> x.text().startsWith("Central Bank"))
            .map(Mention::actorId)
            .distinct()
            .toList();
    assertEquals(List.of("organisation:central-bank-of-barbados"), banks);
  }

  @Test
  void aNewspaperCitedAsTheSourceIsNoActorOfTheStory() {
    String text =
        "President Reagan is expected to lift sanctions against Japan, the New York Times said.";
    List<Mention> m = resolve(text, find(text, "Japan", "New York Times"), List.of());
    assertEquals(List.of("JPN"), m.stream().map(Mention::actorId).toList());
    String quoted = "But the Daily Yomiuri today quoted officials as saying Japan would agree.";
    assertEquals(
        List.of("JPN"),
        resolve(quoted, find(quoted, "Japan"), ner(quoted, "ORG", "Daily Yomiuri")).stream()
            .map(Mention::actorId)
            .toList());
    String sued = "Japan sued the New York Times over the report.";
    assertEquals(
        2,
        resolve(sued, find(sued, "Japan", "New York Times"), List.of()).size(),
        "a newspaper in the news is an actor");
  }

  @Test
  void aRoleNounWithWordsBetweenItAndTheCountryOrATitleAloneGivesTheRole() {
    String text =
        "Peruvian central bank president Leonel Figueroa met the head of the Bank of Mexico.";
    List<Mention> m =
        resolve(text, find(text, "Peruvian", "Mexico"), ner(text, "PER", "Leonel Figueroa"));
    assertEquals("PERGOVBUS", named(m, "Leonel Figueroa").cameoCode());
    String title =
        "TOKYO, April 14 - Lyng was quoted as telling Agriculture Minister Mutsuki Kato that the"
            + " move would help.";
    List<Mention> t =
        resolve(title, find(title, "TOKYO"), ner(title, "PER", "Lyng", "Mutsuki Kato"));
    assertEquals("JPN", named(t, "Mutsuki Kato").country());
    String senate =
        "WASHINGTON, April 27 - Senate majority leader Robert Byrd said he wants a budget.";
    Mention byrd =
        named(
            resolve(senate, find(senate, "WASHINGTON"), ner(senate, "PER", "Robert Byrd")),
            "Robert Byrd");
    assertEquals("USALEG", byrd.cameoCode());
    String company = "A company spokesman John Smith said.";
    assertNull(
        named(resolve(company, List.of(), ner(company, "PER", "John Smith")), "John Smith")
            .cameoCode(),
        "lower case: not a title");
  }

  @Test
  void aCompanyIsOneActorWithOrWithoutItsLegalForm() {
    String text = "Pennzoil Co said it would appeal. Pennzoil and Texaco Inc talked.";
    List<Mention> m =
        resolve(
            text, find(text, "Texaco"), ner(text, "ORG", "Pennzoil Co", "Pennzoil", "Texaco Inc"));
    assertEquals(
        List.of("organisation:pennzoil", "organisation:pennzoil", "organisation:texaco"),
        m.stream().map(Mention::actorId).toList());
    assertEquals("Toyota Motor", LegalForms.strip("Toyota Motor Co Ltd"));
    assertEquals("Merck & Co", LegalForms.strip("Merck & Co"));
    assertEquals("Inc", LegalForms.strip("Inc"));
    assertEquals(
        "Acquisition Corp",
        LegalForms.strip("Acquisition Corp"),
        "a common word is no company's name");
    String ticker = "Du Pont Co <DD> Conoco unit said.";
    assertEquals(
        "Conoco", resolve(ticker, List.of(), ner(ticker, "ORG", "DD> Conoco")).get(0).actorName());
    String country = "Canada Ltd rose.";
    assertEquals(
        "organisation:canada",
        resolve(country, List.of(), ner(country, "ORG", "Canada Ltd")).get(0).actorId(),
        "no country");
  }

  private static String affiliate(List<Mention> ms, String text) {
    return named(ms, text).affiliate();
  }

  @Test
  void theOwnerOfATitleOrPostIsTheActorsAffiliate() {
    String ibm = "IBM chairman John Akers said. Later Akers added.";
    assertNull(
        affiliate(resolve(ibm, List.of(), ner(ibm, "PER", "John Akers")), "John Akers"),
        "IBM is no mention here");
    List<Span> spans = new ArrayList<>(ner(ibm, "ORG", "IBM"));
    spans.addAll(ner(ibm, "PER", "John Akers", "Akers added".substring(0, 5)));
    List<Mention> a = resolve(ibm, List.of(), spans);
    assertEquals("organisation:ibm", affiliate(a, "John Akers"));
    assertEquals(
        "organisation:ibm", a.get(a.size() - 1).affiliate(), "carried to the later mention: " + a);

    String hk =
        "OSAKA, April 29 - Hong Kong monetary affairs secretary David Nendick told the meeting.";
    assertEquals(
        "HKG",
        affiliate(
            resolve(hk, find(hk, "Hong Kong"), ner(hk, "PER", "David Nendick")), "David Nendick"));

    String fed = "Federal Reserve Board Chairman Paul Volcker testified.";
    assertEquals(
        "organisation:federal-reserve",
        affiliate(
            resolve(fed, find(fed, "Federal Reserve"), ner(fed, "PER", "Paul Volcker")),
            "Paul Volcker"));

    String apposition =
        "\"The setback will hurt,\" said Johsen Takahashi, chief economist at Mitsubishi Research"
            + " Institute.";
    assertEquals(
        "organisation:mitsubishi-research-institute",
        affiliate(
            resolve(
                apposition,
                List.of(),
                ner(apposition, "PER", "Johsen Takahashi").stream()
                    .collect(
                        Collectors.collectingAndThen(
                            Collectors.toList(),
                            l -> {
                              List<Span> all = new ArrayList<>(l);
                              all.addAll(ner(apposition, "ORG", "Mitsubishi Research Institute"));
                              return all;
                            }))),
            "Johsen Takahashi"));

    String after =
        "David Haggard, American Soybean Association, ASA, president said USDA must act. Smith,"
            + " Chrysler, said no.";
    List<Span> as = new ArrayList<>(ner(after, "PER", "David Haggard", "Smith"));
    as.addAll(ner(after, "ORG", "American Soybean Association", "ASA", "Chrysler"));
    List<Mention> ha = resolve(after, List.of(), as);
    assertEquals("organisation:american-soybean-association", affiliate(ha, "David Haggard"));
    assertNull(affiliate(ha, "Smith"), "no post after the organisation: a list, not a post");

    String unit = "Schlumberger Ltd's Fairchild Semiconductor unit was for sale.";
    List<Span> orgs = ner(unit, "ORG", "Schlumberger Ltd", "Fairchild Semiconductor");
    assertEquals(
        "organisation:schlumberger",
        affiliate(resolve(unit, List.of(), orgs), "Fairchild Semiconductor"));

    String met =
        "Reagan met Japanese Prime Minister Yasuhiro Nakasone. Chrysler Corp said Renault agreed.";
    List<Span> both = new ArrayList<>(ner(met, "PER", "Reagan", "Yasuhiro Nakasone"));
    both.addAll(ner(met, "ORG", "Chrysler Corp", "Renault"));
    List<Mention> r = resolve(met, find(met, "Japanese"), both);
    assertNull(affiliate(r, "Reagan"));
    assertEquals("JPN", affiliate(r, "Yasuhiro Nakasone"));
    assertNull(affiliate(r, "Renault"), "two companies of one sentence are two parties");
  }

  @Test
  void aBodyNamedByItsHeadIsTheBodyOfTheStorysOrganisation() {
    String text =
        "BRUSSELS, June 18 - EC farm ministers met. The Commission has threatened to cut"
            + " subsidies.";
    List<Mention> m = resolve(text, find(text, "EC"), ner(text, "ORG", "Commission"));
    assertEquals("organisation:european-commission", named(m, "Commission").actorId());
    String none = "The Commission has threatened to cut subsidies.";
    assertEquals(
        "organisation:commission",
        named(resolve(none, List.of(), ner(none, "ORG", "Commission")), "Commission").actorId());
  }

  @Test
  void statesThatDidNotExistYetAreTheirPredecessors() {
    String text = "Moscow's interest in U.S. corn grew. Radiation levels in the Ukraine fell.";
    List<Mention> in1987 =
        resolver.resolve(
            "a1",
            text,
            DATE,
            Spans.oneSentence(text),
            find(text, "Moscow", "U.S.", "Ukraine"),
            List.of());
    assertEquals("SUN", named(in1987, "Moscow").actorId(), "Moscow in 1987 is the Soviet Union");
    assertEquals(
        "location:ukraine", named(in1987, "Ukraine").actorId(), "a Soviet republic is a place");
    assertEquals("SUN", named(in1987, "Ukraine").country());
    List<Mention> in2023 =
        resolver.resolve(
            "a1",
            text,
            LocalDate.of(2023, 3, 1),
            Spans.oneSentence(text),
            find(text, "Moscow", "U.S.", "Ukraine"),
            List.of());
    assertEquals("RUS", named(in2023, "Moscow").actorId());
    assertEquals("UKR", named(in2023, "Ukraine").actorId());
  }

  @Test
  void aDatelineOrAnEventNamedForACityIsNoActor() {
    String text =
        "BAHRAIN - Iran reported a new offensive. The Paris accord held, and Paris said it would"
            + " help. Bahrain agreed.";
    List<Mention> m = resolve(text, find(text, "BAHRAIN", "Bahrain", "Iran", "Paris"), List.of());
    assertEquals(
        List.of("location:bahrain", "IRN", "location:paris", "FRA", "BHR"),
        m.stream().map(Mention::actorId).toList());
  }

  @Test
  void initialsAndShorterForms() {
    assertTrue(
        OrganisationNames.acronymOf(
            "OECD", "Organisation for Economic Co-operation and Development"));
    assertTrue(OrganisationNames.acronymOf("E.C.", "European Community"));
    assertFalse(OrganisationNames.acronymOf("EC", "European Commission of Human Rights"));
    assertFalse(OrganisationNames.acronymOf("Ec", "European Community"));
    assertTrue(OrganisationNames.shorterForm("Community", "European Community"));
    assertTrue(OrganisationNames.shorterForm("Central Bank", "Central Bank of Barbados"));
    assertFalse(OrganisationNames.shorterForm("Bank", "Bankers Trust"));
    assertFalse(OrganisationNames.shorterForm("European Community", "European Community"));
  }

  @Test
  void theTreasuryOfALondonStoryIsBritainsAndATreasuryMarketIsNoActor() {
    String text =
        "LONDON, April 13 - Gilt auctions will be patterned after those in the U.S. Treasury"
            + " market, the Bank of England said. However, the Treasury was believed to have"
            + " baulked at the request. Treasury bills fell.";
    List<Mention> m =
        resolve(
            text,
            find(text, "LONDON", "U.S. Treasury", "Bank of England"),
            ner(text, "ORG", "Treasury"));
    assertTrue(
        m.stream().noneMatch(x -> x.actorId().contains("department-of-the-treasury")),
        "a market, not the US Treasury: " + m);
    Mention treasury =
        m.stream()
            .filter(x -> x.text().equals("Treasury") && x.begin() > 130 && x.begin() < 160)
            .findFirst()
            .orElseThrow(() -> new AssertionError(m.toString()));
    assertEquals("Treasury (United Kingdom)", treasury.actorName());
    assertEquals("GBRGOV", treasury.cameoCode());
    assertEquals(
        1,
        m.stream().filter(x -> x.text().equals("Treasury")).count(),
        "'Treasury bills' names securities: " + m);

    String us = "WASHINGTON, April 13 - The Treasury said it would sell bonds.";
    List<Mention> u = resolve(us, find(us, "WASHINGTON"), ner(us, "ORG", "Treasury"));
    assertEquals(
        "organisation:united-states-department-of-the-treasury",
        named(u, "Treasury").actorId(),
        "the dictionary's, in an American story");
  }

  @Test
  void aCapitalDescribingAnOfficeOrTradersIsAPlaceAndNewEnglandIsNotEngland() {
    String text =
        "The charge against a senior London executive of the London-based firm surprised London"
            + " dealers, but London said it would act. The governors of New England states met.";
    List<Mention> m = resolve(text, find(text, "London", "England"), List.of());
    assertEquals(
        List.of("location", "location", "location", "country"),
        m.stream().filter(x -> x.text().equals("London")).map(Mention::entityType).toList(),
        m.toString());
    assertTrue(
        m.stream().noneMatch(x -> x.text().equals("England")), "New England is no country: " + m);
  }

  @Test
  void aCountryWrittenAsAMemberOfAnOrganisationBelongsToIt() {
    String text =
        "Fellow OPEC member Venezuela has agreed to lend Ecuador crude. OPEC said Venezuela would"
            + " pump more.";
    List<Mention> m = resolve(text, find(text, "OPEC", "Venezuela", "Ecuador"), List.of());
    assertEquals(
        "organisation:organization-of-petroleum-exporting-countries",
        m.stream().filter(x -> x.text().equals("Venezuela")).findFirst().orElseThrow().affiliate(),
        "carried to the later mention too: " + m);
    assertNull(named(m, "Ecuador").affiliate());
  }

  @Test
  void aCountryAfterTheDatelinesCityIsAPlaceAndAnUnnamedOfficialsOrganisationIsTheSourceOnly() {
    String text =
        "OSAKA, Japan, April 27 - The Soviet Union will buy corn from the United States, an"
            + " Agriculture Department official said. The Volkswagen board met. Japan agreed.";
    List<Mention> m =
        resolve(
            text,
            find(text, "Japan", "Soviet", "United States"),
            ner(text, "ORG", "Agriculture Department", "The Volkswagen"));
    assertEquals("location", m.get(0).entityType(), "the dateline's country: " + m);
    assertEquals(
        "country",
        m.stream()
            .filter(x -> x.text().equals("Japan"))
            .reduce((a, b) -> b)
            .orElseThrow()
            .entityType(),
        "Japan in the text is the country");
    assertEquals(
        Mention.ASIDE,
        named(m, "Agriculture Department").listBegin(),
        "the source pairs with no one: " + m);
    assertNull(named(m, "United States").listBegin());
    assertEquals(
        "Volkswagen",
        m.stream()
            .filter(x -> x.actorName().contains("Volkswagen"))
            .findFirst()
            .orElseThrow()
            .actorName());
  }

  @Test
  void aPossessiveOwnsAnOrganisationOnlyRightBeforeItAndNeverAnInternationalOne() {
    String text =
        "A court upheld Pennzoil's claim against Texaco, well down on Venezuela's OPEC quota, while"
            + " Japan's ruling Liberal Democratic Party met.";
    List<Mention> m =
        resolve(
            text,
            find(text, "Texaco", "Venezuela", "OPEC", "Japan"),
            ner(text, "ORG", "Pennzoil", "Liberal Democratic Party"));
    assertNull(named(m, "Texaco").affiliate(), m.toString());
    assertNull(named(m, "OPEC").affiliate(), m.toString());
    assertEquals("JPN", named(m, "Liberal Democratic Party").affiliate());
  }

  @Test
  void aCountryBeforeAClauseOwnsNoTitleInIt() {
    String text =
        "TOKYO, March 31 - The Japanese ambassador to the United States\n"
            + "Suggested that Prime Minister Yasuhiro Nakasone make proposals.";
    List<Mention> m =
        resolve(
            text,
            find(text, "TOKYO", "Japanese", "United States"),
            ner(text, "PER", "Yasuhiro Nakasone"));
    assertEquals("USA", named(m, "United States").actorId());
    assertNotEquals("USA", named(m, "Yasuhiro Nakasone").affiliate(), m.toString());
  }

  @Test
  void anOfficeWrittenAsAPersonsTitleIsNoActor() {
    String text =
        "Secretary of State Michael R. Pompeo made a trip to Baghdad. The Secretary of State said"
            + " so.";
    List<Mention> m =
        resolver.resolve(
            "a1",
            text,
            LocalDate.of(2019, 5, 15),
            Spans.oneSentence(text),
            find(text, "Secretary of State", "Michael R. Pompeo"),
            List.of());
    assertEquals(
        List.of("Michael R. Pompeo", "Secretary of State"),
        m.stream().map(Mention::text).toList(),
        "only the title goes: " + m);
  }
}
