package org.dyad.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.text.TextNormalizer;

/**
 * The common English short forms of given names ("Jim" for James, "Bill" for William, "Bob" for
 * Robert): one person written "Jim Risch" and "James E. Risch" is one actor. A short form with two
 * full forms ("Tony": Anthony, Antony) takes the first; a name no one shortens is its own form.
 */
public final class GivenNames {
  private GivenNames() {}

  private static final Map<String, String> FULL = new HashMap<>();

  private static void forms(String full, String... shortForms) {
    FULL.put(full, full);
    for (String s : shortForms) FULL.putIfAbsent(s, full);
  }

  static {
    forms("james", "jim", "jimmy", "jamie");
    forms("william", "bill", "billy", "willy");
    forms("robert", "bob", "bobby", "rob", "robbie");
    forms("michael", "mike", "mick", "mickey");
    forms("thomas", "tom", "tommy");
    forms("anthony", "tony");
    forms("antony", "tony");
    forms("richard", "dick", "rick", "ricky", "rich");
    forms("ronald", "ron", "ronnie");
    forms("joseph", "joe", "joey");
    forms("daniel", "dan", "danny");
    forms("david", "dave", "davey");
    forms("stephen", "steve");
    forms("steven", "steve");
    forms("christopher", "chris");
    forms("nicholas", "nick");
    forms("edward", "ed", "eddie", "ted", "ned");
    forms("kenneth", "ken", "kenny");
    forms("gerald", "jerry", "gerry");
    forms("lawrence", "larry");
    forms("andrew", "andy");
    forms("samuel", "sam", "sammy");
    forms("benjamin", "ben", "benny");
    forms("alexander", "alex");
    forms("peter", "pete");
    forms("frederick", "fred", "freddie");
    forms("charles", "chuck", "charlie");
    forms("henry", "hank");
    forms("john", "johnny");
    forms("patrick", "pat");
    forms("gregory", "greg");
    forms("matthew", "matt");
    forms("timothy", "tim");
    forms("donald", "don");
    forms("douglas", "doug");
    forms("jonathan", "jon");
    forms("nathaniel", "nate");
    forms("zachary", "zach");
    forms("elizabeth", "liz", "beth", "betty", "lizzie");
    forms("katherine", "kate", "kathy", "katie");
    forms("catherine", "cathy");
    forms("margaret", "peggy", "maggie", "meg");
    forms("susan", "sue", "susie");
    forms("jennifer", "jen", "jenny");
    forms("deborah", "debbie", "deb");
    forms("patricia", "patty", "trish");
    forms("abraham", "abe");
    forms("vladimir", "volodya");
  }

  /** Every form of each full given name, the full one among them, in alphabetical order. */
  private static final Map<String, List<String>> FORMS = new HashMap<>();

  static {
    for (Map.Entry<String, String> e : new TreeMap<>(FULL).entrySet())
      FORMS.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
  }

  /**
   * Other spellings of a person's name of two or more words: without middle names and initials, and
   * with each other form of the given name ("Robert E. Dole" -> "Robert Dole", "Bob Dole", "Bobby
   * Dole", ...), in a fixed order; empty for a name of one word.
   */
  public static List<String> spellings(String name) {
    String[] words = words(name);
    if (words == null) return List.of();
    String last = words[words.length - 1];
    Set<String> out = new LinkedHashSet<>();
    if (words.length > 2) out.add(words[0] + " " + last);
    for (String form : FORMS.getOrDefault(full(words[0].replace(".", "")), List.of()))
      out.add(Character.toUpperCase(form.charAt(0)) + form.substring(1) + " " + last);
    out.remove(name.strip());
    return List.copyOf(out);
  }

  /** The full form of a given name ("jim" -> "james"), lower case; the name itself if none. */
  public static String full(String given) {
    String g = given.toLowerCase(Locale.ROOT);
    return FULL.getOrDefault(g, g);
  }

  /**
   * A person's name as "full given name + last name", without middle names and initials: "Jim
   * Risch", "James E. Risch" -> "james risch". Null for a name of one word.
   */
  public static String key(String name) {
    String[] words = words(name);
    if (words == null) return null;
    return full(words[0].replace(".", ""))
        + " "
        + TextNormalizer.key(words[words.length - 1]).toLowerCase(Locale.ROOT);
  }

  /** A person's name as words, or null for one word or a given name of one letter ("J. Smith"). */
  private static String[] words(String name) {
    String[] words = TextNormalizer.singleSpaces(name.strip()).split(" ");
    return words.length < 2 || words[0].replace(".", "").length() < 2 ? null : words;
  }
}
