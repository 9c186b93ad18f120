package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lists of three or more actors of one type are marked; pairs, conjunctions and mixed sentences are
 * not.
 */
class ActorListsTest {
  static MentionResolver resolver;

  @BeforeAll
  static void dictionary() throws IOException {
    resolver =
        Spans.resolver(
            "Chile | country | CHL | | Chile",
            "Peru | country | PER | | Peru",
            "Ecuador | country | ECU | | Ecuador; Equador",
            "United States | country | USA | | U.S.; United States",
            "France | country | FRA | | France",
            "Germany | country | DEU | | Germany",
            "United Kingdom | country | GBR | | Britain");
  }

  private static List<Mention> resolve(String text, List<Span> dictionary, List<Span> ner) {
    return resolver.resolve(
        "a1",
        text,
        LocalDate.of(1987, 3, 17),
        List.of(new Span(0, text.length(), text, null, 1)),
        dictionary,
        ner);
  }

  private static List<String> listed(List<Mention> ms) {
    List<String> out = new ArrayList<>();
    for (Mention m : ms) out.add(m.text() + (m.listBegin() == null ? "" : "@" + m.listBegin()));
    return out;
  }

  @Test
  void threeCountriesJoinedByCommasAndAndAreOneList() {
    String text =
        "Chile, Peru and Equador produced 2.5 mln tonnes, and Peru shipped 96,000 tonnes to the"
            + " United States.";
    List<Mention> m =
        resolve(
            text, Spans.dictionary(text, "Chile", "Peru", "Equador", "United States"), List.of());
    assertEquals(List.of("Chile@0", "Peru@0", "Equador@0", "Peru", "United States"), listed(m));
  }

  @Test
  void underwritersInAngleBracketsWithLegalFormsAreOneList() {
    String text =
        "The underwriting group includes <Dominion Securities Inc>, Burns Fry Ltd, Wood Gundy Inc"
            + " and Gordon Capital Corp.";
    List<Mention> m =
        resolve(
            text,
            List.of(),
            Spans.ner(
                text,
                "ORG",
                "Dominion Securities Inc",
                "Burns Fry Ltd",
                "Wood Gundy Inc",
                "Gordon Capital Corp"));
    List<String> l = listed(m);
    assertTrue(
        l.stream().filter(s -> s.contains("@")).count() >= 3,
        "the NER organisations outside the brackets at least: " + l);
    assertEquals(1, m.stream().map(Mention::listBegin).distinct().count(), "one list: " + l);
  }

  @Test
  void twoActorsJoinedByAndAreAJointActNotAList() {
    String text = "Wood Gundy Inc and Gordon Capital Corp agreed to buy the securities.";
    List<Mention> m =
        resolve(text, List.of(), Spans.ner(text, "ORG", "Wood Gundy Inc", "Gordon Capital Corp"));
    assertEquals(2, m.size(), m.toString());
    assertTrue(m.stream().allMatch(x -> x.listBegin() == null), m.toString());
  }

  @Test
  void wordsOtherThanSeparatorsOrAnotherTypeBreakTheList() {
    String text = "Britain told France, Germany and the United States that Chile would pay.";
    List<Mention> m =
        resolve(
            text,
            Spans.dictionary(text, "Britain", "France", "Germany", "United States", "Chile"),
            List.of());
    assertEquals(
        List.of("Britain", "France@13", "Germany@13", "United States@13", "Chile"),
        listed(m),
        "the subject is not an item; 'the' after 'and' is allowed");
    String mixed = "Reagan, France and Germany met.";
    List<Mention> x =
        resolve(
            mixed, Spans.dictionary(mixed, "France", "Germany"), Spans.ner(mixed, "PER", "Reagan"));
    assertTrue(
        x.stream().allMatch(y -> y.listBegin() == null),
        "a person and two countries: " + listed(x));
  }

  @Test
  void aTableOfFiguresIsAListOfItsActorsAndPlacesJoinCountriesInALists() {
    String table =
        "Fish oil output, in thousands of tonnes, were - 1986 1985 1986 1985 CHILE 22 8 109 76 PERU"
            + " 45 12 130 95 U.S. 10 11 12 13 FRANCE 1 2 3 4.";
    List<Mention> m =
        resolve(table, Spans.dictionary(table, "CHILE", "PERU", "U.S", "FRANCE"), List.of());
    assertTrue(
        m.size() >= 3
            && m.stream()
                .allMatch(x -> x.listBegin() != null && x.listBegin().equals(m.get(0).begin())),
        listed(m).toString());
    assertTrue(ActorLists.isTable(table));
    assertFalse(
        ActorLists.isTable(
            "Peru shipped 96,000 tonnes to the U.S. in 1986, against 80,000 in 1985."));

    String places =
        "It has distribution rights in the Philippines, Chile, Sumatra, Peru and Ecuador.";
    List<Mention> p =
        resolve(
            places,
            Spans.dictionary(places, "Chile", "Peru", "Ecuador"),
            Spans.ner(places, "LOC", "Sumatra", "Philippines"));
    assertTrue(
        p.stream()
            .filter(x -> !x.entityType().equals("location"))
            .allMatch(x -> x.listBegin() != null),
        "a region does not break the list: " + listed(p));
  }

  @Test
  void anActorNamedOnlyAsTheTermOfAComparisonPairsWithNoOne() {
    String text =
        "Ecuador said the package it negotiated with Chile was better than Peru's and worse than"
            + " that of the United States.";
    List<Mention> m =
        resolve(
            text, Spans.dictionary(text, "Ecuador", "Chile", "Peru", "United States"), List.of());
    assertEquals(List.of("Ecuador", "Chile", "Peru@-1", "United States@-1"), listed(m));
  }
}
