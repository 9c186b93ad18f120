package org.dyad.config;

import java.util.Locale;

/** The --ner option. */
public enum NerMode {
  /**
   * Actors from the dictionaries and from an NER model: Dyad's own (shipped with it), or
   * --ner-model.
   */
  AUTO,
  /** Actors from the dictionaries only. */
  NONE;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
