package org.dyad.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorType;

/**
 * Lists of actors: three or more mentions of one type in a sentence joined only by commas and a
 * last "and" or "or" ("Chile, Peru and Ecuador", "Underwriters are Wood Gundy Inc, Gordon Capital
 * Corp, Merrill Lynch Canada Inc, Burns Fry Ltd and Midland Doherty Ltd"). Items of one list are
 * named side by side, not with each other: two actors that share a sentence only as items of one
 * list do not co-occur in it. Every mention of a list carries the offset where the list begins
 * ({@code list_begin}). A table of figures run into one sentence is a list of every actor in it.
 */
final class ActorLists {
  private ActorLists() {}

  /**
   * Fewer items are a pair or a conjunction ("Wood Gundy and Gordon Capital agreed to buy"), which
   * is a joint act.
   */
  static final int MIN_ITEMS = 3;

  /**
   * What may stand between two items: a comma or semicolon, then "and"/"or"/"&", an article,
   * Reuters' angle brackets.
   */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "[\\s<>]*(?:[,;][\\s<>]*)?(?:(?:and|or|&|as well"
              + " as|and/or)[\\s<>]+)?(?:the\\s+)?[\\s<>]*",
          Pattern.CASE_INSENSITIVE);

  /** The mentions, sorted by begin, with {@code listBegin} set on the items of every list. */
  static List<Mention> mark(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    out.sort(Comparator.comparingInt(Mention::begin));
    int i = 0;
    while (i < out.size()) {
      int j = i;
      boolean comma = false;
      while (j + 1 < out.size() && joined(text, out.get(j), out.get(j + 1))) {
        comma |=
            text.substring(out.get(j).end(), out.get(j + 1).begin()).indexOf(',') >= 0
                || text.substring(out.get(j).end(), out.get(j + 1).begin()).indexOf(';') >= 0;
        j++;
      }
      if (j - i + 1 >= MIN_ITEMS && comma) {
        int begin = out.get(i).begin();
        for (int k = i; k <= j; k++) out.set(k, out.get(k).inList(begin));
      }
      i = j + 1;
    }
    return sources(text, tables(text, out));
  }

  /**
   * An unnamed source's post and verb after an organisation: "an Agriculture Department official
   * said", "Treasury officials say".
   */
  private static final Pattern SOURCE =
      Pattern.compile(
          "^\\s+(?:[a-z]+\\s+){0,2}?(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|analyst|analysts|economist|economists|"
              + "expert|experts|staff|aide|aides)(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})?,?\\s+(?:said|says|told|added|estimated|predicted|forecast|noted|reported)\\b");

  /** "better than Mexico's", "more than the United States": what an actor is compared with. */
  private static final Pattern THAN =
      Pattern.compile(
          "\\bthan\\s+(?:the\\s+|that\\s+of\\s+(?:the\\s+)?|those\\s+of\\s+(?:the\\s+)?)?$");

  /**
   * An actor named only as the term of a comparison ("the package was better than Mexico's") is no
   * party to the sentence.
   */
  static boolean compared(String text, Mention m) {
    return THAN.matcher(text.substring(Math.max(0, m.begin() - 30), m.begin())).find();
  }

  /**
   * An actor that only says whose unnamed official is speaking, or is only the term of a
   * comparison, pairs with no one in its sentence. An organisation that only says whose unnamed
   * official is speaking ("The Soviet Union will likely honor its commitment ..., an Agriculture
   * Department official said") is the source of the sentence, not a party to what it reports: it
   * pairs with no one in that sentence ({@link Mention#ASIDE}).
   */
  static List<Mention> sources(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean organisation = m.type() == ActorType.ORGANISATION;
      int end =
          Math.min(text.length(), Math.max(m.end(), Math.min(m.sentenceEnd() + 1, m.end() + 90)));
      String after = text.substring(m.end(), end);
      boolean source = organisation && SOURCE.matcher(after).find();
      out.add(m.listBegin() == null && (source || compared(text, m)) ? m.inList(Mention.ASIDE) : m);
    }
    return out;
  }

  /**
   * Countries and other places make one kind of list ("in the Philippines, Malaysia, Sumatra, Nepal
   * and India").
   */
  private static ActorType kind(Mention m) {
    return m.type() == ActorType.LOCATION ? ActorType.COUNTRY : m.type();
  }

  /**
   * A sentence of at least this many numbers, making at least {@link #TABLE_SHARE} of its words, is
   * a table.
   */
  static final int TABLE_NUMBERS = 12;

  static final double TABLE_SHARE = 0.35;

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern NUMBER = Pattern.compile("[-+(]?[0-9][0-9.,/:%-]*\\)?");

  /**
   * A table of figures run into one sentence ("CHILE 22 8 109 76 PERU ..."; a supply/demand table
   * by country) is a list of all the actors in it: they are rows of the table, side by side.
   */
  static List<Mention> tables(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    int i = 0;
    while (i < out.size()) {
      int j = i;
      while (j + 1 < out.size() && out.get(j + 1).sentence() == out.get(i).sentence()) j++;
      Mention first = out.get(i);
      int from = Math.max(0, Math.min(first.sentenceBegin(), text.length()));
      if (j > i
          && isTable(
              text.substring(from, Math.max(from, Math.min(text.length(), first.sentenceEnd()))))) {
        int begin =
            out.get(i).listBegin() != null
                ? Math.min(out.get(i).listBegin(), first.begin())
                : first.begin();
        for (int k = i; k <= j; k++) out.set(k, out.get(k).inList(begin));
      }
      i = j + 1;
    }
    return out;
  }

  static boolean isTable(String sentence) {
    Matcher w = WORD.matcher(sentence);
    int words = 0;
    int numbers = 0;
    while (w.find()) {
      words++;
      if (NUMBER.matcher(w.group()).matches()) numbers++;
    }
    return numbers >= TABLE_NUMBERS && numbers >= TABLE_SHARE * words;
  }

  private static boolean joined(String text, Mention a, Mention b) {
    return a.sentence() == b.sentence()
        && kind(a).equals(kind(b))
        && a.end() <= b.begin()
        && b.begin() - a.end() <= 16
        && SEPARATOR.matcher(text.substring(a.end(), b.begin())).matches();
  }
}
