package org.dyad.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Dyad's part-of-speech model: {@code models/dyad-pos.gz} in the repository (its card beside it,
 * {@code models/dyad-pos.md}), packed into the application jar as {@value #RESOURCE}. Loaded once
 * per JVM (driver or executor) on first use.
 */
public final class ShippedTagger {
  public static final String RESOURCE = "/org/dyad/tagger/dyad-pos.gz";

  /** Dyad's own named-entity tagger: {@code models/dyad-ner-tagger.gz} (card: its .md). */
  public static final String NER_RESOURCE = "/org/dyad/tagger/dyad-ner-tagger.gz";

  private ShippedTagger() {}

  private static final class Holder {
    static final PerceptronTagger POS = load();
  }

  private static final class NerHolder {
    static final PerceptronTagger NER = loadNer();
  }

  public static boolean available() {
    return ShippedTagger.class.getResource(RESOURCE) != null;
  }

  public static boolean nerAvailable() {
    return ShippedTagger.class.getResource(NER_RESOURCE) != null;
  }

  /** The shipped named-entity tagger (PER, LOC, ORG, MISC in IOB2). */
  public static PerceptronTagger ner() {
    return NerHolder.NER;
  }

  private static PerceptronTagger loadNer() {
    try (InputStream in = ShippedTagger.class.getResourceAsStream(NER_RESOURCE)) {
      if (in == null)
        throw new IllegalStateException(
            "Dyad's NER tagger is not in this build ("
                + NER_RESOURCE
                + "); make it with `scripts/dyad train-ner-tagger`");
      return PerceptronTagger.read(in, "ner-2", NerFeatures::readState);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped part-of-speech tagger (Penn Treebank tags). */
  public static PerceptronTagger pos() {
    return Holder.POS;
  }

  private static PerceptronTagger load() {
    try (InputStream in = ShippedTagger.class.getResourceAsStream(RESOURCE)) {
      if (in == null)
        throw new IllegalStateException(
            "Dyad's part-of-speech model is not in this build ("
                + RESOURCE
                + "); make it with `scripts/dyad train-pos`");
      return PerceptronTagger.read(in, PosFeatures.INSTANCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
