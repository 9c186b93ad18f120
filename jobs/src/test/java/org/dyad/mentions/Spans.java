package org.dyad.mentions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.Agents;

/**
 * A resolver over a few actor lines, and spans as the dictionary matcher and NER would give them,
 * for resolver tests.
 */
final class Spans {
  private Spans() {}

  /** A resolver over these actor-file lines, with the shipped agents. */
  static MentionResolver resolver(String... actorLines) throws IOException {
    return new MentionResolver(
        ActorDictionary.of(Map.of("test-actors.txt", String.join("\n", actorLines))),
        Agents.load());
  }

  /** Every whole-word occurrence of each phrase, as dictionary matches. */
  static List<Span> dictionary(String text, String... phrases) {
    List<Span> spans = new ArrayList<>();
    for (String p : phrases) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(p) + "\\b").matcher(text);
      while (m.find()) spans.add(new Span(m.start(), m.end(), m.group(), "dictionary", 1));
    }
    return spans;
  }

  /** Every occurrence of each phrase, as NER chunks with the label. */
  static List<Span> ner(String text, String label, String... phrases) {
    List<Span> spans = new ArrayList<>();
    for (String p : phrases) {
      Matcher m = Pattern.compile(Pattern.quote(p)).matcher(text);
      while (m.find()) spans.add(new Span(m.start(), m.end(), m.group(), label, 0.9));
    }
    return spans;
  }

  /** The whole text as one sentence. */
  static List<Span> oneSentence(String text) {
    return List.of(new Span(0, text.length(), text, null, 1));
  }
}
