package org.dyad.cli;

import org.dyad.config.DyadConfig;
import picocli.CommandLine.Command;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a corpus into the articles table and publishes it.",
      "Beside it: rejects (bad input, with a reason code), article_copies (exact duplicates"
          + " folded), near-duplicates marked, and _manifest.json."
    })
final class IngestCommand extends PipelineCommand {
  @Override
  DyadConfig.Scope scope() {
    return DyadConfig.Scope.INGEST;
  }

  @Override
  String name() {
    return "ingest";
  }
}
