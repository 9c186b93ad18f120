package org.dyad.config;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.ingest.DateParser;
import org.dyad.ingest.EpochUnit;
import org.dyad.ingest.FieldMapping;

/** Configuration of corpus ingestion: inputs, format, field names, limits, duplicate detection. */
public final class IngestConfig {
  /** Files or folders to read; empty means the sample corpus, seeds/. */
  public List<String> inputs = new ArrayList<>();

  /** auto (from each file's extension), jsonl, text, csv, parquet or reuters. */
  public CorpusFormat format = CorpusFormat.AUTO;

  /** Article field -> input field name, e.g. text -> body. */
  public Map<String, String> fields = new LinkedHashMap<>();

  /** Input encoding; null for each format's default (UTF-8; ISO-8859-1 for Reuters SGML). */
  public String encoding;

  /**
   * Date given to articles that carry none (ISO-8601 or any format Dyad reads); null keeps them
   * undated.
   */
  public String date;

  /**
   * What a bare number in a date field counts: auto (by its digits, never a guess), seconds or
   * milliseconds.
   */
  public EpochUnit epochUnit = EpochUnit.AUTO;

  /** Source given to articles that name none. */
  public String source;

  /** Articles with longer text are rejected as oversized. */
  public int maxChars = 1_000_000;

  /** JSON Lines files larger than this are read in byte ranges of this size, in parallel. */
  public long splitBytes = 128L << 20;

  public NearDuplicateConfig nearDuplicates = new NearDuplicateConfig();

  public static final class NearDuplicateConfig {
    public boolean enabled = true;

    /**
     * Jaccard similarity of word shingles at or above which two articles are copies of one story.
     */
    public double threshold = 0.7;

    public int shingleWords = 3;
    public int bands = 20;
    public int rows = 5;

    /**
     * Articles with fewer distinct shingles (about 20 words) are too short to compare: only exact
     * copies of them fold.
     */
    public int minShingles = 20;

    public long seed = 1;

    void validate(Problems p) {
      p.require(
          threshold > 0 && threshold <= 1,
          "--near-dup-threshold must be above 0 and at most 1, not " + threshold);
      p.require(
          shingleWords >= 1 && bands >= 1 && rows >= 1 && minShingles >= 1,
          "near duplicates: shingleWords, bands, rows and minShingles must be at least 1");
    }
  }

  void validate(Problems p) {
    p.require(inputs != null && !inputs.isEmpty(), "no input: give --input PATH");
    if (inputs != null) {
      for (String input : inputs) {
        p.require(input != null && !input.isBlank(), "--input: an empty path");
        if (input != null && !input.isBlank()) LocalPaths.requireExists(p, "--input", input);
      }
    }
    p.require(format != null, "--format: no value");
    p.require(maxChars > 0, "--max-chars must be positive, not " + maxChars);
    p.require(splitBytes >= 1 << 20, "splitBytes must be at least 1 MiB, not " + splitBytes);
    if (encoding != null) {
      boolean supported;
      try {
        supported = Charset.isSupported(encoding);
      } catch (IllegalArgumentException e) {
        supported = false;
      }
      p.require(
          supported,
          "--encoding: '"
              + encoding
              + "' is not a character set this Java knows (e.g. UTF-8, ISO-8859-1, windows-1252)");
    }
    p.require(epochUnit != null, "--epoch-unit: no value");
    if (date != null)
      p.require(
          DateParser.parse(date, epochUnit == null ? EpochUnit.AUTO : epochUnit).isPresent(),
          "--date: cannot read '" + date + "' as a date (e.g. 2019-05-15)");
    try {
      FieldMapping.of(fields);
    } catch (IllegalArgumentException e) {
      p.add("--field: " + e.getMessage());
    }
    if (nearDuplicates == null) p.add("ingest.nearDuplicates: no value");
    else nearDuplicates.validate(p);
  }
}
