package org.dyad.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.dyad.config.IngestConfig;
import org.dyad.ingest.IngestResult;
import org.dyad.ingest.InputFiles;
import org.dyad.progress.Progress;
import org.dyad.run.Append;
import org.dyad.run.AppendInputs;
import org.dyad.tables.IngestTables;
import org.dyad.tables.Table;

/** What the terminal says of each ingestion stage ({@link IngestJob}), made from its counts. */
final class IngestNotes {
  private IngestNotes() {}

  static String listDone(InputFiles.Listing listing, long bytes) {
    return Progress.count(listing.files().size())
        + " files to read ("
        + Progress.count(bytes)
        + " bytes), "
        + listing.skipped().size()
        + " skipped";
  }

  /**
   * One line per reason files were skipped for (a Reuters folder holds ten documentation files);
   * the manifest lists each.
   */
  static List<String> skipped(InputFiles.Listing listing) {
    Map<String, List<String>> byReason = new TreeMap<>();
    listing
        .skipped()
        .forEach(
            s ->
                byReason
                    .computeIfAbsent(s.reason(), r -> new ArrayList<>())
                    .add(new Path(s.path()).getName()));
    List<String> notes = new ArrayList<>();
    byReason.forEach(
        (reason, names) ->
            notes.add(
                "skipped "
                    + names.size()
                    + (names.size() == 1 ? " file" : " files")
                    + " ("
                    + reason
                    + "): "
                    + String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? ", ..." : "")));
    return notes;
  }

  static String appendTo(Append.Previous previous, AppendInputs inputs) {
    List<String> reread = inputs.reread();
    return "append to run "
        + previous.runId()
        + ": "
        + inputs.alreadyRead()
        + (inputs.alreadyRead() == 1 ? " file" : " files")
        + " read before, skipped; "
        + inputs.toRead().files().stream().map(f -> f.path).distinct().count()
        + " new"
        + (reread.isEmpty()
            ? ""
            : ", " + reread.size() + " changed since (read again, their earlier records replaced)");
  }

  static String nothingNew(Append.Previous previous, AppendInputs inputs, Object reports) {
    return "nothing new to append: all "
        + inputs.alreadyRead()
        + " input files were read by run "
        + previous.runId()
        + " (reports in "
        + reports
        + " unchanged)";
  }

  static String readDone(IngestJob.Records r, boolean append) {
    return Progress.count(r.newRead())
        + " records"
        + (!append
            ? " " + r.byFormat()
            : " read, + "
                + Progress.count(r.earlier())
                + " of earlier runs"
                + (r.replaced() > 0 ? " (" + Progress.count(r.replaced()) + " replaced)" : "")
                + " = "
                + Progress.count(r.read())
                + " "
                + r.byFormat());
  }

  /** Files read in a character set their content chose, and files that gave no records. */
  static List<String> fileNotes(IngestResult.FileNotes notes) {
    List<String> out = new ArrayList<>();
    Map<String, List<String>> byCharset = new TreeMap<>();
    notes
        .encodingsDetected()
        .forEach(
            (file, charset) ->
                byCharset.computeIfAbsent(charset, c -> new ArrayList<>()).add(file));
    byCharset.forEach(
        (charset, files) ->
            out.add(
                "read as "
                    + charset
                    + " (bytes 0x80-0x9F, control characters in ISO-8859-1): "
                    + listed(files)));
    if (!notes.withoutRecords().isEmpty()) {
      out.add(
          notes.withoutRecords().size()
              + (notes.withoutRecords().size() == 1 ? " file" : " files")
              + " gave no records: "
              + listed(notes.withoutRecords()));
    }
    return out;
  }

  static String validateDone(IngestJob.Validated v) {
    IngestResult.Increment increment = v.increment();
    return (increment == null
            ? ""
            : "of this run's: "
                + Progress.count(increment.accepted())
                + " accepted, "
                + Progress.count(increment.rejected())
                + " rejected; all: ")
        + Progress.count(v.accepted())
        + " accepted ("
        + Progress.count(v.undated())
        + " undated), "
        + Progress.count(v.rejected())
        + " rejected "
        + v.byReason();
  }

  static String nothingUsable(long read, Map<String, Long> byReason, String rejects) {
    return "No usable articles: all "
        + Progress.count(read)
        + " records read were rejected "
        + byReason
        + "; see the rejects table in "
        + rejects;
  }

  static String exactDone(long copies, long distinct) {
    return Progress.count(copies)
        + " exact copies folded, "
        + Progress.count(distinct)
        + " distinct texts";
  }

  static String nearDone(IngestConfig.NearDuplicateConfig nd, long marked) {
    return nd.enabled
        ? Progress.count(marked) + " near-duplicates marked (Jaccard >= " + nd.threshold + ")"
        : "disabled";
  }

  static String writeDone(Map<Table, Long> written) {
    return Progress.count(written.get(IngestTables.ARTICLES))
        + " articles, "
        + Progress.count(written.get(IngestTables.REJECTS))
        + " rejects, "
        + Progress.count(written.get(IngestTables.ARTICLE_COPIES))
        + " copies";
  }

  static String notAccountedFor(
      long read, IngestJob.Validated v, long distinct, long copies, Map<Table, Long> written) {
    return "Records not accounted for: read "
        + read
        + " != accepted "
        + v.accepted()
        + " + rejected "
        + v.rejected()
        + ", or accepted != articles "
        + distinct
        + " + copies "
        + copies
        + "; tables written: "
        + written;
  }

  /** Up to five names of files, then how many more. */
  static String listed(List<String> files) {
    List<String> names = files.stream().map(f -> new Path(f).getName()).toList();
    return String.join(", ", names.subList(0, Math.min(5, names.size())))
        + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
  }
}
