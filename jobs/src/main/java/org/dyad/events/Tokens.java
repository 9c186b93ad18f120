package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence cut into words the way the part-of-speech model was trained on them (Penn Treebank
 * conventions: punctuation apart, "do n't", "Iran 's"), each with its character offsets in the
 * text. Abbreviations with dots ("U.S.", "Mr.", "Jan.") stay whole.
 */
public final class Tokens {
  private final String[] words;
  private final int[] begins;
  private final int[] ends;

  private Tokens(List<String> words, List<int[]> spans) {
    this.words = words.toArray(String[]::new);
    this.begins = new int[spans.size()];
    this.ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      begins[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
    }
  }

  public int size() {
    return words.length;
  }

  public String word(int i) {
    return words[i];
  }

  public String[] words() {
    return words.clone();
  }

  public int begin(int i) {
    return begins[i];
  }

  public int end(int i) {
    return ends[i];
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "sgt.", "capt.", "gov.", "sen.",
          "rep.", "sens.", "reps.", "st.", "jr.", "sr.", "no.", "vs.", "inc.", "corp.", "co.",
          "ltd.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
          "nov.", "dec.", "prof.", "rev.", "adm.", "maj.", "brig.", "cmdr.", "pres.", "amb.");

  private static final String OPENERS = "\"'([{\u201c\u2018\u00ab";
  private static final String CLOSERS = "\"')]}.,;:!?\u201d\u2019\u00bb";

  /** The words of {@code text} from {@code from} to {@code to}, offsets into {@code text}. */
  public static Tokens of(String text, int from, int to) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(text.charAt(i))) i++;
      if (i >= to) break;
      int j = i;
      while (j < to && !Character.isWhitespace(text.charAt(j))) j++;
      chunk(text, i, j, words, spans);
      i = j;
    }
    return new Tokens(words, spans);
  }

  public static Tokens of(String text) {
    return of(text, 0, text.length());
  }

  /** One whitespace-free chunk: openers, the word (and its clitic), closers. */
  private static void chunk(String text, int b, int e, List<String> words, List<int[]> spans) {
    List<int[]> tail = new ArrayList<>();
    while (b < e && OPENERS.indexOf(text.charAt(b)) >= 0) {
      add(text, b, b + 1, words, spans);
      b++;
    }
    while (e > b && CLOSERS.indexOf(text.charAt(e - 1)) >= 0) {
      char c = text.charAt(e - 1);
      if (c == '.') {
        String w = text.substring(b, e).toLowerCase(Locale.ROOT);
        // "U.S.", "Mr.", a lone initial "J.": the dot belongs to the word
        if (ABBREVIATIONS.contains(w)
            || w.matches("([a-z]\\.)+")
            || w.matches("([a-z]\\.){2,}[a-z]?")) break;
      }
      if ((c == '\'' || c == '\u2019')
          && e - b > 1
          && (text.charAt(e - 2) == 's' || text.charAt(e - 2) == 'S')) {
        // "countries'": a possessive of a plural
        tail.add(0, new int[] {e - 1, e});
        e--;
        break;
      }
      tail.add(0, new int[] {e - 1, e});
      e--;
    }
    // dashes inside a chunk: "talks--and" or "Iran—and"
    int dash = -1;
    for (int k = b + 1; k < e - 1; k++) {
      char c = text.charAt(k);
      if (c == '\u2014' || c == '\u2013' || (c == '-' && text.charAt(k + 1) == '-')) {
        dash = k;
        break;
      }
    }
    if (dash > 0) {
      int dashEnd = dash + 1;
      while (dashEnd < e && (text.charAt(dashEnd) == '-')) dashEnd++;
      chunk(text, b, dash, words, spans);
      add(text, dash, dashEnd, words, spans);
      chunk(text, dashEnd, e, words, spans);
    } else if (b < e) {
      word(text, b, e, words, spans);
    }
    for (int[] t : tail) add(text, t[0], t[1], words, spans);
  }

  /** A word with its clitic apart: "don't" -> "do" "n't", "Iran's" -> "Iran" "'s". */
  private static void word(String text, int b, int e, List<String> words, List<int[]> spans) {
    String w = text.substring(b, e).replace('\u2019', '\'');
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.endsWith("n't") && w.length() > 3) {
      int cut = e - 3;
      if (lower.equals("can't")) cut = b + 2;
      else if (lower.equals("won't")) cut = b + 2;
      add(text, b, cut, words, spans);
      add(text, cut, e, words, spans);
      return;
    }
    for (String clitic : new String[] {"'s", "'re", "'ve", "'ll", "'d", "'m"}) {
      if (lower.endsWith(clitic) && w.length() > clitic.length()) {
        add(text, b, e - clitic.length(), words, spans);
        add(text, e - clitic.length(), e, words, spans);
        return;
      }
    }
    add(text, b, e, words, spans);
  }

  private static void add(String text, int b, int e, List<String> words, List<int[]> spans) {
    if (b >= e) return;
    String w = text.substring(b, e).replace('\u2019', '\'').replace('\u2018', '\'');
    if (w.equals("\u201c") || w.equals("\u201d")) w = "\"";
    words.add(w);
    spans.add(new int[] {b, e});
  }
}
