package org.dyad.tagger;

import java.util.Arrays;

/** The words of one sentence and a tag per word (part of speech, chunk or entity label). */
public record TaggedSentence(String[] words, String[] tags) {
  public TaggedSentence {
    if (words.length != tags.length)
      throw new IllegalArgumentException(words.length + " words but " + tags.length + " tags");
    words = words.clone();
    tags = tags.clone();
  }

  public int size() {
    return words.length;
  }

  public String word(int i) {
    return words[i];
  }

  public String tag(int i) {
    return tags[i];
  }

  @Override
  public String[] words() {
    return words.clone();
  }

  @Override
  public String[] tags() {
    return tags.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaggedSentence s
        && Arrays.equals(words, s.words)
        && Arrays.equals(tags, s.tags);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(words) + Arrays.hashCode(tags);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) b.append(' ');
      b.append(words[i]).append('/').append(tags[i]);
    }
    return b.toString();
  }
}
