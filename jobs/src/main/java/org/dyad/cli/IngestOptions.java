package org.dyad.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.config.CorpusFormat;
import org.dyad.config.IngestConfig;
import org.dyad.ingest.EpochUnit;
import picocli.CommandLine.Option;

/** Options of corpus ingestion; each overrides the same setting of the configuration file. */
public final class IngestOptions {
  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Files or folders to read: --input a.sgm b.sgm, or the option repeated (default: the"
              + " sample corpus in seeds/).")
  List<String> inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "${COMPLETION-CANDIDATES}; auto takes each file's format from its extension (.jsonl"
              + " .ndjson .json .txt .csv .parquet .sgm). Default: auto.")
  CorpusFormat format;

  @Option(
      names = "--field",
      paramLabel = "FIELD=NAME",
      description =
          "Input field for an article field (id, source, url, title, text, published), e.g. --field"
              + " text=body.")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Input encoding (default: UTF-8; ISO-8859-1 for Reuters SGML).")
  String encoding;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "Publication date for articles that carry none, e.g. 2019-05-15.")
  String date;

  @Option(
      names = "--epoch-unit",
      paramLabel = "UNIT",
      description =
          "What a bare number in the date field counts: ${COMPLETION-CANDIDATES}. auto reads 9-10"
              + " digits as seconds and 13 as milliseconds and rejects other digit counts, whose"
              + " unit is in doubt (default: auto).")
  EpochUnit epochUnit;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Source (publisher) for articles that name none.")
  String source;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Reject articles with longer text (default: 1000000).")
  Integer maxChars;

  @Option(
      names = "--near-dup-threshold",
      paramLabel = "J",
      description =
          "Jaccard similarity of word 3-shingles that marks a near-duplicate (default: 0.7).")
  Double nearDupThreshold;

  @Option(names = "--no-near-dups", description = "Skip near-duplicate detection.")
  boolean noNearDups;

  void applyTo(IngestConfig c, String defaultInput) {
    if (inputs != null && !inputs.isEmpty()) c.inputs = inputs;
    if (c.inputs == null || c.inputs.isEmpty()) c.inputs = List.of(defaultInput);
    if (format != null) c.format = format;
    if (!fields.isEmpty()) c.fields.putAll(fields);
    if (encoding != null) c.encoding = encoding;
    if (date != null) c.date = date;
    if (source != null) c.source = source;
    if (epochUnit != null) c.epochUnit = epochUnit;
    if (maxChars != null) c.maxChars = maxChars;
    if (nearDupThreshold != null) c.nearDuplicates.threshold = nearDupThreshold;
    if (noNearDups) c.nearDuplicates.enabled = false;
  }
}
