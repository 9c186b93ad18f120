package org.dyad.ingest;

import java.util.List;
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
    Map<Table, Long> written,
    Increment increment,
    FileNotes fileNotes) {

  /**
   * What the run found about single files, said on the terminal and in the manifest.
   *
   * @param withoutRecords files read that gave no record at all (empty, blank, a CSV header only,
   *     ...)
   * @param encodingsDetected file -> the character set it was read in, where that was not the
   *     format's default because of what the file holds (Reuters SGML with bytes 0x80-0x9F)
   */
  public record FileNotes(List<String> withoutRecords, Map<String, String> encodingsDetected) {
    public static final FileNotes NONE = new FileNotes(List.of(), Map.of());
  }

  /**
   * What an append run ({@code --append}) added: the counts above are of all the records the
   * reports now hold (this run's and the earlier runs'); these are of this run's own reading.
   *
   * @param previousRun the run whose reports this one adds to
   * @param filesAlreadyRead input files skipped because an earlier run read them as they are
   * @param filesReread input files read again because they changed since (their earlier records are
   *     replaced)
   * @param earlierRecords records of earlier runs kept
   * @param replacedRecords records of earlier runs dropped because their file was read again
   */
  public record Increment(
      String previousRun,
      long filesAlreadyRead,
      long filesReread,
      long earlierRecords,
      long replacedRecords,
      long read,
      long accepted,
      long rejected) {
    public boolean accountedFor() {
      return read == accepted + rejected;
    }
  }

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every record read is either accepted or rejected: the identity each run checks. */
  public boolean accountedFor() {
    return read == accepted + rejected()
        && accepted == articles + exactDuplicates
        && (increment == null || increment.accountedFor());
  }
}
