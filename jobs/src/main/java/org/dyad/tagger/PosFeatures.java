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
  public int extract(
      String[] words,
      String[] normals,
      Object prepared,
      int i,
      String prev,
      String prev2,
      String[] out) {
    String w = normals[i];
    String raw = words[i];
    String wm1 = i > 0 ? normals[i - 1] : START;
    String wm2 = i > 1 ? normals[i - 2] : i > 0 ? START : START2;
    String wp1 = i + 1 < normals.length ? normals[i + 1] : END;
    String wp2 = i + 2 < normals.length ? normals[i + 2] : i + 1 < normals.length ? END : END2;
    int n = 0;
    out[n++] = "b";
    out[n++] = "w=" + w;
    out[n++] = "s3=" + suffix(w, 3);
    out[n++] = "s2=" + suffix(w, 2);
    out[n++] = "p1=" + (w.isEmpty() ? "" : w.substring(0, 1));
    out[n++] = "sh=" + shape(raw) + (i == 0 ? "^" : "");
    out[n++] = "t-1=" + prev;
    out[n++] = "t-2=" + prev2;
    out[n++] = "t-1,t-2=" + prev + ',' + prev2;
    out[n++] = "t-1,w=" + prev + ',' + w;
    out[n++] = "w-1=" + wm1;
    out[n++] = "s3-1=" + suffix(wm1, 3);
    out[n++] = "w-2=" + wm2;
    out[n++] = "w+1=" + wp1;
    out[n++] = "s3+1=" + suffix(wp1, 3);
    out[n++] = "w+2=" + wp2;
    out[n++] = "w,w+1=" + w + ',' + wp1;
    out[n++] = "w-1,w=" + wm1 + ',' + w;
    out[n++] = "s4=" + suffix(w, 4);
    out[n++] = "p3=" + (w.length() <= 3 ? w : w.substring(0, 3));
    out[n++] = "s1=" + suffix(w, 1) + ",sh=" + shape(raw);
    return n;
  }

  /**
   * The keys of {@link #extract}'s features, in its order, computed without building the strings
   * (the tagger's hot loop; {@code PosFeaturesTest} holds the two to the same keys).
   */
  @Override
  public int keys(
      String[] words,
      String[] normals,
      Object prepared,
      int i,
      String prev,
      String prev2,
      String[] scratch,
      long[] out) {
    String w = normals[i];
    String raw = words[i];
    String wm1 = i > 0 ? normals[i - 1] : START;
    String wm2 = i > 1 ? normals[i - 2] : i > 0 ? START : START2;
    String wp1 = i + 1 < normals.length ? normals[i + 1] : END;
    String wp2 = i + 2 < normals.length ? normals[i + 2] : i + 1 < normals.length ? END : END2;
    String sh = shape(raw);
    long s = FeatureHash.START;
    int n = 0;
    out[n++] = FeatureHash.add(s, 'b');
    out[n++] = FeatureHash.add(FeatureHash.add(s, "w="), w);
    out[n++] = suffixKey(FeatureHash.add(s, "s3="), w, 3);
    out[n++] = suffixKey(FeatureHash.add(s, "s2="), w, 2);
    long p1 = FeatureHash.add(s, "p1=");
    out[n++] = w.isEmpty() ? p1 : FeatureHash.add(p1, w.charAt(0));
    long shape = FeatureHash.add(FeatureHash.add(s, "sh="), sh);
    out[n++] = i == 0 ? FeatureHash.add(shape, '^') : shape;
    out[n++] = FeatureHash.add(FeatureHash.add(s, "t-1="), prev);
    out[n++] = FeatureHash.add(FeatureHash.add(s, "t-2="), prev2);
    out[n++] = pair(FeatureHash.add(s, "t-1,t-2="), prev, prev2);
    out[n++] = pair(FeatureHash.add(s, "t-1,w="), prev, w);
    out[n++] = FeatureHash.add(FeatureHash.add(s, "w-1="), wm1);
    out[n++] = suffixKey(FeatureHash.add(s, "s3-1="), wm1, 3);
    out[n++] = FeatureHash.add(FeatureHash.add(s, "w-2="), wm2);
    out[n++] = FeatureHash.add(FeatureHash.add(s, "w+1="), wp1);
    out[n++] = suffixKey(FeatureHash.add(s, "s3+1="), wp1, 3);
    out[n++] = FeatureHash.add(FeatureHash.add(s, "w+2="), wp2);
    out[n++] = pair(FeatureHash.add(s, "w,w+1="), w, wp1);
    out[n++] = pair(FeatureHash.add(s, "w-1,w="), wm1, w);
    out[n++] = suffixKey(FeatureHash.add(s, "s4="), w, 4);
    out[n++] = FeatureHash.add(FeatureHash.add(s, "p3="), w, 0, Math.min(3, w.length()));
    out[n++] =
        FeatureHash.add(FeatureHash.add(suffixKey(FeatureHash.add(s, "s1="), w, 1), ",sh="), sh);
    return n;
  }

  /** Key {@code h} continued with {@code suffix(w, n)}. */
  private static long suffixKey(long h, String w, int n) {
    return FeatureHash.add(h, w, Math.max(0, w.length() - n), w.length());
  }

  /** Key {@code h} continued with {@code a + ',' + b}. */
  private static long pair(long h, String a, String b) {
    return FeatureHash.add(FeatureHash.add(FeatureHash.add(h, a), ','), b);
  }

  static String suffix(String w, int n) {
    return w.length() <= n ? w : w.substring(w.length() - n);
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
