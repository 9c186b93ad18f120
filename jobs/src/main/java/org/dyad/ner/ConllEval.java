package org.dyad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 by the rules of CoNLL's conlleval: an entity is a maximal
 * run of tokens of one type; it starts at B-X, or at I-X after O or after another type; a predicted
 * entity is right only when its span and type both match. Reads IOB1 and IOB2 alike.
 */
public final class ConllEval {
  private ConllEval() {}

  /** An entity: type and token span [begin, end). */
  public record Chunk(String type, int begin, int end) {}

  public record Score(long truePositives, long predicted, long gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }
  }

  /** Per-type scores and the micro average over all types ("ALL"). */
  public record Report(Map<String, Score> byType, Score micro, long sentences, long tokens) {}

  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String type = null;
    int begin = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String t = prefix.equals("O") ? null : tag.substring(2);
      boolean starts = t != null && (prefix.equals("B") || !Objects.equals(t, type));
      if (type != null && (t == null || starts)) {
        out.add(new Chunk(type, begin, i));
        type = null;
      }
      if (starts) {
        type = t;
        begin = i;
      }
    }
    return out;
  }

  /**
   * @param gold and predicted: per sentence, one tag per token
   */
  public static Report evaluate(List<List<String>> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold sentences but " + predicted.size() + " predicted");
    }
    Map<String, Score> byType = new TreeMap<>();
    long tokens = 0;
    for (int s = 0; s < gold.size(); s++) {
      List<String> g = gold.get(s);
      List<String> p = predicted.get(s);
      if (g.size() != p.size()) {
        throw new IllegalArgumentException(
            "sentence " + s + ": " + g.size() + " gold tags but " + p.size() + " predicted");
      }
      tokens += g.size();
      List<Chunk> goldChunks = chunks(g);
      List<Chunk> predictedChunks = chunks(p);
      for (Chunk c : goldChunks) byType.merge(c.type(), new Score(0, 0, 1), Score::plus);
      for (Chunk c : predictedChunks) {
        byType.merge(c.type(), new Score(goldChunks.contains(c) ? 1 : 0, 1, 0), Score::plus);
      }
    }
    Score micro = byType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    return new Report(byType, micro, gold.size(), tokens);
  }
}
