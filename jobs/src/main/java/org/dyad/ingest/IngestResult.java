package org.dyad.ingest;

import java.util.List;
import java.util.Map;

/** What ingestion read, kept, rejected and folded: the counts the run manifest reports. */
public record IngestResult(
    InputFiles.Listing listing,
    long read,
    long accepted,
    Map<String, Long> rejectedByReason,
    long undated,
    long exactDuplicates,
    long nearDuplicates,
    long articles,
    Map<String, Long> readByFormat) {

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every record read is either accepted or rejected: the identity each run checks. */
  public boolean accountedFor() {
    return read == accepted + rejected() && accepted == articles + exactDuplicates;
  }

  public List<String> tables() {
    return List.of(org.dyad.tables.Tables.ARTICLES, org.dyad.tables.Tables.REJECTS, org.dyad.tables.Tables.ARTICLE_COPIES);
  }
}
