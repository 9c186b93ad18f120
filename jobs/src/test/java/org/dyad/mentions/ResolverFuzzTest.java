package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resolver over many generated texts of today's typography (typographic quotes and apostrophes,
 * dashes, sub-headings in quotes, odd spacing, datelines), with NER chunks and dictionary matches
 * at any word boundary, as the annotators may give them: no text may make it throw (issue 31: a
 * 2025 story lost all its mentions to a StringIndexOutOfBoundsException).
 */
class ResolverFuzzTest {
  static MentionResolver resolver;

  @BeforeAll
  static void dictionary() throws IOException {
    resolver = new MentionResolver(ActorDictionary.load(List.of(), null));
  }

  static final String[] PIECES = {
    "Iran",
    "Tehran",
    "the United States",
    "U.S.",
    "Washington",
    "Pompeo",
    "Mike Pompeo",
    "Khamenei",
    "Ayatollah Ali Khamenei",
    "Taliban",
    "Kabul",
    "Hostility",
    "is",
    "directed",
    "at",
    "women",
    "Khoshbo",
    "believes",
    "said",
    "told",
    "Reuters",
    "AP",
    "the",
    "Islamic",
    "values",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "'",
    "\"",
    "\u2014",
    "\u2013",
    "-",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "<",
    ">",
    "\n",
    "\n\n",
    "  ",
    "\u00a0",
    "President",
    "Secretary of State",
    "Minister",
    "KABUL, Afghanistan \u2014",
    "WASHINGTON (Reuters) -",
    "Jan. 5",
    "March",
    "9",
    "'s",
    "\u2019s",
    "al-",
    "bin",
    "von der",
    "Leyen",
    "U.N.",
    "United Nations",
    "E.U.",
    "Sanctions",
    "on",
    "We\u2019re",
    "Both",
    "Shortly",
    "Moise",
    "said:",
    "?",
    "!",
    "...",
    "\u2026",
    "#",
    "*",
    "UN",
    "EU"
  };

  static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 5 + r.nextInt(120);
    for (int i = 0; i < n; i++) {
      String p = PIECES[r.nextInt(PIECES.length)];
      b.append(p);
      if (r.nextInt(4) != 0) b.append(' ');
    }
    return b.toString();
  }

  /** Word boundaries of the text: where a chunk may start or end. */
  static List<Integer> boundaries(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    if (out.isEmpty()) out.add(0);
    return out;
  }

  static Span span(String text, List<Integer> at, Random r, String label) {
    int a = at.get(r.nextInt(at.size()));
    int b = at.get(r.nextInt(at.size()));
    int begin = Math.min(a, b);
    int end = Math.max(a, b);
    if (end == begin) end = Math.min(text.length(), begin + 1);
    return new Span(begin, end, text.substring(begin, end), label, r.nextDouble());
  }

  static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = Pattern.compile("[^.!?]+[.!?]*").matcher(text);
    while (m.find()) out.add(new Span(m.start(), m.end(), m.group(), null, 1));
    if (out.isEmpty()) out.add(new Span(0, text.length(), text, null, 1));
    return out;
  }

  @Test
  void noGeneratedTextMakesTheResolverThrow() {
    Random r = new Random(31);
    String[] labels = {"PER", "ORG", "LOC", "MISC"};
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 4000 && failures.size() < 5; i++) {
      String text = text(r);
      List<Integer> at = boundaries(text);
      List<Span> dictionary = new ArrayList<>();
      List<Span> ner = new ArrayList<>();
      for (int k = r.nextInt(12); k > 0; k--) dictionary.add(span(text, at, r, "dictionary"));
      for (int k = r.nextInt(12); k > 0; k--) ner.add(span(text, at, r, labels[r.nextInt(4)]));
      try {
        resolver.resolve(
            "f" + i, text, LocalDate.of(2025, 1, 15), sentences(text), dictionary, ner);
      } catch (RuntimeException e) {
        failures.add(
            e + " on " + text.replace("\n", "\\n") + " ner=" + ner + " dict=" + dictionary);
      }
    }
    assertEquals(List.of(), failures);
  }
}
