package org.dyad.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.config.ActorsConfig;
import org.dyad.config.NerMode;
import org.dyad.ner.ShippedModel;
import org.dyad.run.Fingerprints;
import org.dyad.tagger.ShippedTagger;

/**
 * The trained models a run used, for its manifest and report: which file, its SHA-256, and when it
 * was trained (the "Trained" row of its model card, packed into the jar beside it). The topic
 * model, which a run fits or keeps, is described with the topics (TopicsJob.Origin).
 */
public final class ModelCards {
  private ModelCards() {}

  /**
   * One model: its role in the run ("ner", "pos"), what it is, its file in the repository (or the
   * path given), the SHA-256 of its bytes and the date it was trained (null when not known: a
   * user's model).
   */
  public record Used(String role, String name, String file, String sha256, String trained) {}

  /**
   * The models a run with these actor settings uses; with events, the part-of-speech tagger too.
   */
  public static List<Used> of(ActorsConfig actors, boolean events) throws IOException {
    List<Used> used = new ArrayList<>();
    NerMode ner = actors.ner.resolved(actors.nerModel);
    if (ner == NerMode.TAGGER)
      used.add(
          shipped(
              "ner", "Dyad's NER tagger", "models/dyad-ner-tagger.gz", ShippedTagger.NER_RESOURCE));
    else if (ner == NerMode.NERDL && actors.nerModel == null)
      used.add(shipped("ner", "Dyad's NerDL model", "models/dyad-ner.zip", ShippedModel.RESOURCE));
    else if (ner == NerMode.NERDL)
      used.add(new Used("ner", "a saved Spark NLP pipeline", actors.nerModel, null, null));
    if (events)
      used.add(
          shipped(
              "pos", "Dyad's part-of-speech tagger", "models/dyad-pos.gz", ShippedTagger.RESOURCE));
    return used;
  }

  /** A model shipped in the jar, its card beside it (the same name, ending in .md). */
  static Used shipped(String role, String name, String file, String resource) throws IOException {
    String sha256;
    try (InputStream in = ModelCards.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException(resource + " is missing from the jar");
      sha256 = Fingerprints.sha256Hex(in);
    }
    String card = resource.substring(0, resource.lastIndexOf('.')) + ".md";
    String trained = null;
    try (InputStream in = ModelCards.class.getResourceAsStream(card)) {
      if (in != null) trained = trained(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    return new Used(role, name, file, sha256, trained);
  }

  private static final Pattern TRAINED =
      Pattern.compile("^\\|\\s*Trained\\s*\\|\\s*(\\d{4}-\\d{2}-\\d{2})", Pattern.MULTILINE);

  /** The date in a model card's "| Trained | 2026-12-07 ... |" row, or null. */
  static String trained(String card) {
    Matcher m = TRAINED.matcher(card);
    return m.find() ? m.group(1) : null;
  }
}
