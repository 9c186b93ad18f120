package org.dyad.relations;

import java.util.Locale;

/** What "together" means for two actors (the --window option). */
public enum CooccurrenceWindow {
  /** In one sentence (or within --sentence-span sentences). */
  SENTENCE,
  /** Anywhere in one story. */
  ARTICLE;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
