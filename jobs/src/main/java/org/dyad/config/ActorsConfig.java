package org.dyad.config;

import java.util.ArrayList;
import java.util.List;

/** Configuration of actor extraction: extra actor files and the NER model. */
public final class ActorsConfig {
  /** The user's actor files (Dyad actor file format), read after Dyad's own dictionaries: they win a phrase. */
  public List<String> files = new ArrayList<>();

  /** auto (use the NER model when there is one), or none (dictionary only). */
  public String ner = "auto";

  /** A saved Spark NLP pipeline with an NER chunk output; null for Dyad's own model in models/ner. */
  public String nerModel;

  /**
   * Sentences per NerDL call with Dyad's own model. Its sentences come sorted by length, so a batch
   * wastes little on padding whatever its size (16, 64 and 128 measured within 8% of each other: docs/BENCHMARKS.md).
   */
  public int nerBatchSize = 16;
}
