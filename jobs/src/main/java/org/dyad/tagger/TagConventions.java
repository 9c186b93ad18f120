package org.dyad.tagger;

import java.util.Set;

/**
 * Where two Penn Treebank tag sets differ by convention, not by analysis: the UD English Web
 * Treebank (Dyad's training data) writes brackets as {@code -LRB-}/{@code -RRB-}, tells opening
 * from closing quotes, tags "to" before a noun phrase IN and has tags for hyphens and other
 * punctuation ({@code HYPH}, {@code NFP}); CoNLL-2003 writes {@code (}, {@code "}, {@code TO} and
 * {@code :}. A tag the tagger gives counts as right when it is the gold tag or its counterpart
 * here.
 */
public final class TagConventions {
  private TagConventions() {}

  private static final Set<String> DASHES = Set.of(":", "HYPH", "NFP", ",", "SYM");

  public static boolean same(String word, String gold, String guess) {
    if (gold.equals(guess)) return true;
    switch (gold) {
      case "(":
        return guess.equals("-LRB-");
      case ")":
        return guess.equals("-RRB-");
      case "\"":
        return guess.equals("``") || guess.equals("''");
      case "TO":
        return guess.equals("IN") && word.equalsIgnoreCase("to");
      case ":":
        return DASHES.contains(guess) && !word.chars().anyMatch(Character::isLetterOrDigit);
      default:
        return false;
    }
  }
}
