package org.dyad.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Trains a {@link PerceptronTagger}: greedy left-to-right decoding, the averaged perceptron
 * (Collins 2002), the sentences shuffled between iterations with a fixed seed, so that the same
 * data and settings give the same model, byte for byte.
 *
 * <p>The tag dictionary holds the words seen at least {@code dictionaryMinCount} times with one tag
 * at least {@code dictionaryShare} of the time; the tagger gives them that tag without scoring, and
 * training skips them too.
 */
public final class PerceptronTraining {
  public record Settings(
      int iterations, long seed, int dictionaryMinCount, double dictionaryShare) {
    public static final Settings DEFAULT = new Settings(12, 42L, 20, 0.97);
  }

  private PerceptronTraining() {}

  /** Accumulated weights of one feature: the tags it has a weight for. */
  private static final class Weights {
    byte[] tags = new byte[2];
    float[] weights = new float[2];
    double[] totals = new double[2];
    int[] stamps = new int[2];
    int size;

    int slot(int tag) {
      for (int k = 0; k < size; k++) if (tags[k] == tag) return k;
      if (size == tags.length) {
        int n = size * 2;
        tags = Arrays.copyOf(tags, n);
        weights = Arrays.copyOf(weights, n);
        totals = Arrays.copyOf(totals, n);
        stamps = Arrays.copyOf(stamps, n);
      }
      tags[size] = (byte) tag;
      return size++;
    }

    void update(int tag, float delta, int now) {
      int k = slot(tag);
      totals[k] += (double) (now - stamps[k]) * weights[k];
      stamps[k] = now;
      weights[k] += delta;
    }

    float average(int k, int now) {
      double total = totals[k] + (double) (now - stamps[k]) * weights[k];
      return (float) (total / now);
    }
  }

  /**
   * Trains on {@code data}; {@code afterIteration} hears the number of each iteration done (for
   * progress lines).
   */
  public static PerceptronTagger train(
      List<TaggedSentence> data, Features features, Settings settings, IntConsumer afterIteration) {
    List<List<TaggedSentence>> documents = new ArrayList<>(data.size());
    for (TaggedSentence s : data) documents.add(List.of(s));
    return trainDocuments(documents, features, settings, afterIteration);
  }

  /**
   * Trains on documents of sentences, tagged in order within a document as {@link
   * PerceptronTagger#tagDocument} does; the documents are shuffled between iterations.
   */
  public static PerceptronTagger trainDocuments(
      List<List<TaggedSentence>> documents,
      Features features,
      Settings settings,
      IntConsumer afterIteration) {
    List<TaggedSentence> data = new ArrayList<>();
    for (List<TaggedSentence> d : documents) data.addAll(d);
    TreeSet<String> tagSet = new TreeSet<>();
    for (TaggedSentence s : data) tagSet.addAll(Arrays.asList(s.tags()));
    String[] tags = tagSet.toArray(String[]::new);
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int t = 0; t < tags.length; t++) tagIndex.put(tags[t], t);
    Map<String, Integer> dictionary = tagDictionary(data, features, tagIndex, settings);

    Map<String, Weights> weights = new HashMap<>();
    List<List<TaggedSentence>> order = new ArrayList<>(documents);
    Random random = new Random(settings.seed());
    String[] buffer = new String[features.max()];
    float[] scores = new float[tags.length];
    int now = 0;
    for (int iteration = 1; iteration <= settings.iterations(); iteration++) {
      for (List<TaggedSentence> doc : order) {
        List<String[]> docWords = new ArrayList<>(doc.size());
        for (TaggedSentence s : doc) docWords.add(s.words());
        Object document = features.startDocument(docWords);
        for (int si = 0; si < doc.size(); si++) {
          TaggedSentence s = doc.get(si);
          String[] words = docWords.get(si);
          String[] guesses = new String[words.length];
          String[] normals = new String[words.length];
          for (int i = 0; i < words.length; i++) normals[i] = features.normal(words[i]);
          Object prepared = features.prepare(words, normals, document);
          String prev = PosFeatures.START;
          String prev2 = PosFeatures.START2;
          for (int i = 0; i < words.length; i++) {
            String gold = s.tag(i);
            String guess;
            Integer known = dictionary.get(normals[i]);
            if (known != null) {
              guess = tags[known];
            } else {
              now++;
              int count = features.extract(words, normals, prepared, i, prev, prev2, buffer);
              Arrays.fill(scores, 0f);
              for (int k = 0; k < count; k++) {
                Weights w = weights.get(buffer[k]);
                if (w == null) continue;
                for (int p = 0; p < w.size; p++) scores[w.tags[p]] += w.weights[p];
              }
              int best = 0;
              for (int t = 1; t < scores.length; t++) if (scores[t] > scores[best]) best = t;
              int truth = tagIndex.get(gold);
              if (best != truth) {
                for (int k = 0; k < count; k++) {
                  Weights w = weights.computeIfAbsent(buffer[k], key -> new Weights());
                  w.update(truth, 1f, now);
                  w.update(best, -1f, now);
                }
              }
              guess = tags[best];
            }
            prev2 = prev;
            // Teacher forcing would learn from gold history; the greedy tagger sees its own
            // guesses,
            // and training on them makes it robust to its own mistakes.
            prev = guess;
            guesses[i] = guess;
          }
          features.observe(document, words, guesses);
        }
      }
      afterIteration.accept(iteration);
      java.util.Collections.shuffle(order, random);
    }

    TreeMap<String, Integer> kept = new TreeMap<>();
    List<byte[]> tagRuns = new ArrayList<>();
    List<float[]> weightRuns = new ArrayList<>();
    for (Map.Entry<String, Weights> e : new TreeMap<>(weights).entrySet()) {
      Weights w = e.getValue();
      byte[] t = new byte[w.size];
      float[] a = new float[w.size];
      int n = 0;
      for (int k = 0; k < w.size; k++) {
        float avg = w.average(k, Math.max(now, 1));
        if (Math.abs(avg) < 1e-4f) continue;
        t[n] = w.tags[k];
        a[n++] = avg;
      }
      if (n == 0) continue;
      kept.put(e.getKey(), kept.size());
      tagRuns.add(Arrays.copyOf(t, n));
      weightRuns.add(Arrays.copyOf(a, n));
    }
    int[] starts = new int[kept.size() + 1];
    int total = 0;
    for (int f = 0; f < tagRuns.size(); f++) {
      starts[f] = total;
      total += tagRuns.get(f).length;
    }
    starts[tagRuns.size()] = total;
    byte[] pairTags = new byte[total];
    float[] pairWeights = new float[total];
    for (int f = 0; f < tagRuns.size(); f++) {
      System.arraycopy(tagRuns.get(f), 0, pairTags, starts[f], tagRuns.get(f).length);
      System.arraycopy(weightRuns.get(f), 0, pairWeights, starts[f], weightRuns.get(f).length);
    }
    return new PerceptronTagger(
        features, tags, dictionary, new HashMap<>(kept), starts, pairTags, pairWeights);
  }

  static Map<String, Integer> tagDictionary(
      List<TaggedSentence> data,
      Features features,
      Map<String, Integer> tagIndex,
      Settings settings) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (TaggedSentence s : data)
      for (int i = 0; i < s.size(); i++)
        counts
            .computeIfAbsent(features.normal(s.word(i)), k -> new HashMap<>())
            .merge(s.tag(i), 1, Integer::sum);
    Map<String, Integer> out = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      if (n < settings.dictionaryMinCount()) continue;
      Map.Entry<String, Integer> top =
          e.getValue().entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow();
      if (top.getValue() >= settings.dictionaryShare() * n)
        out.put(e.getKey(), tagIndex.get(top.getKey()));
    }
    return out;
  }

  /** The share of words tagged as in {@code gold}. */
  public static double accuracy(PerceptronTagger tagger, List<TaggedSentence> gold) {
    return accuracy(tagger, gold, false);
  }

  /**
   * The share of words tagged as in {@code gold}; with {@code conventions}, a tag that differs from
   * the gold one only by {@link TagConventions} counts as right.
   */
  public static double accuracy(
      PerceptronTagger tagger, List<TaggedSentence> gold, boolean conventions) {
    long right = 0;
    long all = 0;
    for (TaggedSentence s : gold) {
      String[] got = tagger.tag(s.words());
      for (int i = 0; i < got.length; i++) {
        all++;
        if (conventions
            ? TagConventions.same(s.word(i), s.tag(i), got[i])
            : got[i].equals(s.tag(i))) right++;
      }
    }
    return all == 0 ? 0 : (double) right / all;
  }
}
