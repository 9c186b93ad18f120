package org.dyad.config;

import java.util.Locale;
import org.dyad.ingest.InputFormat;

/**
 * The --format option: auto (each file's format from its extension) or one format for every file.
 */
public enum CorpusFormat {
  AUTO(null),
  JSONL(InputFormat.JSONL),
  TEXT(InputFormat.TEXT),
  CSV(InputFormat.CSV),
  PARQUET(InputFormat.PARQUET),
  REUTERS(InputFormat.REUTERS);

  private final InputFormat forced;

  CorpusFormat(InputFormat forced) {
    this.forced = forced;
  }

  /** The format every file is read as; null for auto. */
  public InputFormat forced() {
    return forced;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
