package org.dyad.ingest;

import java.util.Locale;
import java.util.Optional;

/** The corpus formats Dyad reads. */
public enum InputFormat {
  JSONL("jsonl", ".jsonl", ".ndjson", ".json"),
  TEXT("text", ".txt"),
  CSV("csv", ".csv"),
  PARQUET("parquet", ".parquet"),
  REUTERS("reuters", ".sgm", ".sgml");

  public final String code;
  private final String[] extensions;

  InputFormat(String code, String... extensions) {
    this.code = code;
    this.extensions = extensions;
  }

  /** The format a file name implies (compression suffixes already removed), if any. */
  public static Optional<InputFormat> detect(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a file belongs to this format when the format is forced with --format. Reuters and
   * Parquet only take their own extensions (their folders carry documentation and Spark's marker
   * files); the line and text formats take any file.
   */
  public boolean accepts(String fileName) {
    return switch (this) {
      case REUTERS, PARQUET -> detect(fileName).filter(f -> f == this).isPresent();
      case TEXT -> !fileName.toLowerCase(Locale.ROOT).endsWith(".json");
      default -> true;
    };
  }
}
