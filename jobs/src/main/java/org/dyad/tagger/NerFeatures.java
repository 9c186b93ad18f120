package org.dyad.tagger;

import java.util.Locale;

/**
 * The features of Dyad's named-entity tagger (labels PER, LOC, ORG, MISC in IOB2): the word as
 * written and in lower case, its prefixes and suffixes, its shape and capitalisation, the two words
 * on each side with their shapes, and the two labels given before (greedy left-to-right tagging, as
 * in Ratinov and Roth 2009's baseline). The same tagger code and model format as the part-of-speech
 * tagger ({@link PosFeatures}).
 */
public final class NerFeatures implements Features, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Gazetteer gazetteer;
  private final WordClusters clusters;
  private final WordClusters fine;

  public NerFeatures(Gazetteer gazetteer, WordClusters clusters) {
    this(gazetteer, clusters, null);
  }

  /** With {@code fine}, a second, finer grouping of the words. */
  public NerFeatures(Gazetteer gazetteer, WordClusters clusters, WordClusters fine) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.fine = fine;
  }

  public WordClusters clusters() {
    return clusters;
  }

  public WordClusters fine() {
    return fine;
  }

  @Override
  public boolean hasState() {
    return true;
  }

  /** The gazetteer's phrases and both groupings of words, sorted. */
  @Override
  public void writeState(java.io.DataOutputStream out) throws java.io.IOException {
    java.util.TreeMap<String, String> g =
        gazetteer == null ? new java.util.TreeMap<>() : gazetteer.entries();
    out.writeInt(g.size());
    for (java.util.Map.Entry<String, String> e : g.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    for (WordClusters c : new WordClusters[] {clusters, fine}) {
      java.util.TreeMap<String, Integer> m = c == null ? new java.util.TreeMap<>() : c.entries();
      out.writeInt(c == null ? -1 : m.size());
      for (java.util.Map.Entry<String, Integer> e : m.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeShort(e.getValue());
      }
    }
  }

  /** The features {@link #writeState} recorded. */
  public static NerFeatures readState(java.io.DataInputStream in) throws java.io.IOException {
    int n = in.readInt();
    java.util.Map<String, String> g = new java.util.HashMap<>(n * 2);
    for (int i = 0; i < n; i++) g.put(in.readUTF(), in.readUTF());
    WordClusters[] c = new WordClusters[2];
    for (int k = 0; k < 2; k++) {
      int m = in.readInt();
      if (m < 0) continue;
      java.util.Map<String, Integer> words = new java.util.HashMap<>(m * 2);
      for (int i = 0; i < m; i++) words.put(in.readUTF(), (int) in.readShort());
      c[k] = WordClusters.of(words);
    }
    return new NerFeatures(Gazetteer.of(g), c[0], c[1]);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * What the tagger knows of a document: the words it writes in lower case after a sentence's first
   * word, and the entity types it has given each capitalised word so far.
   */
  static final class Document {
    final java.util.Set<String> lowerWords = new java.util.HashSet<>();

    /**
     * Per capitalised word, the words written right before and after it anywhere in the document.
     */
    final java.util.Map<String, java.util.TreeSet<String>> around = new java.util.HashMap<>();

    final java.util.Map<String, java.util.Map<String, Integer>> history = new java.util.HashMap<>();

    String historyOf(String word) {
      java.util.Map<String, Integer> counts = history.get(word);
      if (counts == null) return "-";
      String best = null;
      int most = 0;
      for (java.util.Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet())
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      return best;
    }
  }

  /** What a sentence's features share: the gazetteer's matches and the document. */
  record Prepared(String[] gazetteer, Document document) {}

  @Override
  public Object startDocument(java.util.List<String[]> sentences) {
    Document d = new Document();
    for (String[] words : sentences) {
      for (int i = 1; i < words.length; i++)
        if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0)))
          d.lowerWords.add(words[i]);
      for (int i = 0; i < words.length; i++) {
        if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) continue;
        java.util.TreeSet<String> a =
            d.around.computeIfAbsent(words[i], k -> new java.util.TreeSet<>());
        a.add("<" + (i > 0 ? normal(words[i - 1]) : "^"));
        a.add(">" + (i + 1 < words.length ? normal(words[i + 1]) : "$"));
      }
    }
    return d;
  }

  /** IOB2: "I-X" only after "B-X" or "I-X". */
  @Override
  public boolean allowed(String previous, String tag) {
    if (!tag.startsWith("I-")) return true;
    return previous.length() == tag.length()
        && previous.charAt(1) == '-'
        && previous.regionMatches(2, tag, 2, tag.length() - 2);
  }

  @Override
  public void observe(Object document, String[] words, String[] tags) {
    if (!(document instanceof Document d)) return;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      String type = tags[i].length() > 2 ? tags[i].substring(2) : "O";
      d.history.computeIfAbsent(w, k -> new java.util.HashMap<>()).merge(type, 1, Integer::sum);
    }
  }

  /** The gazetteer's matches, per word, and the document. */
  @Override
  public Object prepare(String[] words, String[] normals, Object document) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) lower[i] = lower(words[i]);
    return new Prepared(gazetteer == null ? null : gazetteer.match(lower), (Document) document);
  }

  @Override
  public String name() {
    return "ner-2";
  }

  @Override
  public String normal(String word) {
    return PosFeatures.INSTANCE.normal(word);
  }

  @Override
  public int max() {
    return 64;
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
    int n = normals.length;
    String w = normals[i];
    String raw = words[i];
    String wm1 = i > 0 ? normals[i - 1] : PosFeatures.START;
    String wm2 = i > 1 ? normals[i - 2] : i > 0 ? PosFeatures.START : PosFeatures.START2;
    String wp1 = i + 1 < n ? normals[i + 1] : PosFeatures.END;
    String wp2 = i + 2 < n ? normals[i + 2] : i + 1 < n ? PosFeatures.END : PosFeatures.END2;
    String sh = PosFeatures.shape(raw);
    String shm1 = i > 0 ? PosFeatures.shape(words[i - 1]) : PosFeatures.START;
    String shp1 = i + 1 < n ? PosFeatures.shape(words[i + 1]) : PosFeatures.END;
    String cap = capitals(raw);
    String first = i == 0 ? "^" : "";
    out.begin("b").end();
    out.begin("w=").add(w).end();
    out.begin("W=").add(raw).end();
    out.begin("sh=").add(sh).add(first).end();
    out.begin("cap=").add(cap).add(first).end();
    PosFeatures.suffix(out.begin("s1="), w, 1).end();
    PosFeatures.suffix(out.begin("s2="), w, 2).end();
    PosFeatures.suffix(out.begin("s3="), w, 3).end();
    PosFeatures.suffix(out.begin("s4="), w, 4).end();
    out.begin("p1=").add(w, 0, Math.min(1, w.length())).end();
    out.begin("p2=").add(w, 0, Math.min(2, w.length())).end();
    out.begin("p3=").add(w, 0, Math.min(3, w.length())).end();
    out.begin("p4=").add(w, 0, Math.min(4, w.length())).end();
    out.begin("t-1=").add(prev).end();
    out.begin("t-2=").add(prev2).end();
    out.begin("t-1,t-2=").add(prev).add(',').add(prev2).end();
    out.begin("t-1,w=").add(prev).add(',').add(w).end();
    out.begin("t-1,sh=").add(prev).add(',').add(sh).end();
    out.begin("w-1=").add(wm1).end();
    out.begin("w-2=").add(wm2).end();
    out.begin("w+1=").add(wp1).end();
    out.begin("w+2=").add(wp2).end();
    out.begin("sh-1=").add(shm1).end();
    out.begin("sh+1=").add(shp1).end();
    out.begin("sh-1,sh=").add(shm1).add(',').add(sh).end();
    out.begin("sh,sh+1=").add(sh).add(',').add(shp1).end();
    out.begin("w-1,w=").add(wm1).add(',').add(w).end();
    out.begin("w,w+1=").add(w).add(',').add(wp1).end();
    out.begin("t-1,w-1=").add(prev).add(',').add(wm1).end();
    PosFeatures.suffix(out.begin("s3-1="), wm1, 3).end();
    PosFeatures.suffix(out.begin("s3+1="), wp1, 3).end();
    out.begin("cap-1,cap=").add(i > 0 ? capitals(words[i - 1]) : "^").add(',').add(cap).end();
    out.begin("cap,cap+1=").add(cap).add(',').add(i + 1 < n ? capitals(words[i + 1]) : "$").end();
    if (clusters != null) {
      int c = clusters.of(w);
      out.begin("cl=").add(c).end();
      out.begin("cl,cap=").add(c).add(',').add(cap).end();
      out.begin("cl-1=").add(i > 0 ? clusters.of(wm1) : -2).end();
      out.begin("cl+1=").add(i + 1 < n ? clusters.of(wp1) : -2).end();
      out.begin("t-1,cl=").add(prev).add(',').add(c).end();
    }
    if (fine != null) {
      out.begin("cf=").add(fine.of(w)).end();
      out.begin("cf-1=").add(i > 0 ? fine.of(wm1) : -2).end();
      out.begin("cf+1=").add(i + 1 < n ? fine.of(wp1) : -2).end();
    }
    Prepared p = (Prepared) prepared;
    String[] gz = p == null ? null : p.gazetteer();
    Document d = p == null ? null : p.document();
    if (d != null && !raw.isEmpty() && Character.isUpperCase(raw.charAt(0))) {
      String h = d.historyOf(raw);
      out.begin("hist=").add(h).end();
      out.begin("hist,t-1=").add(h).add(',').add(prev).end();
      out.begin("lc=").add(d.lowerWords.contains(lower(raw))).end();
      // context aggregation (Ratinov and Roth 2009): the words around the same word elsewhere in
      // the document, up to six each side
      java.util.TreeSet<String> a = d.around.get(raw);
      if (a != null) {
        int left = 0;
        int right = 0;
        for (String x : a) {
          if (x.charAt(0) == '<' ? left++ >= 6 : right++ >= 6) continue;
          out.begin("ag").add(x).end();
        }
      }
    }
    if (gz != null) {
      String g = gz[i] == null ? "-" : gz[i];
      out.begin("gz=").add(g).end();
      out.begin("gz,cap=").add(g).add(',').add(cap).end();
      out.begin("gz-1=").add(i > 0 && gz[i - 1] != null ? gz[i - 1] : "-").end();
      out.begin("gz+1=").add(i + 1 < n && gz[i + 1] != null ? gz[i + 1] : "-").end();
    }
  }

  /** "A" all capitals, "C" capitalised, "l" lower, "d" with digits, "o" other. */
  static String capitals(String word) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) upper = true;
      else if (Character.isLowerCase(c)) lower = true;
      else if (Character.isDigit(c)) digit = true;
    }
    if (digit) return "d";
    if (upper && !lower) return word.length() > 1 ? "A" : "C";
    if (upper) return Character.isUpperCase(word.charAt(0)) ? "C" : "m";
    return lower ? "l" : "o";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
