package org.dyad.tagger;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Feature keys ({@link FeatureHash}) to indexes, in two flat arrays (open addressing, linear
 * probing, at most half full): a lookup reads a key and an index where a {@code HashMap<String,
 * Integer>} follows a node and compares a string.
 */
final class FeatureTable implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] keys;
  private final int[] values; // -1: an empty slot
  private final int mask;
  private int size;

  FeatureTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, -1);
    mask = capacity - 1;
  }

  /**
   * Adds {@code key} with {@code value}; false (and nothing added) when the key is there already
   * with another value.
   */
  boolean put(long key, int value) {
    if (value < 0) throw new IllegalArgumentException("negative value " + value);
    if ((size + 1) * 2 > keys.length) throw new IllegalStateException("table full");
    int slot = slot(key);
    while (values[slot] >= 0) {
      if (keys[slot] == key) return values[slot] == value;
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    size++;
    return true;
  }

  /** The index of {@code key}, or -1. */
  int get(long key) {
    int slot = slot(key);
    int v;
    while ((v = values[slot]) >= 0) {
      if (keys[slot] == key) return v;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    // the keys' low bits are FNV's weakest: mix them (MurmurHash3's finalizer) before masking
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
