package org.dyad.topics;

import com.johnsnowlabs.nlp.annotators.EnglishStemmer;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A token as the topic model reads it, in plain Java: letters only (everything else cut out of the
 * token), lower case, between the shortest and the longest term length, not a stop word; then its
 * term, the word's stem (Spark NLP's English stemmer, {@code EnglishStemmer.stem}) or the word
 * itself. The same words and terms as Spark NLP's Normalizer (cleanup pattern {@code [^A-Za-z]},
 * lower case, minimum and maximum length), StopWordsCleaner (not case-sensitive) and Stemmer one
 * after the other (TopicWordsTest compares them on the seeds and on hostile tokens), without an
 * annotation per token and stage; and a token seen before in the same task is looked up, not worked
 * out again (news repeats its words: the stemmer ran for every token before).
 */
final class TopicWords implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many distinct tokens a task remembers before it starts afresh (bounds its memory). */
  static final int REMEMBERED = 200_000;

  private static final String[] DROPPED = new String[0];

  private final int minLength;
  private final int maxLength;
  private final Set<String> stopWords;
  private final boolean stem;
  private transient Map<String, String[]> seen;

  /** Stop words compared in lower case (they are given in lower case). */
  TopicWords(int minLength, int maxLength, Set<String> stopWords, boolean stem) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.stopWords = Set.copyOf(stopWords);
    this.stem = stem;
  }

  /** The token's word and term ({word, term}), or null when the topic model does not read it. */
  String[] of(String token) {
    if (seen == null) seen = new HashMap<>();
    String[] known = seen.get(token);
    if (known == null) {
      if (seen.size() >= REMEMBERED) seen.clear();
      known = work(token);
      seen.put(token, known);
    }
    return known == DROPPED ? null : known;
  }

  /** The words and terms of tokens, in order, added to {@code words} and {@code terms}. */
  void add(List<String> tokens, List<String> words, List<String> terms) {
    for (String token : tokens) {
      String[] wordAndTerm = of(token);
      if (wordAndTerm == null) continue;
      words.add(wordAndTerm[0]);
      terms.add(wordAndTerm[1]);
    }
  }

  private String[] work(String token) {
    StringBuilder letters = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letters.append(c);
    }
    // only ASCII letters are left, so lower case is the same in every locale
    String word = letters.toString().toLowerCase(Locale.ROOT);
    if (word.isEmpty() || word.length() < minLength || word.length() > maxLength) return DROPPED;
    if (stopWords.contains(word)) return DROPPED;
    return new String[] {word, stem ? EnglishStemmer.stem(word) : word};
  }
}
