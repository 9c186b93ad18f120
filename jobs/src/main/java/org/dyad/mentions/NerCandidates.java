package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import scala.collection.Seq;

/**
 * The sentences NER reads: those with a capitalized word that no dictionary match covers, where a
 * name the dictionary does not know can be. A sentence whose capitalized words are all dictionary
 * matches (or a common first word such as "The") gives NER nothing to add, and "Shr 10 cts vs 5
 * cts" nothing to find; skipping them is most of what makes NER affordable on a whole corpus
 * (docs/BENCHMARKS.md).
 */
public final class NerCandidates {
  private NerCandidates() {}

  /** Capitalized words that often start a sentence without being a name. */
  static final Set<String> COMMON_FIRST_WORDS =
      Set.of(
          "The",
          "A",
          "An",
          "It",
          "He",
          "She",
          "They",
          "We",
          "I",
          "You",
          "In",
          "On",
          "At",
          "But",
          "And",
          "Or",
          "So",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "Its",
          "His",
          "Her",
          "Their",
          "Our",
          "For",
          "With",
          "As",
          "By",
          "From",
          "To",
          "Of",
          "If",
          "When",
          "While",
          "After",
          "Before",
          "Since",
          "Although",
          "However",
          "Also",
          "Some",
          "Most",
          "Many",
          "All",
          "No",
          "Not");

  /**
   * Capitalized words that are not names wherever they stand: months (not May, a name too),
   * weekdays, and the labels of earnings tables ("Shr 81 cts vs 2.78 dlrs Net 53.5 mln vs 180.9 mln
   * Revs ...").
   */
  static final Set<String> NEVER_NAMES =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Shr",
          "Shrs",
          "Net",
          "Revs",
          "Qtr",
          "Oper",
          "Avg",
          "Mths",
          "Note",
          "Qtly",
          "Div",
          "Dividend",
          "Sales",
          "Loss",
          "Profit",
          "Record",
          "Prior",
          "Pay",
          "Earnings",
          "Income",
          "Nine",
          "Six",
          "Year",
          "Yr");

  /**
   * Whether text[begin, end] (inclusive, as Spark NLP gives sentences) holds a capitalized word
   * that starts outside every dictionary span [dictBegin[i], dictEnd[i]] (inclusive), leaving out a
   * first word that is a common one or that the text also writes in lower case. A word starts at a
   * letter not preceded by a letter or digit ("U.S." has two, "anti-American" one capitalized).
   */
  public static boolean hasUnknownName(
      String text, int begin, int end, int[] dictBegin, int[] dictEnd) {
    return hasUnknownName(
        text, begin, end, new Spans(dictBegin, dictEnd), w -> appearsLowerCase(text, w));
  }

  static boolean hasUnknownName(
      String text, int begin, int end, Spans dictionary, Predicate<String> lowerCase) {
    int last = Math.min(end, text.length() - 1);
    boolean first = true;
    for (int i = Math.max(0, begin); i <= last; i++) {
      char c = text.charAt(i);
      // a dateline ("WASHINGTON, March 11 - The U.S. ...") ends at a spaced dash: a sentence starts
      // after it
      if (c == '-'
          && i > 0
          && i + 1 <= last
          && text.charAt(i - 1) == ' '
          && text.charAt(i + 1) == ' ') first = true;
      if (!Character.isLetter(c)) continue;
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      if (!wordStart) continue;
      boolean firstWord = first;
      first = false;
      if (!Character.isUpperCase(c)) continue;
      String word = word(text, i, last);
      if (NEVER_NAMES.contains(word)) continue;
      if (firstWord && (COMMON_FIRST_WORDS.contains(word) || lowerCase.test(word))) continue;
      if (!dictionary.covers(i)) return true;
    }
    return false;
  }

  /**
   * Whether the word also stands in the text in lower case ("Production in 1986 ..." beside "oil
   * production"): then, capitalized at the start of a sentence, it is a common word, not a name.
   * Names (Icahn, Baker) are not written in lower case in the same story.
   */
  static boolean appearsLowerCase(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean capitalized =
        word.length() >= 2
            && Character.isUpperCase(word.charAt(0))
            && word.substring(1).equals(lower.substring(1));
    if (!capitalized) return false;
    for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      int after = at + lower.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = after >= text.length() || !Character.isLetter(text.charAt(after));
      if (startsWord && endsWord) return true;
    }
    return false;
  }

  private static String word(String text, int from, int last) {
    int to = from;
    while (to <= last && Character.isLetter(text.charAt(to))) to++;
    return text.substring(from, to);
  }

  /**
   * Sentences of more words than this are not given to NER: no news sentence is that long (the
   * longest "sentences" of Reuters 000-018, tables run together, have 769 and 402 words; 24 of
   * 114,961 have more than 200), and NerDL's time and memory grow with the sentence (one
   * 150,000-word "sentence" without a full stop took two minutes). Their dictionary matches stand;
   * how many were left out is counted ({@link #tooLong}) and reported on the mentions line and in
   * the manifest.
   */
  public static final int MAX_WORDS = 1000;

  /**
   * Whitespace-separated words in text[begin, end] (inclusive), stopping once past {@link
   * #MAX_WORDS}.
   */
  static int words(String text, int begin, int end) {
    int last = Math.min(end, text.length() - 1);
    int n = 0;
    boolean inWord = false;
    for (int i = Math.max(0, begin); i <= last && n <= MAX_WORDS; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }

  private static final UserDefinedFunction CHOICES =
      udf(
          (UDF5<String, Seq<Integer>, Seq<Integer>, Seq<Integer>, Seq<Integer>, int[]>)
              (text, begins, ends, dictBegins, dictEnds) ->
                  choices(text, ints(begins), ints(ends), ints(dictBegins), ints(dictEnds)),
          DataTypes.createArrayType(DataTypes.IntegerType, false));

  private static int[] ints(Seq<Integer> values) {
    if (values == null) return new int[0];
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) out[i] = values.apply(i);
    return out;
  }

  /** What NER does with a sentence ({@link #choices}). */
  static final int CANDIDATE = 0, NOTHING_TO_FIND = 1, TOO_LONG = 2;

  /**
   * @param annotated a key column, text, {@link NlpPipelines#SENTENCE} and {@link
   *     NlpPipelines#DICTIONARY_CHUNK}
   * @return the key and {@link NlpPipelines#SENTENCE}: one row per candidate sentence, as a
   *     one-element array that Spark NLP stages accept
   */
  public static Dataset<Row> sentences(Dataset<Row> annotated, String key) {
    Metadata sentenceMeta = annotated.schema().apply(NlpPipelines.SENTENCE).metadata();
    return withChoices(annotated, key)
        .where(col("_choice").equalTo(CANDIDATE))
        .select(col(key), array(col("_sentence")).as(NlpPipelines.SENTENCE, sentenceMeta));
  }

  /**
   * The candidate sentences NER does not read because they have more than {@link #MAX_WORDS} words.
   */
  public static long tooLong(Dataset<Row> annotated) {
    return withChoices(annotated, "article_id").where(col("_choice").equalTo(TOO_LONG)).count();
  }

  /**
   * One row per sentence: the key, the sentence annotation and NER's choice for it, made once per
   * article ({@link #choices}): the article's text and dictionary matches are read once, not once
   * per sentence (per sentence, a 10,000,000-character article spent more than 10 minutes copying
   * its text).
   */
  private static Dataset<Row> withChoices(Dataset<Row> annotated, String key) {
    return annotated
        .select(
            col(key),
            col(NlpPipelines.SENTENCE),
            CHOICES
                .apply(
                    col(NlpPipelines.TEXT),
                    col(NlpPipelines.SENTENCE + ".begin"),
                    col(NlpPipelines.SENTENCE + ".end"),
                    col(NlpPipelines.DICTIONARY_CHUNK + ".begin"),
                    col(NlpPipelines.DICTIONARY_CHUNK + ".end"))
                .as("_choices"))
        .select(
            col(key),
            col("_choices"),
            posexplode(col(NlpPipelines.SENTENCE)).as(new String[] {"_pos", "_sentence"}))
        .select(
            col(key),
            col("_sentence"),
            element_at(col("_choices"), col("_pos").plus(1)).as("_choice"));
  }

  /**
   * For each sentence [begins[i], ends[i]] of the text: {@link #TOO_LONG} when it has an unknown
   * name ({@link #hasUnknownName}) and more than {@link #MAX_WORDS} words, {@link #CANDIDATE} when
   * it has one and fits, {@link #NOTHING_TO_FIND} otherwise. The answers of asking sentence by
   * sentence, in time that grows with the article, not its square: dictionary spans are found by
   * binary search, and whether a word also stands in lower case is looked up once per word.
   */
  static int[] choices(String text, int[] begins, int[] ends, int[] dictBegin, int[] dictEnd) {
    int[] out = new int[begins.length];
    if (text == null) {
      Arrays.fill(out, NOTHING_TO_FIND);
      return out;
    }
    Spans spans = new Spans(dictBegin, dictEnd);
    Map<String, Boolean> lowerCase = new HashMap<>();
    for (int i = 0; i < begins.length; i++) {
      boolean unknown =
          hasUnknownName(
              text,
              begins[i],
              ends[i],
              spans,
              w -> lowerCase.computeIfAbsent(w, x -> appearsLowerCase(text, x)));
      out[i] =
          !unknown
              ? NOTHING_TO_FIND
              : words(text, begins[i], ends[i]) <= MAX_WORDS ? CANDIDATE : TOO_LONG;
    }
    return out;
  }

  /**
   * Dictionary spans (inclusive), sorted by start, with the furthest end reached so far: coverage
   * by binary search.
   */
  static final class Spans {
    private final int[] begins;
    private final int[] reach;

    Spans(int[] begin, int[] end) {
      Integer[] order = new Integer[begin.length];
      for (int i = 0; i < order.length; i++) order[i] = i;
      Arrays.sort(order, Comparator.comparingInt(i -> begin[i]));
      begins = new int[order.length];
      reach = new int[order.length];
      int furthest = Integer.MIN_VALUE;
      for (int k = 0; k < order.length; k++) {
        begins[k] = begin[order[k]];
        furthest = Math.max(furthest, end[order[k]]);
        reach[k] = furthest;
      }
    }

    /** Whether some span [b, e] has b <= offset <= e. */
    boolean covers(int offset) {
      int lo = 0, hi = begins.length - 1, last = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (begins[mid] <= offset) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return last >= 0 && reach[last] >= offset;
    }
  }
}
