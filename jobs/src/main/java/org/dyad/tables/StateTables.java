package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.List;

/**
 * What a run keeps beside its reports so that a later {@code run --append} can add new input
 * without reading the old input again or annotating its articles again (org.dyad.run.Append). They
 * are published with the reports (in the folder {@code _state/}: Spark, and readers of a report's
 * own folder, leave it out; its leaf names do not start with "_", which Spark would warn about when
 * the run reads them) and replaced by every run; they are not reports and their schemas may change
 * between Dyad versions.
 */
public final class StateTables {
  private StateTables() {}

  /** Column of {@link #FILES}: the file's fully qualified path. */
  public static final String PATH = "path";

  /** Column of {@link #FILES}: the path as the records' source_file shows it. */
  public static final String DISPLAY_PATH = "display_path";

  /** Column of {@link #FILES}: the file's size when read. */
  public static final String BYTES = "bytes";

  /** Column of {@link #FILES}: the file's modification time when read (ms since the epoch). */
  public static final String MODIFIED = "modified";

  /** Column of {@link #MENTION_FAILURES}: the innermost exception, "Class: message". */
  public static final String ANNOTATOR_FAILURE = "annotator_failure";

  /**
   * Every record read, as the readers gave it (before validation, ids and copy folding): an append
   * run validates them again with the new records, so that ids, copies and rejects come out as one
   * run over all of the input would give them.
   */
  public static final Table RECORDS =
      new Table(
          "_state/records",
          IngestTables.RAW_RECORD,
          null,
          List.of(Col.SOURCE_FILE, Col.SOURCE_OFFSET, Col.SOURCE_LINE),
          1);

  /**
   * Every input file read: an append run skips a file read before unless its size or modification
   * time changed.
   */
  public static final Table FILES =
      new Table(
          "_state/files",
          struct(
              required(PATH, StringType),
              required(DISPLAY_PATH, StringType),
              required(BYTES, LongType),
              required(MODIFIED, LongType)),
          null,
          List.of(PATH),
          1);

  /**
   * The mentions of every article before the cross-article merge of single names
   * (org.dyad.mentions.CanonicalActors): an append run reuses those of an article it already
   * annotated (same id, date and text, same dictionary, model and Dyad build) and merges again over
   * all of them.
   */
  public static final Table MENTIONS =
      new Table(
          "_state/mentions",
          ActorTables.MENTIONS.schema(),
          Col.MONTH,
          ActorTables.MENTIONS.sortKeys(),
          1);

  /**
   * The topic words and terms of every article (before a model is fitted, which an append run does
   * again over all of them): an append run reuses those of an article with the same id, title and
   * text, read the same way (the topic settings and Dyad's build).
   */
  public static final Table TOPIC_TERMS =
      new Table(
          "_state/topic_terms",
          struct(
              required(Col.ARTICLE_ID, StringType),
              required(Col.WORDS, createArrayType(StringType, true)),
              required(Col.TERMS, createArrayType(StringType, true)),
              f(Col.ANNOTATOR_FAILURE, StringType)),
          null,
          List.of(Col.ARTICLE_ID),
          1);

  /**
   * The articles the mention annotators failed on, and why (org.dyad.jobs.ArticleIsolation): they
   * have no sentences or mentions; an append run that reuses an article's mentions reuses its
   * failure too.
   */
  public static final Table MENTION_FAILURES =
      new Table(
          "_state/mention_failures",
          struct(required(Col.ARTICLE_ID, StringType), required(ANNOTATOR_FAILURE, StringType)),
          null,
          List.of(Col.ARTICLE_ID),
          1);

  public static final List<Table> ALL =
      List.of(RECORDS, FILES, MENTIONS, TOPIC_TERMS, MENTION_FAILURES);
}
