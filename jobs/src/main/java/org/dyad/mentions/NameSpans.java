package org.dyad.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NER chunks made into name spans. A name never spans a comma, a semicolon, a quotation mark of any
 * kind (straight or typographic) or a paragraph break: "Afghanistan,” Mujahid" is two names. A
 * hyphen and the particles of names join their parts: "Abdul" + "-Mahdi", "Abdel Fattah" + " al-" +
 * "Burhan", "Lula" + " da " + "Silva", "Ursula" + " von der " + "Leyen" are one name, and a name
 * stopped at a hyphen ("Tsai Ing" before "-wen") takes the rest of the hyphenated word.
 */
final class NameSpans {
  private NameSpans() {}

  /**
   * What no name contains: commas, semicolons, double quotation marks, and a paragraph break (a
   * line break followed by another, or by nothing but spaces). A single line break is a space: wire
   * text wraps its lines inside names ("Clayton\nYeutter"), and names are written with single
   * spaces.
   */
  private static final Pattern BREAK =
      Pattern.compile(
          "[,;\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]+|\\r?\\n[ \\t]*\\r?\\n\\s*");

  /** Lower-case particles that stand inside names. */
  static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ul", "bin", "ibn", "bint", "abu", "da", "de", "di", "do", "dos", "das", "du",
          "van", "von", "der", "den", "la", "le", "ter", "ten", "y", "e", "zu");

  /**
   * Every chunk cut at breaks, then neighbours joined across hyphens and particles; in text order.
   */
  static List<Span> prepare(String text, List<Span> chunks) {
    List<Span> parts = new ArrayList<>();
    for (Span c : chunks) parts.addAll(split(text, c));
    parts.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
    List<Span> joined = new ArrayList<>();
    for (Span s : parts) {
      Span extended = wholeHyphenatedWords(text, s);
      if (!joined.isEmpty()) {
        Span last = joined.get(joined.size() - 1);
        if (extended.begin() < last.end()) {
          // overlapping parts (a chunk extended over its neighbour): keep the longer
          if (extended.end() > last.end())
            joined.set(joined.size() - 1, span(text, last.begin(), extended.end(), last));
          continue;
        }
        String gap = text.substring(last.end(), extended.begin());
        if (sameKind(last, extended)
            && (joinable(gap)
                || (gap.isBlank() && !gap.isEmpty() && startsWithParticle(extended.text())))) {
          joined.set(joined.size() - 1, span(text, last.begin(), extended.end(), last));
          continue;
        }
      }
      joined.add(extended);
    }
    return joined;
  }

  /**
   * The chunk cut at commas, quotation marks, semicolons and line breaks, and at apostrophes
   * standing apart.
   */
  static List<Span> split(String text, Span chunk) {
    List<Span> out = new ArrayList<>();
    int start = chunk.begin();
    Matcher m = BREAK.matcher(text).region(chunk.begin(), chunk.end());
    while (m.find()) {
      addTrimmed(text, start, m.start(), chunk, out);
      start = m.end();
    }
    addTrimmed(text, start, chunk.end(), chunk, out);
    return out;
  }

  /**
   * A single quotation mark or apostrophe is a break unless it stands inside a word (O'Brien,
   * Ba'ath) or ends a possessive.
   */
  private static void addTrimmed(String text, int begin, int end, Span chunk, List<Span> out) {
    int b = begin;
    int e = end;
    for (int i = b; i < e; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2018' || c == '\u2019') {
        boolean inWord =
            i > b
                && i + 1 < e
                && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
        if (!inWord
            && !(i + 1 < e
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == e || !Character.isLetter(text.charAt(i + 2))))) {
          addTrimmed(text, b, i, chunk, out);
          b = i + 1;
        }
      }
    }
    while (b < e && !Character.isLetterOrDigit(text.charAt(b))) b++;
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (e > b && hasLetter(text, b, e)) out.add(span(text, b, e, chunk));
  }

  /** A name that starts or stops at a hyphen inside a word takes the whole word. */
  static Span wholeHyphenatedWords(String text, Span s) {
    int b = s.begin();
    int e = s.end();
    while (b >= 2 && text.charAt(b - 1) == '-' && Character.isLetter(text.charAt(b - 2))) {
      b -= 1;
      while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    }
    while (e + 1 < text.length()
        && text.charAt(e) == '-'
        && Character.isLetter(text.charAt(e + 1))) {
      e += 1;
      while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
    }
    return b == s.begin() && e == s.end() ? s : span(text, b, e, s);
  }

  /**
   * Text between two parts of one name: a hyphen, or lower-case particles ("al-", " da ", " von der
   * ").
   */
  static boolean joinable(String gap) {
    if (gap.isEmpty()) return false;
    if (gap.equals("-")) return true;
    String g = gap.strip();
    if (!Character.isWhitespace(gap.charAt(0)) || g.isEmpty()) return false;
    boolean spaceAfter = Character.isWhitespace(gap.charAt(gap.length() - 1));
    boolean hyphenAfter = gap.endsWith("-");
    if (!spaceAfter && !hyphenAfter) return false;
    for (String w : (hyphenAfter ? g.substring(0, g.length() - 1) : g).split("\\s+")) {
      if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || !w.equals(w.toLowerCase(Locale.ROOT)))
        return false;
    }
    return true;
  }

  /** "al-Burhan", "bin-Laden": a part that starts with a particle joined by a hyphen. */
  private static boolean startsWithParticle(String part) {
    int hyphen = part.indexOf('-');
    return hyphen > 0
        && PARTICLES.contains(part.substring(0, hyphen))
        && part.substring(0, hyphen).equals(part.substring(0, hyphen).toLowerCase(Locale.ROOT));
  }

  private static boolean sameKind(Span a, Span b) {
    return a.label() != null && a.label().equalsIgnoreCase(b.label());
  }

  private static boolean hasLetter(String text, int b, int e) {
    for (int i = b; i < e; i++) if (Character.isLetter(text.charAt(i))) return true;
    return false;
  }

  private static Span span(String text, int b, int e, Span like) {
    return new Span(b, e, text.substring(b, e), like.label(), like.confidence());
  }
}
