package org.dyad.tagger;

/**
 * The features of Dyad's part-of-speech tagger: the word, its suffixes and first letter, its shape,
 * the two words on each side (and the suffixes of the nearest), and the tags given to the two words
 * before (greedy left-to-right tagging, as in Collins 2002 and Honnibal's averaged perceptron).
 */
public final class PosFeatures implements Features {
  public static final PosFeatures INSTANCE = new PosFeatures();
  static final String START = "-START-";
  static final String START2 = "-START2-";
  static final String END = "-END-";
  static final String END2 = "-END2-";

  private PosFeatures() {}

  @Override
  public String name() {
    return "pos-1";
  }

  @Override
  public String normal(String word) {
    boolean digits = true;
    boolean anyDigit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) anyDigit = true;
      else if (c != ',' && c != '.') digits = false;
    }
    if (digits && anyDigit) return word.length() == 4 ? "!YEAR" : "!DIGITS";
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public int max() {
    return 21;
  }

  @Override
  public void write(
      String[] words,
      String[] normals,
      Object prepared,
      int i,
      String prev,
      String prev2,
      FeatureSink out) {
    String w = normals[i];
    String raw = words[i];
    String wm1 = i > 0 ? normals[i - 1] : START;
    String wm2 = i > 1 ? normals[i - 2] : i > 0 ? START : START2;
    String wp1 = i + 1 < normals.length ? normals[i + 1] : END;
    String wp2 = i + 2 < normals.length ? normals[i + 2] : i + 1 < normals.length ? END : END2;
    String sh = shape(raw);
    out.begin("b").end();
    out.begin("w=").add(w).end();
    suffix(out.begin("s3="), w, 3).end();
    suffix(out.begin("s2="), w, 2).end();
    out.begin("p1=").add(w, 0, Math.min(1, w.length())).end();
    out.begin("sh=").add(sh).add(i == 0 ? "^" : "").end();
    out.begin("t-1=").add(prev).end();
    out.begin("t-2=").add(prev2).end();
    out.begin("t-1,t-2=").add(prev).add(',').add(prev2).end();
    out.begin("t-1,w=").add(prev).add(',').add(w).end();
    out.begin("w-1=").add(wm1).end();
    suffix(out.begin("s3-1="), wm1, 3).end();
    out.begin("w-2=").add(wm2).end();
    out.begin("w+1=").add(wp1).end();
    suffix(out.begin("s3+1="), wp1, 3).end();
    out.begin("w+2=").add(wp2).end();
    out.begin("w,w+1=").add(w).add(',').add(wp1).end();
    out.begin("w-1,w=").add(wm1).add(',').add(w).end();
    suffix(out.begin("s4="), w, 4).end();
    out.begin("p3=").add(w, 0, Math.min(3, w.length())).end();
    suffix(out.begin("s1="), w, 1).add(",sh=").add(sh).end();
  }

  /** The last {@code n} characters of {@code w} (all of a shorter word) added to {@code out}. */
  static FeatureSink suffix(FeatureSink out, String w, int n) {
    return out.add(w, Math.max(0, w.length() - n), w.length());
  }

  /** Letters as X/x, digits as d, others as themselves; runs of one kind cut to two. */
  static String shape(String word) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    int run = 0;
    for (int i = 0; i < word.length() && b.length() < 12; i++) {
      char c = word.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k == last) {
        if (++run > 2) continue;
      } else {
        run = 1;
        last = k;
      }
      b.append(k);
    }
    return b.toString();
  }
}
