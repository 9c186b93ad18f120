package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names from NER chunks: never across commas, quotes or line breaks; hyphenated and particle names
 * whole.
 */
class NameSpansTest {
  private static Span chunk(String text, String phrase, String label) {
    int i = text.indexOf(phrase);
    assertTrue(i >= 0, phrase);
    return new Span(i, i + phrase.length(), phrase, label, 0.9);
  }

  private static List<String> names(String text, Span... chunks) {
    return NameSpans.prepare(text, List.of(chunks)).stream().map(Span::text).toList();
  }

  @Test
  void aNameNeverSpansACommaAQuoteOrAParagraphBreak() {
    String t = "“We will leave Afghanistan,” Mujahid said.";
    assertEquals(
        List.of("Afghanistan", "Mujahid"), names(t, chunk(t, "Afghanistan,” Mujahid", "PER")));
    String u = "He told Fox News’ “Sunday Morning Futures” program.";
    assertEquals(
        List.of("Fox News", "Sunday Morning Futures"),
        names(u, chunk(u, "Fox News’ “Sunday Morning Futures", "ORG")));
    String v = "Fox News\n\nSunday";
    assertEquals(
        List.of("Fox News", "Sunday"),
        names(v, chunk(v, "Fox News\n\nSunday", "ORG")),
        "a paragraph break");
    String wrapped = "said Clayton\nYeutter";
    assertEquals(
        List.of("Clayton\nYeutter"),
        names(wrapped, chunk(wrapped, "Clayton\nYeutter", "PER")),
        "a wrapped line is a space");
    String w = "said \"Iran\" today";
    assertEquals(List.of("Iran"), names(w, chunk(w, "\"Iran\"", "LOC")));
  }

  @Test
  void apostrophesInsideNamesAndPossessivesStay() {
    String t = "Conor O’Brien’s visit";
    assertEquals(
        List.of("Conor O’Brien’s"),
        names(t, chunk(t, "Conor O’Brien’s", "PER")),
        "the possessive is stripped later, with titles");
    String u = "the Ba'ath party";
    assertEquals(List.of("Ba'ath"), names(u, chunk(u, "Ba'ath", "ORG")));
  }

  @Test
  void hyphenatedAndParticleNamesAreWhole() {
    String t = "Prime Minister Adel Abdul-Mahdi said";
    assertEquals(
        List.of("Adel Abdul-Mahdi"),
        names(t, chunk(t, "Adel Abdul", "PER"), chunk(t, "Mahdi", "PER")),
        "joined across the hyphen");
    String u = "President Tsai Ing-wen said";
    assertEquals(
        List.of("Tsai Ing-wen"),
        names(u, chunk(u, "Tsai Ing", "PER")),
        "a name stopped at a hyphen takes the word's rest");
    String v = "General Abdel Fattah al-Burhan said";
    assertEquals(
        List.of("Abdel Fattah al-Burhan"),
        names(v, chunk(v, "Abdel Fattah", "PER"), chunk(v, "Burhan", "PER")));
    String w = "Luiz Inácio Lula da Silva and Ursula von der Leyen met";
    assertEquals(
        List.of("Luiz Inácio Lula da Silva", "Ursula von der Leyen"),
        names(
            w,
            chunk(w, "Luiz Inácio Lula", "PER"),
            chunk(w, "Silva", "PER"),
            chunk(w, "Ursula", "PER"),
            chunk(w, "Leyen", "PER")));
  }

  @Test
  void namesOfOtherKindsOrWithWordsBetweenStayApart() {
    String t = "Ruto and Odinga";
    assertEquals(
        List.of("Ruto", "Odinga"), names(t, chunk(t, "Ruto", "PER"), chunk(t, "Odinga", "PER")));
    String u = "Biden de Washington";
    assertEquals(
        List.of("Biden", "Washington"),
        names(u, chunk(u, "Biden", "PER"), chunk(u, "Washington", "LOC")),
        "a particle joins names of one kind only");
    assertFalse(NameSpans.joinable(" De "), "particles are lower case");
    assertTrue(NameSpans.joinable(" bin "));
    assertTrue(NameSpans.joinable(" al-"));
  }
}
