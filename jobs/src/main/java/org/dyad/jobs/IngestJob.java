package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.IngestConfig;
import org.dyad.ingest.ArticleIdentity;
import org.dyad.ingest.ArticleValidation;
import org.dyad.ingest.CorpusReader;
import org.dyad.ingest.ExactDuplicates;
import org.dyad.ingest.FieldMapping;
import org.dyad.ingest.IngestResult;
import org.dyad.ingest.InputFiles;
import org.dyad.ingest.InputFormat;
import org.dyad.ingest.NearDuplicates;
import org.dyad.ingest.NoUsableInputException;
import org.dyad.ingest.RawRecord;
import org.dyad.ingest.ReaderSettings;
import org.dyad.progress.Progress;
import org.dyad.progress.Progress.Stage;
import org.dyad.run.AppendInputs;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;

/** Corpus -> {@code articles}, {@code rejects} and {@code article_copies}. */
public final class IngestJob {
  private IngestJob() {}

  /** Marks the records this run read (an append run also holds the earlier runs'). */
  static final String NEW_RECORD = "_new_record";

  /** An append run found no input file it had not read before: the reports stay as they are. */
  public static final class NothingNew extends RuntimeException {
    public NothingNew(String message) {
      super(message);
    }
  }

  /**
   * @param previous the reports an append run adds to ({@code --append}), or null: a run over the
   *     input alone
   */
  public static IngestResult run(
      SparkSession spark,
      IngestConfig config,
      RunOutput out,
      Progress progress,
      org.dyad.run.Append.Previous previous)
      throws IOException {
    Stage list = progress.start("list");
    InputFormat forced = config.format.forced();
    InputFiles.Listing listing =
        InputFiles.list(
            spark.sparkContext().hadoopConfiguration(),
            config.inputs,
            forced,
            config.splitBytes,
            out.outputPath().toString());
    long bytes = listing.files().stream().filter(f -> f.start == 0).mapToLong(f -> f.length).sum();
    list.count("files", listing.files().size()).count("skipped", listing.skipped().size());
    list.done(
        Progress.count(listing.files().size())
            + " files to read ("
            + Progress.count(bytes)
            + " bytes), "
            + listing.skipped().size()
            + " skipped");
    if (!listing.skipped().isEmpty()) {
      // One line for all of them (a Reuters folder holds ten documentation files); the manifest
      // lists each.
      Map<String, List<String>> byReason = new TreeMap<>();
      listing
          .skipped()
          .forEach(
              s ->
                  byReason
                      .computeIfAbsent(s.reason(), r -> new ArrayList<>())
                      .add(new org.apache.hadoop.fs.Path(s.path()).getName()));
      byReason.forEach(
          (reason, names) ->
              progress.note(
                  "skipped "
                      + names.size()
                      + (names.size() == 1 ? " file" : " files")
                      + " ("
                      + reason
                      + "): "
                      + String.join(", ", names.subList(0, Math.min(5, names.size())))
                      + (names.size() > 5 ? ", ..." : "")));
    }
    // Every file read is kept on record (size, modification time); an append run skips those read
    // before.
    AppendInputs inputs = AppendInputs.select(spark, listing, previous);
    IngestResult.Increment increment = null;
    List<String> reread = inputs.reread();
    if (previous != null) {
      progress.note(
          "append to run "
              + previous.runId()
              + ": "
              + inputs.alreadyRead()
              + (inputs.alreadyRead() == 1 ? " file" : " files")
              + " read before, skipped; "
              + inputs.toRead().files().stream().map(f -> f.path).distinct().count()
              + " new"
              + (reread.isEmpty()
                  ? ""
                  : ", "
                      + reread.size()
                      + " changed since (read again, their earlier records replaced)"));
      if (inputs.toRead().files().isEmpty()) {
        throw new NothingNew(
            "nothing new to append: all "
                + inputs.alreadyRead()
                + " input files were read by run "
                + previous.runId()
                + " (reports in "
                + out.publishedRoot()
                + " unchanged)");
      }
      listing = inputs.toRead();
      increment =
          new IngestResult.Increment(
              previous.runId(), inputs.alreadyRead(), reread.size(), 0, 0, 0, 0, 0);
    }
    if (listing.files().isEmpty()) {
      throw new NoUsableInputException(
          "No input files to read in "
              + config.inputs
              + (listing.skipped().isEmpty()
                  ? ""
                  : "; skipped: "
                      + listing.skipped().stream()
                          .map(s -> s.path() + " (" + s.reason() + ")")
                          .collect(Collectors.joining(", "))));
    }

    Stage read = progress.start("read");
    ReaderSettings readerSettings =
        new ReaderSettings(FieldMapping.of(config.fields), config.encoding, config.maxChars);
    CorpusReader.Read reading = CorpusReader.readChecked(spark, listing.files(), readerSettings);
    Dataset<Row> keptRaw = Kept.keep(reading.rows());
    List<Row> shortfalls = reading.shortfalls(keptRaw);
    Dataset<Row> raw =
        shortfalls.isEmpty()
            ? keptRaw
            : keptRaw.unionByName(spark.createDataFrame(shortfalls, RawRecord.SCHEMA));
    // Rejects of whole files (a shortfall) count as records of their file.
    IngestResult.FileNotes fileNotes = fileNotes(raw, listing);
    raw = raw.withColumn(NEW_RECORD, lit(true));
    long earlierRecords = 0;
    long replacedRecords = 0;
    if (previous != null) {
      // The earlier runs' records, but those of files read again now.
      Dataset<Row> earlier = spark.read().parquet(previous.path(StateTables.RECORDS));
      Column replaced =
          reread.isEmpty()
              ? lit(false)
              : coalesce(col(Col.SOURCE_FILE).isin(reread.toArray()), lit(false));
      for (Row r : earlier.groupBy(replaced.as("replaced")).count().collectAsList()) {
        if (r.getBoolean(0)) replacedRecords = r.getLong(1);
        else earlierRecords = r.getLong(1);
      }
      raw =
          raw.unionByName(
              TableWriter.conform(earlier.where(not(replaced)), StateTables.RECORDS)
                  .withColumn(NEW_RECORD, lit(false)));
    }
    Map<String, Long> readByFormat = new TreeMap<>();
    long newRead = 0;
    for (Row r : raw.groupBy(col(Col.INPUT_FORMAT), col(NEW_RECORD)).count().collectAsList()) {
      readByFormat.merge(r.getString(0), r.getLong(2), Long::sum);
      if (r.getBoolean(1)) newRead += r.getLong(2);
    }
    long readCount = readByFormat.values().stream().mapToLong(Long::longValue).sum();

    // What a later append run reads instead of the input read so far (not reports: not in the
    // manifest's tables).
    long stateRecords =
        TableWriter.write(raw, StateTables.RECORDS, out.stagingPath(StateTables.RECORDS));
    TableWriter.write(inputs.all(), StateTables.FILES, out.stagingPath(StateTables.FILES));
    read.count("records", newRead);
    if (previous != null)
      read.count("earlier_records", earlierRecords).count("replaced_records", replacedRecords);
    read.done(
        Progress.count(newRead)
            + " records"
            + (previous == null
                ? " " + readByFormat
                : " read, + "
                    + Progress.count(earlierRecords)
                    + " of earlier runs"
                    + (replacedRecords > 0
                        ? " (" + Progress.count(replacedRecords) + " replaced)"
                        : "")
                    + " = "
                    + Progress.count(readCount)
                    + " "
                    + readByFormat));
    if (!fileNotes.encodingsDetected().isEmpty()) {
      Map<String, List<String>> byCharset = new TreeMap<>();
      fileNotes
          .encodingsDetected()
          .forEach(
              (file, charset) ->
                  byCharset.computeIfAbsent(charset, c -> new ArrayList<>()).add(file));
      byCharset.forEach(
          (charset, files) ->
              progress.note(
                  "read as "
                      + charset
                      + " (bytes 0x80-0x9F, control characters in ISO-8859-1): "
                      + listed(files)));
    }
    if (!fileNotes.withoutRecords().isEmpty()) {
      progress.note(
          fileNotes.withoutRecords().size()
              + (fileNotes.withoutRecords().size() == 1 ? " file" : " files")
              + " gave no records: "
              + listed(fileNotes.withoutRecords()));
    }

    Stage validate = progress.start("validate");
    ArticleValidation.Settings validation =
        new ArticleValidation.Settings(
            config.maxChars, config.date, config.source, config.epochUnit);
    Dataset<Row> checked =
        Kept.keep(ArticleIdentity.assign(ArticleValidation.validate(raw, validation)));
    // One pass counts the rejects by reason, the accepted, and the accepted without a date.
    Map<String, Long> byReason = new TreeMap<>();
    long acceptedCount = 0;
    long undated = 0;
    long newAccepted = 0;
    long newRejected = 0;
    for (Row r :
        checked
            .groupBy(col(Col.REASON), col(Col.PUBLISHED).isNull(), col(NEW_RECORD))
            .count()
            .collectAsList()) {
      long n = r.getLong(3);
      if (!r.isNullAt(0)) {
        byReason.merge(r.getString(0), n, Long::sum);
        if (r.getBoolean(2)) newRejected += n;
      } else {
        acceptedCount += n;
        if (r.getBoolean(1)) undated += n;
        if (r.getBoolean(2)) newAccepted += n;
      }
    }
    if (increment != null) {
      increment =
          new IngestResult.Increment(
              increment.previousRun(),
              increment.filesAlreadyRead(),
              increment.filesReread(),
              earlierRecords,
              replacedRecords,
              newRead,
              newAccepted,
              newRejected);
    }
    Dataset<Row> accepted = checked.where(col(Col.REASON).isNull());
    long rejectedCount = byReason.values().stream().mapToLong(Long::longValue).sum();
    validate
        .count("accepted", acceptedCount)
        .count("rejected", rejectedCount)
        .count("undated", undated);
    validate.done(
        (increment == null
                ? ""
                : "of this run's: "
                    + Progress.count(newAccepted)
                    + " accepted, "
                    + Progress.count(newRejected)
                    + " rejected; all: ")
            + Progress.count(acceptedCount)
            + " accepted ("
            + Progress.count(undated)
            + " undated), "
            + Progress.count(rejectedCount)
            + " rejected "
            + byReason);
    Kept.release(keptRaw);

    Dataset<Row> rejects = checked.where(col(Col.REASON).isNotNull());
    if (acceptedCount == 0) {
      TableWriter.write(rejects, IngestTables.REJECTS, out.stagingPath(IngestTables.REJECTS));
      throw new NoUsableInputException(
          "No usable articles: all "
              + Progress.count(readCount)
              + " records read were rejected "
              + byReason
              + "; see the rejects table in "
              + out.stagingPath(IngestTables.REJECTS));
    }

    Stage exact = progress.start("exact-dups");
    ExactDuplicates.Folded folded = ExactDuplicates.fold(accepted);
    Dataset<Row> kept = Kept.keep(folded.kept());
    long keptCount = kept.count();
    long copies = acceptedCount - keptCount;
    exact.count("copies", copies);
    exact.done(
        Progress.count(copies)
            + " exact copies folded, "
            + Progress.count(keptCount)
            + " distinct texts");

    Stage near = progress.start("near-dups");
    IngestConfig.NearDuplicateConfig nd = config.nearDuplicates;
    Dataset<Row> articles =
        nd.enabled
            ? NearDuplicates.mark(
                kept,
                new NearDuplicates.Settings(
                    nd.threshold, nd.shingleWords, nd.bands, nd.rows, nd.minShingles, nd.seed))
            : kept.withColumn(Col.DUPLICATE_OF, lit(null).cast("string"))
                .withColumn(Col.DUPLICATE_SIMILARITY, lit(null).cast("double"));
    articles = Kept.keep(TableWriter.conform(articles, IngestTables.ARTICLES));
    long nearCount = nd.enabled ? articles.where(col(Col.DUPLICATE_OF).isNotNull()).count() : 0;
    near.count("near_duplicates", nearCount);
    near.done(
        nd.enabled
            ? Progress.count(nearCount)
                + " near-duplicates marked (Jaccard >= "
                + nd.threshold
                + ")"
            : "disabled");

    Stage write = progress.start("write");
    Map<Table, Long> written = new LinkedHashMap<>();
    written.put(
        IngestTables.ARTICLES,
        TableWriter.write(articles, IngestTables.ARTICLES, out.stagingPath(IngestTables.ARTICLES)));
    written.put(
        IngestTables.REJECTS,
        TableWriter.write(rejects, IngestTables.REJECTS, out.stagingPath(IngestTables.REJECTS)));
    written.put(
        IngestTables.ARTICLE_COPIES,
        TableWriter.write(
            folded.copies(),
            IngestTables.ARTICLE_COPIES,
            out.stagingPath(IngestTables.ARTICLE_COPIES)));
    write.done(
        Progress.count(written.get(IngestTables.ARTICLES))
            + " articles, "
            + Progress.count(written.get(IngestTables.REJECTS))
            + " rejects, "
            + Progress.count(written.get(IngestTables.ARTICLE_COPIES))
            + " copies");
    Kept.release(articles);
    Kept.release(kept);
    Kept.release(checked);

    IngestResult result =
        new IngestResult(
            listing,
            readCount,
            acceptedCount,
            byReason,
            undated,
            copies,
            nearCount,
            keptCount,
            readByFormat,
            written,
            increment,
            fileNotes);
    if (!result.accountedFor()
        || stateRecords != readCount
        || written.get(IngestTables.ARTICLES) != keptCount
        || written.get(IngestTables.REJECTS) != rejectedCount
        || written.get(IngestTables.ARTICLE_COPIES) != copies) {
      throw new IllegalStateException(
          "Records not accounted for: read "
              + readCount
              + " != accepted "
              + acceptedCount
              + " + rejected "
              + rejectedCount
              + ", or accepted != articles "
              + keptCount
              + " + copies "
              + copies
              + "; tables written: "
              + written);
    }
    return result;
  }

  /** Up to five names of files, then how many more. */
  private static String listed(List<String> files) {
    List<String> names =
        files.stream().map(f -> new org.apache.hadoop.fs.Path(f).getName()).toList();
    return String.join(", ", names.subList(0, Math.min(5, names.size())))
        + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
  }

  /**
   * The files of this reading that gave no record, and those read in a character set their content
   * chose (one pass over the records read, which are kept in memory).
   */
  static IngestResult.FileNotes fileNotes(Dataset<Row> raw, InputFiles.Listing listing) {
    Map<String, String> encodings = new TreeMap<>();
    java.util.Set<String> withRecords = new java.util.HashSet<>();
    Column encoding =
        col(Col.METADATA).getItem(org.dyad.ingest.ReutersSgmlParser.ENCODING_DETECTED);
    for (Row r :
        raw.groupBy(col(Col.SOURCE_FILE), encoding.as("encoding")).count().collectAsList()) {
      if (r.isNullAt(0)) continue;
      withRecords.add(r.getString(0));
      if (!r.isNullAt(1)) encodings.put(r.getString(0), r.getString(1));
    }
    List<String> without =
        listing.files().stream()
            .map(f -> f.displayPath)
            .distinct()
            .filter(f -> !withRecords.contains(f))
            .sorted()
            .toList();
    return new IngestResult.FileNotes(without, encodings);
  }
}
