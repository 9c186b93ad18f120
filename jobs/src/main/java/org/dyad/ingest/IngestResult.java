package org.dyad.ingest;

import java.util.Map;
import org.dyad.tables.Table;

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
    Map<String, Long> readByFormat,
    Map<Table, Long> written) {

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every record read is either accepted or rejected: the identity each run checks. */
  public boolean accountedFor() {
    return read == accepted + rejected() && accepted == articles + exactDuplicates;
  }
}
