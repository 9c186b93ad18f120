package org.dyad.config;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dyad.actors.ActorFile;
import org.dyad.ner.ShippedModel;

/** Configuration of actor extraction: extra actor files and the NER model. */
public final class ActorsConfig {
  /**
   * The user's actor files (Dyad actor file format), read after Dyad's own dictionaries: they win a
   * phrase.
   */
  public List<String> files = new ArrayList<>();

  /**
   * auto (tagger, or nerdl with nerModel), tagger (Dyad's own NER tagger), nerdl (the NerDL model
   * shipped with Dyad, or nerModel), or none (dictionary only).
   */
  public NerMode ner = NerMode.AUTO;

  /** A saved Spark NLP pipeline with an NER chunk output; null for the model shipped with Dyad. */
  public String nerModel;

  /**
   * Sentences per NerDL call with Dyad's own model. Every batch holds sentences of one shape
   * (tokens, longest token), filled up with copies (org.dyad.mentions.SentenceTagging): a larger
   * batch wastes more on filling the last batch of each shape. On one Reuters file the mentions
   * stage took 16.9 s with 4, 21.2 s with 8, 24.9 s with 16 and 36.2 s with 1 (docs/BENCHMARKS.md).
   */
  public int nerBatchSize = 4;

  void validate(Problems p) {
    p.require(ner != null, "--ner: no value");
    p.require(nerBatchSize >= 1, "--ner-batch-size must be at least 1, not " + nerBatchSize);
    for (String file : files) checkActorFile(p, file);
    NerMode mode = ner == null ? null : ner.resolved(nerModel);
    p.require(
        nerModel == null || mode == NerMode.NERDL,
        "--ner-model names a Spark NLP pipeline: use it with --ner nerdl (or auto), not --ner "
            + ner);
    if (mode == NerMode.NERDL) {
      if (nerModel != null) checkSavedPipeline(p, nerModel);
      else
        p.require(
            ShippedModel.available(),
            "--ner nerdl: Dyad's NerDL model is not in this build ("
                + ShippedModel.RESOURCE
                + "); rebuild Dyad, pass --ner-model PATH, or use --ner tagger");
    }
    if (mode == NerMode.TAGGER)
      p.require(
          org.dyad.tagger.ShippedTagger.nerAvailable(),
          "--ner tagger: Dyad's NER tagger is not in this build ("
              + org.dyad.tagger.ShippedTagger.NER_RESOURCE
              + "); make it with `scripts/dyad train-ner-tagger`, or use --ner nerdl");
  }

  /** A local actor file must exist and parse; the first bad line is reported with its number. */
  private static void checkActorFile(Problems p, String path) {
    File f = LocalPaths.local(path);
    if (f == null) return;
    if (!f.isFile()) {
      p.add("--actors: " + path + " is not a file");
      return;
    }
    try (InputStream raw = Files.newInputStream(f.toPath());
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    path.endsWith(".gz") ? new GZIPInputStream(raw) : raw,
                    StandardCharsets.UTF_8))) {
      ActorFile.read(in, path);
    } catch (IllegalArgumentException e) {
      p.add("--actors: " + e.getMessage());
    } catch (IOException e) {
      p.add("--actors: cannot read " + path + ": " + e.getMessage());
    }
  }

  /** A saved Spark ML pipeline is a folder with metadata/ and stages/. */
  private static void checkSavedPipeline(Problems p, String path) {
    File f = LocalPaths.local(path);
    if (f == null) return;
    if (!f.isDirectory()) p.add("--ner-model: " + path + " is not a folder");
    else if (!new File(f, "metadata").isDirectory() || !new File(f, "stages").isDirectory()) {
      p.add(
          "--ner-model: "
              + path
              + " is not a saved Spark NLP pipeline (no metadata/ and stages/ in it)");
    }
  }
}
