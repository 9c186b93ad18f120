package org.dyad.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Configuration of corpus ingestion: inputs, format, field names, limits, duplicate detection. */
public final class IngestConfig {
  /** Files or folders to read; empty means the sample corpus, seeds/. */
  public List<String> inputs = new ArrayList<>();

  /** auto (from each file's extension), jsonl, text, csv, parquet or reuters. */
  public String format = "auto";

  /** Article field -> input field name, e.g. text -> body. */
  public Map<String, String> fields = new LinkedHashMap<>();

  /** Input encoding; null for each format's default (UTF-8; ISO-8859-1 for Reuters SGML). */
  public String encoding;

  /** Date given to articles that carry none (ISO-8601 or any format Dyad reads); null keeps them undated. */
  public String date;

  /** Source given to articles that name none. */
  public String source;

  /** Articles with longer text are rejected as oversized. */
  public int maxChars = 1_000_000;

  /** JSON Lines files larger than this are read in byte ranges of this size, in parallel. */
  public long splitBytes = 128L << 20;

  public NearDuplicateConfig nearDuplicates = new NearDuplicateConfig();

  public static final class NearDuplicateConfig {
    public boolean enabled = true;
    /** Jaccard similarity of word shingles at or above which two articles are copies of one story. */
    public double threshold = 0.7;
    public int shingleWords = 3;
    public int bands = 20;
    public int rows = 5;
    /** Articles with fewer distinct shingles (about 20 words) are too short to compare: only exact copies of them fold. */
    public int minShingles = 20;
    public long seed = 1;
  }
}
