package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MentionResolverTest {
  static MentionResolver resolver;
  static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 15);

  @BeforeAll
  static void dictionary() throws IOException {
    resolver =
        new MentionResolver(
            ActorDictionary.of(
                Map.of(
                    "test-actors.txt",
                    String.join(
                        "\n",
                        "Iran | country | IRN | | Iran; Iranian@demonym; Tehran@capital;"
                            + " Isfahan@city",
                        "United States | country | USA | | US; U.S.; America; American@demonym;"
                            + " Washington@capital",
                        "Hassan Rouhani | person | IRNGOV | 2013-08-03..2021-08-03 | Rouhani;"
                            + " Hassan Rouhani",
                        "Hassan Rouhani | person | IRNGOVLEG | 1980-05-28..2000-05-26 |",
                        "Mike Pompeo | person | USAGOV | 2017-01-23..2021-01-20 | Pompeo; Michael"
                            + " R. Pompeo",
                        "Khalid | person | SAUELI | 1931-01-01..1975-03-25 | Khalid",
                        "Jens Stoltenberg | person | NORELI | 1977-01-01..2000-03-17 | Stoltenberg;"
                            + " Jens Stoltenberg",
                        "Washington Post | ignore | | | Washington Post",
                        "White House | organisation | USAGOV | | White House"))));
  }

  /** Spans of every occurrence of each phrase, as the dictionary matcher would give them. */
  private static List<Span> find(String text, String... phrases) {
    List<Span> spans = new ArrayList<>();
    for (String p : phrases) {
      Matcher m =
          Pattern.compile("\\b" + Pattern.quote(p) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
      while (m.find()) spans.add(new Span(m.start(), m.end(), m.group(), "dictionary", 1));
    }
    return spans;
  }

  private static Span ner(String text, String phrase, String label) {
    int i = text.indexOf(phrase);
    return new Span(i, i + phrase.length(), phrase, label, 0.9);
  }

  private static List<Mention> resolve(
      String text, LocalDate date, List<Span> dictionary, List<Span> ner) {
    return resolver.resolve(
        "a1", text, date, List.of(new Span(0, text.length(), text, null, 1)), dictionary, ner);
  }

  @Test
  void anOccupationBeforeANameIsNoPartOfIt() {
    String text =
        "Investor Martin T. Sosnoff said he raised his offer. Analyst George Salem agreed.";
    List<Mention> m =
        resolve(
            text,
            MAY_2019,
            List.of(),
            List.of(
                ner(text, "Investor Martin T. Sosnoff", "PER"),
                ner(text, "Analyst George Salem", "PER")));
    assertEquals(
        List.of("Martin T. Sosnoff", "George Salem"), m.stream().map(Mention::actorName).toList());
  }

  @Test
  void aOneWordNameTypedAPersonOnceIsThatPersonWhereverNerTypedItOtherwise() {
    String text =
        "\"The holdings should be equal,\" Watanabe said. Watanabe has acted as mediator. Watanabe"
            + " said the firm would grow.";
    List<Span> ner = new ArrayList<>();
    int first = text.indexOf("Watanabe");
    int second = text.indexOf("Watanabe", first + 1);
    int third = text.indexOf("Watanabe", second + 1);
    ner.add(new Span(first, first + 8, "Watanabe", "ORG", 0.9));
    ner.add(new Span(second, second + 8, "Watanabe", "PER", 0.9));
    ner.add(new Span(third, third + 8, "Watanabe", "ORG", 0.9));
    List<Mention> m = resolve(text, MAY_2019, List.of(), ner);
    assertEquals(
        List.of("person", "person", "person"),
        m.stream().map(Mention::entityType).toList(),
        m.toString());
    assertEquals(1, m.stream().map(Mention::actorId).distinct().count());
  }

  @Test
  void americaAfterAContinentWordIsNotTheUnitedStates() {
    String text =
        "Latin America cannot pay, Peruvian officials said. The three South American producers and"
            + " Pan-American trade grew, while American banks and North America's buyers waited in"
            + " America.";
    List<Mention> m =
        resolve(
            text,
            MAY_2019,
            find(text, "America", "American"),
            List.of(ner(text, "Latin America", "LOC")));
    assertEquals(
        List.of("Latin America", "American", "America"),
        m.stream()
            .filter(x -> x.actorId().equals("USA") || x.entityType().equals("location"))
            .map(Mention::text)
            .toList(),
        "only the bank's demonym and the last America are the United States; Latin America stays"
            + " NER's place: "
            + m);
    assertEquals("location", m.get(0).entityType());
  }

  @Test
  void aSurnameInsideAnotherPersonsFullNameIsThatOtherPerson() {
    LocalDate april1987 = LocalDate.of(1987, 4, 3);
    String text = "West German Finance Minister Gerhard Stoltenberg said the accord held.";
    List<Mention> m =
        resolve(
            text,
            april1987,
            find(text, "Stoltenberg"),
            List.of(ner(text, "Gerhard Stoltenberg", "PER")));
    assertEquals("person:gerhard-stoltenberg", m.get(0).actorId(), "Gerhard is not Jens");
    assertEquals("Gerhard Stoltenberg", m.get(0).text());
    String other = "Finance Minister Stoltenberg of Norway agreed.";
    List<Mention> o =
        resolve(
            other,
            april1987,
            find(other, "Stoltenberg"),
            List.of(ner(other, "Minister Stoltenberg", "PER")));
    assertEquals(
        "person:jens-stoltenberg",
        o.get(0).actorId(),
        "a title before the surname is no given name");
  }

  @Test
  void aLaterBareSurnameIsThePersonTheStoryNamedInFullUnlessTheDictionaryPersonHoldsOffice() {
    LocalDate april1987 = LocalDate.of(1987, 4, 3);
    String text =
        "West German Finance Minister Gerhard Stoltenberg spoke. Stoltenberg declined to comment.";
    List<Mention> m =
        resolve(
            text,
            april1987,
            find(text, "Stoltenberg"),
            List.of(ner(text, "Gerhard Stoltenberg", "PER")));
    assertEquals(
        List.of("person:gerhard-stoltenberg", "person:gerhard-stoltenberg"),
        m.stream().map(Mention::actorId).toList());

    // Pompeo holds office in May 2019: a relative named in full does not take his surname.
    String text2 = "Susan Pompeo attended the dinner. Pompeo said Iran would be held accountable.";
    List<Mention> m2 =
        resolve(text2, MAY_2019, find(text2, "Pompeo"), List.of(ner(text2, "Susan Pompeo", "PER")));
    assertEquals("person:mike-pompeo", m2.get(m2.size() - 1).actorId());
  }

  @Test
  void aGivenNameWithTheSameInitialOrAKnownFullNameKeepsThePerson() {
    String text = "Secretary of State Michael R. Pompeo arrived. Mike Pompeo spoke.";
    List<Mention> m =
        resolve(
            text,
            MAY_2019,
            find(text, "Pompeo"),
            List.of(ner(text, "Michael R. Pompeo", "PER"), ner(text, "Mike Pompeo", "PER")));
    assertEquals(
        List.of("person:mike-pompeo", "person:mike-pompeo"),
        m.stream().map(Mention::actorId).toList());
    assertEquals("Michael", NameShapes.givenName("Michael R. "));
    assertEquals("Lula", NameShapes.givenName("Lula da "));
    assertNull(NameShapes.givenName("Finance Minister "));
  }

  @Test
  void dictionaryNamesMustBeCapitalizedAndShortOnesInCapitals() {
    String text = "The US and us. Iran and iran.";
    List<Mention> m = resolve(text, MAY_2019, find(text, "US", "Iran"), List.of());
    assertEquals(List.of("US", "Iran"), m.stream().map(Mention::text).toList());
    assertEquals(List.of("USA", "IRN"), m.stream().map(Mention::actorId).toList());
    assertEquals("country", m.get(0).entityType());
  }

  @Test
  void aCapitalNamesItsCountryButAfterInItIsAPlace() {
    String text = "Tehran said it would act. He spoke in Tehran and later in Isfahan.";
    List<Mention> m = resolve(text, MAY_2019, find(text, "Tehran", "Isfahan"), List.of());
    assertEquals("IRN", m.get(0).actorId());
    assertEquals("capital", m.get(0).aliasKind());
    assertTrue(m.get(0).confidence() < 0.95, "metonymy is less certain");
    assertEquals("location:tehran", m.get(1).actorId());
    assertEquals("IRN", m.get(1).country());
    assertEquals("location:isfahan", m.get(2).actorId(), "a city is a place wherever it stands");
  }

  @Test
  void aDatelineIsAPlace() {
    String text = "WASHINGTON The White House said.";
    List<Mention> m = resolve(text, MAY_2019, find(text, "WASHINGTON", "White House"), List.of());
    assertEquals("location:washington", m.get(0).actorId());
    assertEquals("organisation:white-house", m.get(1).actorId());
  }

  @Test
  void aPlaceInsideALongerNameOrACurrencyIsNotTheCountry() {
    String text =
        "Isfahan Steel Co said. The Iranian rial fell. Iranian troops moved. He flew to Isfahan"
            + " Tuesday.";
    List<Mention> m = resolve(text, MAY_2019, find(text, "Isfahan", "Iranian"), List.of());
    assertEquals(List.of("Iranian", "Isfahan"), m.stream().map(Mention::text).toList());
    assertEquals(text.indexOf("Iranian troops"), m.get(0).begin());
    String inBrackets = "The unit of <Tehran Industries Ltd> said.";
    assertTrue(
        resolve(inBrackets, MAY_2019, find(inBrackets, "Tehran"), List.of()).isEmpty(),
        "company names in <...>");
  }

  @Test
  void rolesFollowTheArticlesDate() {
    String text = "Rouhani spoke.";
    Mention in2019 = resolve(text, MAY_2019, find(text, "Rouhani"), List.of()).get(0);
    assertEquals("IRNGOV", in2019.cameoCode());
    assertEquals("IRN", in2019.country());
    assertTrue(in2019.roleByDate());
    Mention in1990 =
        resolve(
                "Hassan Rouhani spoke.",
                LocalDate.of(1990, 1, 1),
                find("Hassan Rouhani spoke.", "Hassan Rouhani"),
                List.of())
            .get(0);
    assertEquals("IRNGOVLEG", in1990.cameoCode());
    Mention undated = resolve(text, null, find(text, "Rouhani"), List.of()).get(0);
    assertEquals("IRNGOV", undated.cameoCode(), "without a date: the latest role");
    assertFalse(undated.roleByDate(), "and flagged as not chosen by date");
  }

  @Test
  void oneWordNamesAPersonOnlyWhileInOffice() {
    String text = "Energy Minister Khalid al-Falih said.";
    assertTrue(resolve(text, MAY_2019, find(text, "Khalid"), List.of()).isEmpty());
    assertEquals(
        1, resolve(text, LocalDate.of(1970, 1, 1), find(text, "Khalid"), List.of()).size());
  }

  @Test
  void aLowerCaseArticleIsNotPartOfTheName() {
    String text = "Later the White House said.";
    List<Mention> m = resolve(text, MAY_2019, find(text, "the White House"), List.of());
    assertEquals("White House", m.get(0).text());
    assertEquals(text.indexOf("White"), m.get(0).begin());
  }

  @Test
  void anIgnoredPhraseBlocksShorterNames() {
    String text = "The Washington Post reported.";
    List<Span> spans = find(text, "Washington Post");
    assertTrue(
        resolve(text, MAY_2019, spans, List.of(ner(text, "Washington Post", "ORG"))).isEmpty());
  }

  @Test
  void nerConfirmsDictionaryMatchesAndAddsWhatTheyMiss() {
    String text = "Secretary of State Michael R. Pompeo met Federica Mogherini in Brussels.";
    List<Mention> m =
        resolve(
            text,
            MAY_2019,
            find(text, "Michael R. Pompeo"),
            List.of(
                ner(text, "Secretary of State Michael R. Pompeo", "PER"),
                ner(text, "Federica Mogherini", "PER"),
                ner(text, "Brussels", "LOC")));
    assertEquals(3, m.size());
    assertEquals("both", m.get(0).source());
    assertEquals("person:mike-pompeo", m.get(0).actorId());
    assertEquals("person:federica-mogherini", m.get(1).actorId());
    assertEquals("ner", m.get(1).source());
    assertFalse(m.get(1).inDictionary());
    assertEquals("location:brussels", m.get(2).actorId());
  }

  @Test
  void aNameBrokenOverLinesIsOneNameWithSingleSpaces() {
    String text = "Agriculture Secretary Richard\n    Lyng spoke.";
    List<Mention> m =
        resolve(text, MAY_2019, List.of(), List.of(ner(text, "Richard\n    Lyng", "PER")));
    assertEquals(1, m.size());
    assertEquals("Richard Lyng", m.get(0).actorName());
    assertEquals("person:richard-lyng", m.get(0).actorId());
    assertEquals("Richard\n    Lyng", m.get(0).text(), "the surface text stays as written");
  }

  @Test
  void aNameStartsWithALetterOrDigit() {
    String text = "Shares of <Tandem Computers Inc> rose.";
    List<Mention> m =
        resolve(text, MAY_2019, List.of(), List.of(ner(text, "<Tandem Computers Inc", "ORG")));
    assertEquals(1, m.size());
    assertEquals(
        "Tandem Computers", m.get(0).actorName(), "the legal form is no part of the actor's name");
    assertEquals("Tandem Computers Inc", m.get(0).text());
    assertEquals(text.indexOf("Tandem"), m.get(0).begin());
  }

  @Test
  void titlesAndPossessivesAreStrippedFromNerNames() {
    String text = "Supreme Leader Ayatollah Ali Khamenei's aide and President Hassan Rouhani met.";
    List<Mention> m =
        resolve(
            text,
            MAY_2019,
            List.of(),
            List.of(
                ner(text, "Supreme Leader Ayatollah Ali Khamenei's", "PER"),
                ner(text, "President Hassan Rouhani", "PER")));
    assertEquals("Ali Khamenei", m.get(0).text());
    assertEquals(text.indexOf("Ali Khamenei"), m.get(0).begin());
    assertEquals("person:ali-khamenei", m.get(0).actorId());
    assertEquals(
        "person:hassan-rouhani", m.get(1).actorId(), "found by NER, resolved by the dictionary");
    assertEquals("IRNGOV", m.get(1).cameoCode());
  }

  @Test
  void aSurnameAloneTakesTheFullNameUsedInTheArticle() {
    String text = "Jeremy Hunt warned. Later Hunt said more.";
    List<Mention> m =
        resolve(
            text,
            MAY_2019,
            List.of(),
            List.of(
                ner(text, "Jeremy Hunt", "PER"),
                new Span(
                    text.lastIndexOf("Hunt"), text.lastIndexOf("Hunt") + 4, "Hunt", "PER", 0.8)));
    assertEquals(2, m.size());
    assertEquals("person:jeremy-hunt", m.get(1).actorId());
    assertEquals("Hunt", m.get(1).text());
  }

  @Test
  void shipsNamedAfterPeopleAreNotPersons() {
    String text = "The Pentagon sent the Abraham Lincoln carrier task force.";
    assertTrue(
        resolve(text, MAY_2019, List.of(), List.of(ner(text, "Abraham Lincoln", "PER"))).isEmpty());
    String uss = "The USS Abraham Lincoln sailed.";
    assertTrue(
        resolve(uss, MAY_2019, List.of(), List.of(ner(uss, "Abraham Lincoln", "PER"))).isEmpty());
  }

  @Test
  void emptyTextHasNoMentions() {
    assertTrue(resolve("", MAY_2019, List.of(), List.of()).isEmpty());
  }

  /**
   * One 1 MB article of one name a line (166,500 matches in one "sentence"): each match was
   * compared with every match claimed before it and searched back to the start of the article for a
   * "<" (insideAngleBrackets), and the mentions stage took 170 s on it; now a few seconds. The
   * guard only catches a stall.
   */
  @Test
  void anArticleOfOneNameALineResolvesWithoutStalling() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 999_000; i++)
      b.append(i % 2 == 0 ? "Iran" : "America").append('\n');
    String text = b.toString();
    List<Span> matches = find(text, "Iran", "America");
    assertTrue(matches.size() > 150_000, "matches: " + matches.size());
    List<Mention> mentions =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> resolve(text, MAY_2019, matches, List.of()));
    assertEquals(matches.size(), mentions.size(), "every name a mention");
  }

  /**
   * A place inside a bracketed company name ({@code <Iran Trading Co>}) is part of the name;
   * outside one it is not.
   */
  @Test
  void aNameInsideAngleBracketsIsSeenWithinReach() {
    String text = "Shares of <Iran Trading Co> rose. Iran > 5 and <note> Iran spoke.";
    Span inside = find(text, "Iran").get(0);
    assertTrue(PlaceRules.insideAngleBrackets(text, inside));
    for (Span other : find(text, "Iran").subList(1, 3))
      assertFalse(PlaceRules.insideAngleBrackets(text, other), other.toString());
    String far = "<" + "x".repeat(PlaceRules.BRACKET_REACH + 10) + " Iran Co>";
    assertFalse(
        PlaceRules.insideAngleBrackets(far, find(far, "Iran").get(0)),
        "an opening bracket out of reach is not a name's");
  }
}
