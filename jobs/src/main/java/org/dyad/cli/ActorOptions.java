package org.dyad.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dyad.config.ActorsConfig;
import org.dyad.config.ConfigException;
import org.dyad.config.NerMode;
import picocli.CommandLine.Option;

/** Options of actor extraction. */
public final class ActorOptions {
  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "An actor file of your own (see docs/ACTORS.md); repeat for several. Its names win over"
              + " Dyad's.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--ner",
      paramLabel = "MODE",
      description =
          "${COMPLETION-CANDIDATES}. tagger: actors from the dictionaries and Dyad's own NER"
              + " tagger (fast, plain Java); nerdl: from the dictionaries and the NerDL model"
              + " shipped with Dyad (or --ner-model); none: from the dictionaries only; auto"
              + " (default): tagger, or nerdl with --ner-model. Default from DYAD_NER if set.")
  NerMode ner;

  @Option(
      names = "--ner-model",
      paramLabel = "PATH",
      description =
          "A saved Spark NLP NER pipeline to use instead of Dyad's own (e.g. one `dyad train-ner`"
              + " saved).")
  String nerModel;

  @Option(
      names = "--ner-batch-size",
      paramLabel = "N",
      description = "Sentences per NER call with Dyad's own model (default: 4).")
  Integer nerBatchSize;

  void applyTo(ActorsConfig c) {
    if (!files.isEmpty()) c.files.addAll(files);
    if (ner != null) c.ner = ner;
    else if (System.getenv("DYAD_NER") != null) c.ner = fromEnvironment(System.getenv("DYAD_NER"));
    if (nerModel != null) c.nerModel = nerModel;
    if (nerBatchSize != null) c.nerBatchSize = nerBatchSize;
  }

  static NerMode fromEnvironment(String value) {
    try {
      return NerMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "DYAD_NER: '"
              + value
              + "' is not one of "
              + Arrays.stream(NerMode.values())
                  .map(String::valueOf)
                  .collect(Collectors.joining(", ")));
    }
  }
}
