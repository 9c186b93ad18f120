package org.dyad.tagger;

/**
 * A feature's 64-bit key: FNV-1a over its characters. It can be computed piece by piece, so that a
 * feature set finds a feature's key without building its string ({@link Features#keys}): the key of
 * "w=" then "iran" is the key of "w=iran".
 *
 * <p>A tagger looks features up by key ({@link FeatureTable}); two features of one model with one
 * key are refused when the model is read, so a key names one known feature. A feature the model
 * does not know has the key of a known one with a chance of less than one in 10^14 per lookup (the
 * shipped models have 81,000 and 122,000 features, among 2^64 keys): about one in a million over
 * the 170 million lookups of Reuters 000-018's NER.
 */
public final class FeatureHash {
  private FeatureHash() {}

  /** The key of the empty string: the start of every key. */
  public static final long START = 0xcbf29ce484222325L;

  private static final long PRIME = 0x100000001b3L;

  /** The key of {@code s}. */
  public static long of(String s) {
    return add(START, s);
  }

  /** Key {@code h} continued with the characters of {@code s}. */
  public static long add(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  /** Key {@code h} continued with the characters of {@code s} from {@code from} to {@code to}. */
  public static long add(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  /** Key {@code h} continued with one character. */
  public static long add(long h, char c) {
    h ^= c;
    return h * PRIME;
  }
}
