package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.dyad.ingest.NearDuplicates;
import org.dyad.ingest.NoUsableInputException;
import org.dyad.ingest.RawRecord;
import org.dyad.ingest.ReaderSettings;
import org.dyad.ingest.ReutersSgmlParser;
import org.dyad.progress.Progress;
import org.dyad.progress.Progress.Stage;
import org.dyad.run.Append;
import org.dyad.run.AppendInputs;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;

/**
 * Corpus -> {@code articles}, {@code rejects} and {@code article_copies}: lists the input files,
 * reads their records (with an append run's earlier records), validates them, folds exact copies,
 * marks near-duplicates and writes the tables. Each stage is a method below; what the terminal says
 * of it is made by {@link IngestNotes}.
 */
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
      Append.Previous previous)
      throws IOException {
    Listed listed = list(spark, config, out, progress, previous);
    Records records = read(spark, config, listed, out, progress, previous);
    Validated valid = validate(records, listed.increment(), config, progress);
    Kept.release(records.kept());
    if (valid.accepted() == 0) {
      TableWriter.write(
          valid.rejects(), IngestTables.REJECTS, out.stagingPath(IngestTables.REJECTS));
      throw new NoUsableInputException(
          IngestNotes.nothingUsable(
              records.read(), valid.byReason(), out.stagingPath(IngestTables.REJECTS)));
    }

    Stage exact = progress.start("exact-dups");
    ExactDuplicates.Folded folded = ExactDuplicates.fold(valid.acceptedRows());
    Dataset<Row> kept = Kept.keep(folded.kept());
    long distinct = kept.count();
    long copies = valid.accepted() - distinct;
    exact.count("copies", copies).done(IngestNotes.exactDone(copies, distinct));

    Stage near = progress.start("near-dups");
    IngestConfig.NearDuplicateConfig nd = config.nearDuplicates;
    Dataset<Row> articles =
        Kept.keep(TableWriter.conform(nearDuplicates(kept, nd), IngestTables.ARTICLES));
    long nearCount = nd.enabled ? articles.where(col(Col.DUPLICATE_OF).isNotNull()).count() : 0;
    near.count("near_duplicates", nearCount).done(IngestNotes.nearDone(nd, nearCount));

    Stage write = progress.start("write");
    Map<Table, Long> written = new LinkedHashMap<>();
    written.put(IngestTables.ARTICLES, write(articles, IngestTables.ARTICLES, out));
    written.put(IngestTables.REJECTS, write(valid.rejects(), IngestTables.REJECTS, out));
    written.put(
        IngestTables.ARTICLE_COPIES, write(folded.copies(), IngestTables.ARTICLE_COPIES, out));
    write.done(IngestNotes.writeDone(written));
    Kept.release(articles);
    Kept.release(kept);
    Kept.release(valid.checked());

    IngestResult result =
        new IngestResult(
            listed.listing(),
            records.read(),
            valid.accepted(),
            valid.byReason(),
            valid.undated(),
            copies,
            nearCount,
            distinct,
            records.byFormat(),
            written,
            valid.increment(),
            records.fileNotes());
    if (!result.accountedFor()
        || records.inState() != records.read()
        || written.get(IngestTables.ARTICLES) != distinct
        || written.get(IngestTables.REJECTS) != valid.rejected()
        || written.get(IngestTables.ARTICLE_COPIES) != copies) {
      throw new IllegalStateException(
          IngestNotes.notAccountedFor(records.read(), valid, distinct, copies, written));
    }
    return result;
  }

  /**
   * The files this run reads: all of those listed, or for an append run those it has not read
   * before; with the append's counts so far (null for a plain run).
   */
  record Listed(
      InputFiles.Listing listing, AppendInputs inputs, IngestResult.Increment increment) {}

  static Listed list(
      SparkSession spark,
      IngestConfig config,
      RunOutput out,
      Progress progress,
      Append.Previous previous)
      throws IOException {
    Stage stage = progress.start("list");
    InputFiles.Listing listing =
        InputFiles.list(
            spark.sparkContext().hadoopConfiguration(),
            config.inputs,
            config.format.forced(),
            config.splitBytes,
            out.outputPath().toString());
    long bytes = listing.files().stream().filter(f -> f.start == 0).mapToLong(f -> f.length).sum();
    stage.count("files", listing.files().size()).count("skipped", listing.skipped().size());
    stage.done(IngestNotes.listDone(listing, bytes));
    IngestNotes.skipped(listing).forEach(progress::note);
    // Every file read is kept on record (size, modification time); an append run skips those read
    // before.
    AppendInputs inputs = AppendInputs.select(spark, listing, previous);
    IngestResult.Increment increment = null;
    if (previous != null) {
      progress.note(IngestNotes.appendTo(previous, inputs));
      if (inputs.toRead().files().isEmpty())
        throw new NothingNew(IngestNotes.nothingNew(previous, inputs, out.publishedRoot()));
      listing = inputs.toRead();
      increment =
          new IngestResult.Increment(
              previous.runId(), inputs.alreadyRead(), inputs.reread().size(), 0, 0, 0, 0, 0);
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
    return new Listed(listing, inputs, increment);
  }

  /**
   * The records of a run: this run's (marked {@link #NEW_RECORD}) and an append run's earlier ones;
   * {@code kept} is to let go of once validated.
   *
   * @param read all records; {@code newRead} this run's
   * @param inState the records written to the state for a later append run
   */
  record Records(
      Dataset<Row> raw,
      Dataset<Row> kept,
      IngestResult.FileNotes fileNotes,
      Map<String, Long> byFormat,
      long read,
      long newRead,
      long earlier,
      long replaced,
      long inState) {}

  static Records read(
      SparkSession spark,
      IngestConfig config,
      Listed listed,
      RunOutput out,
      Progress progress,
      Append.Previous previous)
      throws IOException {
    Stage stage = progress.start("read");
    ReaderSettings settings =
        new ReaderSettings(FieldMapping.of(config.fields), config.encoding, config.maxChars);
    CorpusReader.Read reading = CorpusReader.readChecked(spark, listed.listing().files(), settings);
    Dataset<Row> kept = Kept.keep(reading.rows());
    List<Row> shortfalls = reading.shortfalls(kept);
    Dataset<Row> raw =
        shortfalls.isEmpty()
            ? kept
            : kept.unionByName(spark.createDataFrame(shortfalls, RawRecord.SCHEMA));
    // Rejects of whole files (a shortfall) count as records of their file.
    IngestResult.FileNotes fileNotes = fileNotes(raw, listed.listing());
    raw = raw.withColumn(NEW_RECORD, lit(true));
    long earlier = 0;
    long replaced = 0;
    if (previous != null) {
      // The earlier runs' records, but those of files read again now.
      List<String> reread = listed.inputs().reread();
      Dataset<Row> before = spark.read().parquet(previous.path(StateTables.RECORDS));
      Column dropped =
          reread.isEmpty()
              ? lit(false)
              : coalesce(col(Col.SOURCE_FILE).isin(reread.toArray()), lit(false));
      for (Row r : before.groupBy(dropped.as("replaced")).count().collectAsList()) {
        if (r.getBoolean(0)) replaced = r.getLong(1);
        else earlier = r.getLong(1);
      }
      raw =
          raw.unionByName(
              TableWriter.conform(before.where(not(dropped)), StateTables.RECORDS)
                  .withColumn(NEW_RECORD, lit(false)));
    }
    Map<String, Long> byFormat = new TreeMap<>();
    long newRead = 0;
    for (Row r : raw.groupBy(col(Col.INPUT_FORMAT), col(NEW_RECORD)).count().collectAsList()) {
      byFormat.merge(r.getString(0), r.getLong(2), Long::sum);
      if (r.getBoolean(1)) newRead += r.getLong(2);
    }
    long read = byFormat.values().stream().mapToLong(Long::longValue).sum();
    // What a later append run reads instead of the input read so far (not reports: not in the
    // manifest's tables).
    long inState = write(raw, StateTables.RECORDS, out);
    write(listed.inputs().all(), StateTables.FILES, out);
    Records records =
        new Records(raw, kept, fileNotes, byFormat, read, newRead, earlier, replaced, inState);
    stage.count("records", newRead);
    if (previous != null)
      stage.count("earlier_records", earlier).count("replaced_records", replaced);
    stage.done(IngestNotes.readDone(records, previous != null));
    IngestNotes.fileNotes(fileNotes).forEach(progress::note);
    return records;
  }

  /**
   * The records validated and given their ids: {@code checked} holds both kinds, a reject with its
   * reason; the counts are of all records, {@code increment} adds this run's.
   */
  record Validated(
      Dataset<Row> checked,
      Map<String, Long> byReason,
      long accepted,
      long undated,
      long rejected,
      IngestResult.Increment increment) {
    Dataset<Row> acceptedRows() {
      return checked.where(col(Col.REASON).isNull());
    }

    Dataset<Row> rejects() {
      return checked.where(col(Col.REASON).isNotNull());
    }
  }

  static Validated validate(
      Records records, IngestResult.Increment before, IngestConfig config, Progress progress) {
    Stage stage = progress.start("validate");
    ArticleValidation.Settings settings =
        new ArticleValidation.Settings(
            config.maxChars, config.date, config.source, config.epochUnit);
    Dataset<Row> checked =
        Kept.keep(ArticleIdentity.assign(ArticleValidation.validate(records.raw(), settings)));
    // One pass counts the rejects by reason, the accepted, and the accepted without a date.
    Map<String, Long> byReason = new TreeMap<>();
    long accepted = 0;
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
        accepted += n;
        if (r.getBoolean(1)) undated += n;
        if (r.getBoolean(2)) newAccepted += n;
      }
    }
    IngestResult.Increment increment =
        before == null
            ? null
            : new IngestResult.Increment(
                before.previousRun(),
                before.filesAlreadyRead(),
                before.filesReread(),
                records.earlier(),
                records.replaced(),
                records.newRead(),
                newAccepted,
                newRejected);
    long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
    Validated valid = new Validated(checked, byReason, accepted, undated, rejected, increment);
    stage.count("accepted", accepted).count("rejected", rejected).count("undated", undated);
    stage.done(IngestNotes.validateDone(valid));
    return valid;
  }

  /** The distinct texts with their near-duplicate columns (null when marking is disabled). */
  static Dataset<Row> nearDuplicates(Dataset<Row> kept, IngestConfig.NearDuplicateConfig nd) {
    return nd.enabled
        ? NearDuplicates.mark(
            kept,
            new NearDuplicates.Settings(
                nd.threshold, nd.shingleWords, nd.bands, nd.rows, nd.minShingles, nd.seed))
        : kept.withColumn(Col.DUPLICATE_OF, lit(null).cast("string"))
            .withColumn(Col.DUPLICATE_SIMILARITY, lit(null).cast("double"));
  }

  private static long write(Dataset<Row> rows, Table table, RunOutput out) {
    return TableWriter.write(rows, table, out.stagingPath(table));
  }

  /**
   * The files of this reading that gave no record, and those read in a character set their content
   * chose (one pass over the records read, which are kept in memory).
   */
  static IngestResult.FileNotes fileNotes(Dataset<Row> raw, InputFiles.Listing listing) {
    Map<String, String> encodings = new TreeMap<>();
    Set<String> withRecords = new HashSet<>();
    Column encoding = col(Col.METADATA).getItem(ReutersSgmlParser.ENCODING_DETECTED);
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
