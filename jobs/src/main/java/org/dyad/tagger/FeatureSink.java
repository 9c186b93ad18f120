package org.dyad.tagger;

/**
 * Where a feature set writes the features of one word ({@link Features#write}), piece by piece:
 * {@code sink.begin("w=").add(word).end()}. One sink builds the features' strings (training, {@link
 * Features#extract}), another only their keys ({@link FeatureHash}, the tagger's hot loop), so that
 * both always see the same features.
 */
public abstract class FeatureSink {
  /** Starts a feature with {@code prefix}. */
  public abstract FeatureSink begin(String prefix);

  public abstract FeatureSink add(String s);

  /** Adds the characters of {@code s} from {@code from} to {@code to}. */
  public abstract FeatureSink add(String s, int from, int to);

  public abstract FeatureSink add(char c);

  /** Adds {@code v} in decimal, as {@code String.valueOf} writes it. */
  public abstract FeatureSink add(int v);

  /** Adds "true" or "false". */
  public FeatureSink add(boolean v) {
    return add(v ? "true" : "false");
  }

  /** Ends the feature begun last. */
  public abstract void end();

  /** How many features were ended since the sink was last reset. */
  public abstract int count();

  /** Builds each feature's string. */
  static final class Strings extends FeatureSink {
    private final StringBuilder b = new StringBuilder(32);
    private String[] out;
    private int n;

    Strings reset(String[] into) {
      out = into;
      n = 0;
      return this;
    }

    @Override
    public FeatureSink begin(String prefix) {
      b.setLength(0);
      b.append(prefix);
      return this;
    }

    @Override
    public FeatureSink add(String s) {
      b.append(s);
      return this;
    }

    @Override
    public FeatureSink add(String s, int from, int to) {
      b.append(s, from, to);
      return this;
    }

    @Override
    public FeatureSink add(char c) {
      b.append(c);
      return this;
    }

    @Override
    public FeatureSink add(int v) {
      b.append(v);
      return this;
    }

    @Override
    public void end() {
      out[n++] = b.toString();
    }

    @Override
    public int count() {
      return n;
    }
  }

  /** Computes each feature's key only. */
  static final class Keys extends FeatureSink {
    private long h;
    private long[] out;
    private int n;

    Keys reset(long[] into) {
      out = into;
      n = 0;
      return this;
    }

    @Override
    public FeatureSink begin(String prefix) {
      h = FeatureHash.add(FeatureHash.START, prefix);
      return this;
    }

    @Override
    public FeatureSink add(String s) {
      h = FeatureHash.add(h, s);
      return this;
    }

    @Override
    public FeatureSink add(String s, int from, int to) {
      h = FeatureHash.add(h, s, from, to);
      return this;
    }

    @Override
    public FeatureSink add(char c) {
      h = FeatureHash.add(h, c);
      return this;
    }

    @Override
    public FeatureSink add(int v) {
      if (v < 0) {
        h = FeatureHash.add(h, '-');
        if (v == Integer.MIN_VALUE) return add("2147483648");
        v = -v;
      }
      int div = 1;
      while (div <= v / 10) div *= 10;
      for (; div > 0; div /= 10) h = FeatureHash.add(h, (char) ('0' + (v / div) % 10));
      return this;
    }

    @Override
    public void end() {
      out[n++] = h;
    }

    @Override
    public int count() {
      return n;
    }
  }
}
