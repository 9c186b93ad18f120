package org.dyad.mentions;

import java.util.ArrayList;
import java.util.List;
import org.dyad.tagger.PerceptronTagger;
import org.dyad.tagger.ShippedTagger;
import org.dyad.text.TextNormalizer;

/**
 * Dyad's own NER tagger over one article: its tokens grouped by sentence, the sentences tagged in
 * order as one document ({@link PerceptronTagger#tagDocument}), the IOB2 tags read as entity spans
 * of the article's text with the labels NerDL gives (PER, LOC, ORG, MISC). A span's confidence is
 * the least, over its words, of the logistic of the margin by which the tagger chose each word's
 * tag (1 for words of the tag dictionary). Sentences of more than {@link NerCandidates#MAX_WORDS}
 * words are not tagged, as NerDL does not read them.
 */
public final class TaggerSpans {
  private TaggerSpans() {}

  /** The entities of an article with the shipped tagger. */
  public static List<Span> entities(String text, List<Span> sentences, List<Span> tokens) {
    return entities(ShippedTagger.ner(), text, sentences, tokens);
  }

  static List<Span> entities(
      PerceptronTagger tagger, String text, List<Span> sentences, List<Span> tokens) {
    if (tokens.isEmpty()) return List.of();
    // tokens by sentence (a token outside every sentence starts a group of its own)
    // a sentence of more than NerCandidates.MAX_WORDS words is left to the dictionary, as NerDL
    // leaves it (no news sentence is that long: a table or a list run together)
    List<List<Span>> groups = new ArrayList<>();
    int s = 0;
    List<Span> current = null;
    int currentSentence = -2;
    boolean skipped = false;
    for (Span t : tokens) {
      while (s < sentences.size() && sentences.get(s).end() <= t.begin()) s++;
      int at = s < sentences.size() && sentences.get(s).begin() <= t.begin() ? s : -1;
      if (current == null || at != currentSentence || at < 0) {
        currentSentence = at;
        Span sentence = at >= 0 ? sentences.get(at) : null;
        skipped =
            sentence != null
                && NerCandidates.words(text, sentence.begin(), sentence.end() - 1)
                    > NerCandidates.MAX_WORDS;
        current = new ArrayList<>();
        if (!skipped) groups.add(current);
      }
      if (!skipped) current.add(t);
    }
    List<String[]> words = new ArrayList<>(groups.size());
    for (List<Span> g : groups) {
      String[] w = new String[g.size()];
      for (int i = 0; i < w.length; i++) w[i] = TextNormalizer.straightQuotes(g.get(i).text());
      words.add(w);
    }
    List<float[]> margins = new ArrayList<>(groups.size());
    List<String[]> tags = tagger.tagDocument(words, margins);
    List<Span> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Span> toks = groups.get(g);
      String[] t = tags.get(g);
      float[] m = margins.get(g);
      int i = 0;
      while (i < t.length) {
        if (t[i].length() < 3 || t[i].charAt(1) != '-') {
          i++;
          continue;
        }
        String type = t[i].substring(2);
        int j = i + 1;
        while (j < t.length && t[j].equals("I-" + type)) j++;
        double confidence = 1;
        for (int k = i; k < j; k++) confidence = Math.min(confidence, logistic(m[k]));
        int begin = toks.get(i).begin();
        int end = toks.get(j - 1).end();
        out.add(
            new Span(
                begin,
                end,
                text.substring(begin, Math.min(end, text.length())),
                type,
                Math.round(confidence * 1000) / 1000.0));
        i = j;
      }
    }
    return out;
  }

  private static double logistic(float margin) {
    return Float.isInfinite(margin) ? 1 : 1 / (1 + Math.exp(-margin));
  }
}
