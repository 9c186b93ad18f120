package org.dyad.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained greedy sequence tagger: averaged perceptron weights per feature and tag, tagging left
 * to right. Immutable and thread-safe; {@link #tag} allocates only its result and a few buffers.
 * Words seen often in training with one tag nearly always (the tag dictionary) get that tag
 * directly.
 *
 * <p>The file format ({@link #write}, {@link #read}) is gzip over: the magic {@value #MAGIC}, the
 * feature set's name, the tags, the tag dictionary, then per feature its name and its (tag, weight)
 * pairs, features in sorted order, so that one model always gives the same bytes.
 */
public final class PerceptronTagger implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String MAGIC = "DYAD-TAGGER-1";

  /** The format of a model whose features carry data of their own, written after their name. */
  static final String MAGIC_WITH_STATE = "DYAD-TAGGER-2";

  /** Makes the features a model file names from the data it recorded for them. */
  @FunctionalInterface
  public interface StateReader {
    Features read(DataInputStream in) throws IOException;
  }

  private final Features features;
  private final String[] tags;
  private final Map<String, Integer> tagDictionary;
  private final Map<String, Integer> featureIndex;
  private final FeatureTable featureKeys; // the same by key (FeatureHash)
  private final FeatureTable dictionaryKeys; // the tag dictionary by key
  private final int[] starts; // feature f's pairs are at [starts[f], starts[f + 1])
  private final byte[] pairTags;
  private final float[] pairWeights;

  PerceptronTagger(
      Features features,
      String[] tags,
      Map<String, Integer> tagDictionary,
      Map<String, Integer> featureIndex,
      int[] starts,
      byte[] pairTags,
      float[] pairWeights) {
    if (tags.length > 127) throw new IllegalArgumentException("at most 127 tags");
    this.features = features;
    this.tags = tags.clone();
    this.tagDictionary = Map.copyOf(tagDictionary);
    this.featureIndex = featureIndex;
    this.featureKeys = byKey(featureIndex, "features");
    this.dictionaryKeys = byKey(tagDictionary, "words of the tag dictionary");
    this.starts = starts;
    this.pairTags = pairTags;
    this.pairWeights = pairWeights;
  }

  /** The entries of {@code map} by key; two entries with one key are refused. */
  private static FeatureTable byKey(Map<String, Integer> map, String what) {
    FeatureTable table = new FeatureTable(map.size());
    for (Map.Entry<String, Integer> e : map.entrySet()) {
      long key = FeatureHash.of(e.getKey());
      if (!table.put(key, e.getValue())) {
        String other =
            map.keySet().stream()
                .filter(k -> !k.equals(e.getKey()) && FeatureHash.of(k) == key)
                .findFirst()
                .orElse("?");
        throw new IllegalArgumentException(
            "two " + what + " of the model have one key: '" + e.getKey() + "' and '" + other + "'");
      }
    }
    return table;
  }

  public Features features() {
    return features;
  }

  public List<String> tags() {
    return List.of(tags);
  }

  public int featureCount() {
    return featureIndex.size();
  }

  /** One tag per word. */
  public String[] tag(String[] words) {
    return tagDocument(List.<String[]>of(words)).get(0);
  }

  /**
   * One tag per word of each sentence of a document, in order: features that look at the document
   * (what earlier sentences were tagged) see the sentences before.
   */
  public List<String[]> tagDocument(List<String[]> sentences) {
    return tagDocument(sentences, null);
  }

  /**
   * As {@link #tagDocument(List)}; {@code margins}, when given, receives per sentence and word how
   * far the chosen tag's score was above the next best (infinite for a word of the tag dictionary).
   */
  public List<String[]> tagDocument(List<String[]> sentences, List<float[]> margins) {
    Object document = features.startDocument(sentences);
    List<String[]> out = new ArrayList<>(sentences.size());
    FeatureSink.Keys sink = new FeatureSink.Keys();
    long[] keys = new long[features.max()];
    float[] scores = new float[tags.length];
    for (String[] words : sentences) {
      float[] margin = margins == null ? null : new float[words.length];
      String[] tagged = tagSentence(words, document, sink, keys, scores, margin);
      features.observe(document, words, tagged);
      out.add(tagged);
      if (margins != null) margins.add(margin);
    }
    return out;
  }

  private String[] tagSentence(
      String[] words,
      Object document,
      FeatureSink.Keys sink,
      long[] keys,
      float[] scores,
      float[] margin) {
    int n = words.length;
    String[] normals = new String[n];
    for (int i = 0; i < n; i++) normals[i] = features.normal(words[i]);
    Object prepared = features.prepare(words, normals, document);
    String[] out = new String[n];
    String prev = PosFeatures.START;
    String prev2 = PosFeatures.START2;
    for (int i = 0; i < n; i++) {
      int known = dictionaryKeys.get(FeatureHash.of(normals[i]));
      String tag;
      // a word of the tag dictionary gets its tag, unless the tag may not follow the one before
      if (known >= 0 && features.allowed(prev, tags[known])) {
        tag = tags[known];
        if (margin != null) margin[i] = Float.POSITIVE_INFINITY;
      } else {
        features.write(words, normals, prepared, i, prev, prev2, sink.reset(keys));
        int count = sink.count();
        Arrays.fill(scores, 0f);
        for (int k = 0; k < count; k++) {
          int f = featureKeys.get(keys[k]);
          if (f < 0) continue;
          for (int p = starts[f]; p < starts[f + 1]; p++) scores[pairTags[p]] += pairWeights[p];
        }
        int best = -1;
        for (int t = 0; t < scores.length; t++)
          if ((best < 0 || scores[t] > scores[best]) && features.allowed(prev, tags[t])) best = t;
        tag = tags[best];
        if (margin != null) {
          float second = Float.NEGATIVE_INFINITY;
          for (int t = 0; t < scores.length; t++)
            if (t != best && scores[t] > second && features.allowed(prev, tags[t]))
              second = scores[t];
          margin[i] = scores[best] - second;
        }
      }
      out[i] = tag;
      prev2 = prev;
      prev = tag;
    }
    return out;
  }

  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(target);
    DataOutputStream out = new DataOutputStream(gzip);
    out.writeUTF(features.hasState() ? MAGIC_WITH_STATE : MAGIC);
    out.writeUTF(features.name());
    if (features.hasState()) features.writeState(out);
    out.writeInt(tags.length);
    for (String t : tags) out.writeUTF(t);
    TreeMap<String, Integer> dictionary = new TreeMap<>(tagDictionary);
    out.writeInt(dictionary.size());
    for (Map.Entry<String, Integer> e : dictionary.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
    TreeMap<String, Integer> sorted = new TreeMap<>(featureIndex);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      int f = e.getValue();
      out.writeUTF(e.getKey());
      out.writeByte(starts[f + 1] - starts[f]);
      for (int p = starts[f]; p < starts[f + 1]; p++) {
        out.writeByte(pairTags[p]);
        out.writeFloat(pairWeights[p]);
      }
    }
    out.flush();
    gzip.finish();
  }

  /** Reads a model written by {@link #write}; {@code expected} is the feature set it must use. */
  public static PerceptronTagger read(InputStream source, Features expected) throws IOException {
    return read(source, expected.name(), in -> expected);
  }

  /**
   * Reads a model written by {@link #write} whose features are named {@code name}, made by {@code
   * state} from the data the file recorded for them (nothing for a model of the first format).
   */
  public static PerceptronTagger read(InputStream source, String name, StateReader state)
      throws IOException {
    DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
    String magic = in.readUTF();
    if (!MAGIC.equals(magic) && !MAGIC_WITH_STATE.equals(magic))
      throw new IOException("not a Dyad tagger model (" + magic + ")");
    String recorded = in.readUTF();
    if (!name.equals(recorded))
      throw new IOException(
          "the model was trained with features '" + recorded + "', not '" + name + "'");
    Features expected =
        MAGIC_WITH_STATE.equals(magic)
            ? state.read(in)
            : state.read(new DataInputStream(java.io.InputStream.nullInputStream()));
    String[] tags = new String[in.readInt()];
    for (int t = 0; t < tags.length; t++) tags[t] = in.readUTF();
    int dictionarySize = in.readInt();
    Map<String, Integer> dictionary = new HashMap<>(dictionarySize * 2);
    for (int k = 0; k < dictionarySize; k++) dictionary.put(in.readUTF(), (int) in.readByte());
    int featureCount = in.readInt();
    Map<String, Integer> index = new HashMap<>(featureCount * 2);
    int[] starts = new int[featureCount + 1];
    List<byte[]> tagRuns = new ArrayList<>(featureCount);
    List<float[]> weightRuns = new ArrayList<>(featureCount);
    int total = 0;
    for (int f = 0; f < featureCount; f++) {
      index.put(in.readUTF(), f);
      int n = in.readUnsignedByte();
      byte[] t = new byte[n];
      float[] w = new float[n];
      for (int p = 0; p < n; p++) {
        t[p] = in.readByte();
        w[p] = in.readFloat();
      }
      tagRuns.add(t);
      weightRuns.add(w);
      starts[f] = total;
      total += n;
    }
    starts[featureCount] = total;
    byte[] pairTags = new byte[total];
    float[] pairWeights = new float[total];
    for (int f = 0; f < featureCount; f++) {
      System.arraycopy(tagRuns.get(f), 0, pairTags, starts[f], tagRuns.get(f).length);
      System.arraycopy(weightRuns.get(f), 0, pairWeights, starts[f], weightRuns.get(f).length);
    }
    return new PerceptronTagger(expected, tags, dictionary, index, starts, pairTags, pairWeights);
  }
}
