package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Dyad's own NER tagger over an article: tokens by sentence in, entity spans of the text out. */
class TaggerSpansTest {
  static List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\w+|[^\\w\\s]").matcher(text);
    while (m.find()) out.add(new Span(m.start(), m.end(), m.group(), null, 1));
    return out;
  }

  @Test
  void entitiesAreSpansOfTheTextWithNerDlsLabels() {
    String text = "Angela Merkel met Vladimir Putin in Moscow. Merkel said the talks went well.";
    int cut = text.indexOf("Merkel said");
    List<Span> sentences =
        List.of(
            new Span(0, cut - 1, text.substring(0, cut - 1), null, 1),
            new Span(cut, text.length(), text.substring(cut), null, 1));
    List<Span> found = TaggerSpans.entities(text, sentences, tokens(text));
    List<String> got = found.stream().map(s -> s.text() + "/" + s.label()).toList();
    assertEquals(
        List.of("Angela Merkel/PER", "Vladimir Putin/PER", "Moscow/LOC", "Merkel/PER"), got);
    for (Span s : found) {
      assertEquals(s.text(), text.substring(s.begin(), s.end()));
      assertTrue(s.confidence() > 0.5 && s.confidence() <= 1, s.toString());
    }
    assertEquals(List.of(), TaggerSpans.entities(text, sentences, List.of()));
  }

  @Test
  void aSentenceOfMoreThanAThousandWordsIsLeftToTheDictionary() {
    String list = "Angela Merkel met Vladimir Putin in Moscow. " + "Berlin ".repeat(1001).strip();
    int cut = list.indexOf("Berlin");
    List<Span> sentences =
        List.of(
            new Span(0, cut - 1, list.substring(0, cut - 1), null, 1),
            new Span(cut, list.length(), list.substring(cut), null, 1));
    List<Span> found = TaggerSpans.entities(list, sentences, tokens(list));
    assertEquals(3, found.size(), found.toString());
    assertTrue(found.stream().allMatch(s -> s.end() <= cut));
  }
}
