package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import org.dyad.config.ActorsConfig;
import picocli.CommandLine.Option;

/** Options of actor extraction. */
public final class ActorOptions {
  @Option(names = "--actors", paramLabel = "FILE", description = "An actor file of your own (see docs/ACTORS.md); repeat for several. Its names win over Dyad's.")
  List<String> files = new ArrayList<>();

  @Option(names = "--ner", paramLabel = "MODE", description = "auto: use the NER model, training it first when it is missing (default); none: dictionary actors only. Default from DYAD_NER if set.")
  String ner;

  @Option(names = "--ner-model", paramLabel = "PATH", description = "A saved Spark NLP NER pipeline to use instead of Dyad's own (models/ner).")
  String nerModel;

  @Option(names = "--ner-batch-size", paramLabel = "N", description = "Sentences per NER call with Dyad's own model (default: 16).")
  Integer nerBatchSize;

  void applyTo(ActorsConfig c) {
    if (!files.isEmpty()) c.files.addAll(files);
    if (ner != null) c.ner = ner;
    else if (System.getenv("DYAD_NER") != null) c.ner = System.getenv("DYAD_NER");
    if (nerModel != null) c.nerModel = nerModel;
    if (nerBatchSize != null) {
      if (nerBatchSize < 1) throw new IllegalArgumentException("--ner-batch-size must be at least 1, not " + nerBatchSize);
      c.nerBatchSize = nerBatchSize;
    }
  }
}
