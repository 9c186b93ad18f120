package org.dyad.mentions;

import java.util.Locale;

/**
 * The lower-case particles inside names ("al", "bin", "da", "von der"), shared by name joining and
 * scoring.
 */
public final class NameParticles {
  private NameParticles() {}

  /**
   * Whether a word is a particle of names: lower case, one of {@link NameSpans#PARTICLES}, or such
   * a particle joined by a hyphen ("al-").
   */
  public static boolean isParticle(String word) {
    String w = word.endsWith("-") ? word.substring(0, word.length() - 1) : word;
    return w.equals(w.toLowerCase(Locale.ROOT)) && NameSpans.PARTICLES.contains(w);
  }
}
