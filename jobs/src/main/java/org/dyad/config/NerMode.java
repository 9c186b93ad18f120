package org.dyad.config;

import java.util.Locale;

/** The --ner option. */
public enum NerMode {
  /** Dyad's default: {@link #TAGGER}, or NERDL when --ner-model names a saved pipeline. */
  AUTO,
  /**
   * Actors from the dictionaries and from Dyad's own NER tagger (an averaged perceptron in plain
   * Java, run in the same task as the mentions: models/dyad-ner-tagger.gz).
   */
  TAGGER,
  /**
   * Actors from the dictionaries and from a Spark NLP NER pipeline: the NerDL model shipped with
   * Dyad (models/dyad-ner.zip), or --ner-model.
   */
  NERDL,
  /** Actors from the dictionaries only. */
  NONE;

  /** What AUTO stands for, given --ner-model. */
  public NerMode resolved(String nerModel) {
    if (this != AUTO) return this;
    return nerModel != null ? NERDL : TAGGER;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
