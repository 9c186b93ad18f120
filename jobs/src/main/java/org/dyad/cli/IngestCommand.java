package org.dyad.cli;

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
  String name() {
    return "ingest";
  }
}
