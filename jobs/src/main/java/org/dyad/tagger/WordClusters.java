package org.dyad.tagger;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Words grouped by the words around them in unlabelled text: a word's left and right neighbours
 * (among the most frequent words) as a vector, square-rooted counts scaled to unit length, grouped
 * by spherical k-means. Words of a kind (surnames, towns, companies, months) fall together, so that
 * the tagger learns from a cluster what it never saw of a word. Deterministic: the same text and
 * settings give the same clusters.
 */
public final class WordClusters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Integer> clusters;

  WordClusters(Map<String, Integer> clusters) {
    this.clusters = Map.copyOf(clusters);
  }

  public static WordClusters of(Map<String, Integer> clusters) {
    return new WordClusters(clusters);
  }

  /** The cluster of a word (its normal form), or -1. */
  public int of(String normal) {
    Integer c = clusters.get(normal);
    return c == null ? -1 : c;
  }

  public int size() {
    return clusters.size();
  }

  /** The words and their clusters, sorted (what a model file records). */
  public TreeMap<String, Integer> entries() {
    return new TreeMap<>(clusters);
  }

  /**
   * Clusters the words seen at least {@code minCount} times in {@code sentences} (normal forms)
   * into {@code k} groups by their neighbours among the {@code contexts} most frequent words.
   */
  public static WordClusters build(
      List<String[]> sentences, int minCount, int contexts, int k, int iterations, long seed) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : sentences) for (String w : s) counts.merge(w, 1, Integer::sum);
    List<String> byFrequency = new ArrayList<>(counts.keySet());
    byFrequency.sort(
        (a, b) -> {
          int c = Integer.compare(counts.get(b), counts.get(a));
          return c != 0 ? c : a.compareTo(b);
        });
    Map<String, Integer> context = new HashMap<>();
    for (int i = 0; i < Math.min(contexts, byFrequency.size()); i++)
      context.put(byFrequency.get(i), i);
    Map<String, Integer> vocabulary = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String w : byFrequency) {
      if (counts.get(w) < minCount) break;
      vocabulary.put(w, words.size());
      words.add(w);
    }
    int dims = 2 * (contexts + 1);
    List<Map<Integer, Float>> raw = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) raw.add(new HashMap<>());
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer v = vocabulary.get(s[i]);
        if (v == null) continue;
        int left = i > 0 ? context.getOrDefault(s[i - 1], contexts) : contexts;
        int right = i + 1 < s.length ? context.getOrDefault(s[i + 1], contexts) : contexts;
        raw.get(v).merge(left, 1f, Float::sum);
        raw.get(v).merge(contexts + 1 + right, 1f, Float::sum);
      }
    }
    // sparse unit vectors of square-rooted counts
    int[][] index = new int[words.size()][];
    float[][] value = new float[words.size()][];
    for (int w = 0; w < words.size(); w++) {
      Map<Integer, Float> m = new TreeMap<>(raw.get(w));
      index[w] = new int[m.size()];
      value[w] = new float[m.size()];
      double norm = 0;
      int j = 0;
      for (Map.Entry<Integer, Float> e : m.entrySet()) {
        index[w][j] = e.getKey();
        value[w][j] = (float) Math.sqrt(e.getValue());
        norm += value[w][j] * value[w][j];
        j++;
      }
      float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
      for (int q = 0; q < value[w].length; q++) value[w][q] *= scale;
    }
    int groups = Math.min(k, words.size());
    float[][] centres = new float[groups][dims];
    Random random = new Random(seed);
    int[] picks = random.ints(0, words.size()).distinct().limit(groups).toArray();
    for (int c = 0; c < groups; c++)
      for (int q = 0; q < index[picks[c]].length; q++)
        centres[c][index[picks[c]][q]] = value[picks[c]][q];
    int[] assigned = new int[words.size()];
    for (int iteration = 0; iteration < iterations; iteration++) {
      for (int w = 0; w < words.size(); w++) {
        int best = 0;
        double bestScore = -1;
        for (int c = 0; c < groups; c++) {
          double dot = 0;
          float[] centre = centres[c];
          for (int q = 0; q < index[w].length; q++) dot += centre[index[w][q]] * value[w][q];
          if (dot > bestScore) {
            bestScore = dot;
            best = c;
          }
        }
        assigned[w] = best;
      }
      for (float[] centre : centres) Arrays.fill(centre, 0f);
      for (int w = 0; w < words.size(); w++)
        for (int q = 0; q < index[w].length; q++) centres[assigned[w]][index[w][q]] += value[w][q];
      for (float[] centre : centres) {
        double norm = 0;
        for (float x : centre) norm += x * x;
        if (norm == 0) continue;
        float scale = (float) (1 / Math.sqrt(norm));
        for (int q = 0; q < centre.length; q++) centre[q] *= scale;
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int w = 0; w < words.size(); w++) out.put(words.get(w), assigned[w]);
    return new WordClusters(out);
  }
}
