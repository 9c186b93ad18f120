package org.dyad.cli;

import org.dyad.run.Pipeline;
import picocli.CommandLine.Command;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a corpus into the articles table, with rejects (bad input, with a reason code),",
      "article_copies (exact duplicates folded) and near-duplicates marked; writes _manifest.json."
    })
final class IngestCommand extends PipelineCommand {
  @Override
  Pipeline.Scope scope() {
    return Pipeline.Scope.INGEST;
  }

  @Override
  String name() {
    return "ingest";
  }
}
