package org.dyad.text;

/** The word of letters right before or after an offset of a text, past whitespace. */
public final class Words {
  private Words() {}

  public static String previousWord(String text, int begin) {
    int end = begin;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
    return start < end ? text.substring(start, end) : null;
  }

  public static String nextWord(String text, int end) {
    int start = end;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
    int stop = start;
    while (stop < text.length() && Character.isLetter(text.charAt(stop))) stop++;
    return start < stop ? text.substring(start, stop) : null;
  }
}
