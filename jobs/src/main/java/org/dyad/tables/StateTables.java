package org.dyad.tables;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.dyad.tables.Tables.*;

import java.util.List;
import org.apache.spark.sql.types.DataType;

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

  /** Column of {@link #TOPIC_MODEL}: "clusters" (the only method kept). */
  public static final String METHOD = "method";

  /** Column of {@link #TOPIC_MODEL}: the topic settings and build the model was fitted with. */
  public static final String FINGERPRINT = "fingerprint";

  /** Column of {@link #TOPIC_MODEL}: the run that fitted the model. */
  public static final String FITTED_BY_RUN = "fitted_by_run";

  /** Column of {@link #TOPIC_MODEL}: when that run started (ISO-8601, UTC). */
  public static final String FITTED_AT = "fitted_at";

  /** Column of {@link #TOPIC_MODEL}: the stories the model was fitted on. */
  public static final String STORIES = "stories";

  /** Column of {@link #TOPIC_MODEL}: the vocabulary, in the order of the vectors' indices. */
  public static final String VOCABULARY = "vocabulary";

  /** Column of {@link #TOPIC_MODEL}: each vocabulary term's inverse document frequency. */
  public static final String IDF = "idf";

  /** Column of {@link #TOPIC_MODEL}: the LSA basis (dimensions x vocabulary), or null. */
  public static final String BASIS = "basis";

  /** Column of {@link #TOPIC_MODEL}: the cluster centres (k x dimensions). */
  public static final String CENTRES = "centres";

  /** Column of {@link #TOPIC_MODEL}: the softmax temperature of the topic distribution. */
  public static final String SOFTNESS = "softness";

  /** Column of {@link #TOPIC_MODEL}: each topic's top terms (vocabulary indices and weights). */
  public static final String TOPIC_TERMS_RANKED = "topic_terms";

  /** Field of {@link #TOPIC_TERMS_RANKED}'s elements: vocabulary indices, best first. */
  public static final String INDICES = "indices";

  /** Field of {@link #TOPIC_TERMS_RANKED}'s elements: the terms' weights. */
  public static final String WEIGHTS = "weights";

  /**
   * Column of {@link #TOPIC_MODEL}: the surface word each top term is shown with (the word it stems
   * from most often in the stories the model was fitted on), by term.
   */
  public static final String SURFACE_WORDS = "surface_words";

  /** Field of {@link #SURFACE_WORDS}' elements: the term. */
  public static final String TERM = "term";

  /** Field of {@link #SURFACE_WORDS}' elements: the word. */
  public static final String WORD = "word";

  private static final DataType VECTORS =
      createArrayType(createArrayType(DoubleType, false), false);

  /**
   * The fitted topic model (one row): an append run places its new articles with it instead of
   * fitting again (unless {@code --refit}), and a run with {@code --models-from} takes it from
   * other reports. Kept for the {@code clusters} method; an LDA model is fitted by every run.
   */
  public static final Table TOPIC_MODEL =
      new Table(
          "_state/topic_model",
          struct(
              required(METHOD, StringType),
              required(FINGERPRINT, StringType),
              required(FITTED_BY_RUN, StringType),
              required(FITTED_AT, StringType),
              required(STORIES, LongType),
              required(VOCABULARY, createArrayType(StringType, false)),
              required(IDF, createArrayType(DoubleType, false)),
              f(BASIS, VECTORS),
              required(CENTRES, VECTORS),
              required(SOFTNESS, DoubleType),
              required(
                  TOPIC_TERMS_RANKED,
                  createArrayType(
                      struct(
                          required(INDICES, createArrayType(IntegerType, false)),
                          required(WEIGHTS, createArrayType(DoubleType, false))),
                      false)),
              required(
                  SURFACE_WORDS,
                  createArrayType(
                      struct(required(TERM, StringType), required(WORD, StringType)), false))),
          null,
          List.of(FITTED_BY_RUN),
          1);

  /**
   * Column of {@link #ACTOR_MERGES}: "surname" or "spelling" (org.dyad.mentions.CanonicalActors).
   */
  public static final String MERGE = "merge";

  /** Column of {@link #ACTOR_MERGES}: the stories the decision holds for: a month, or a year. */
  public static final String SCOPE = "scope";

  /** Column of {@link #ACTOR_MERGES}: the name key decided (a surname; a spelling's key). */
  public static final String KEY = "key";

  /** Column of {@link #ACTOR_MERGES}: the actor the key's mentions join; null: they join none. */
  public static final String TARGET_ID = "target_id";

  public static final String TARGET_NAME = "target_name";

  public static final String TARGET_IN_DICTIONARY = "target_in_dictionary";

  public static final String TARGET_CAMEO_CODE = "target_cameo_code";

  public static final String TARGET_COUNTRY = "target_country";

  public static final String TARGET_ROLE_BY_DATE = "target_role_by_date";

  /**
   * The decisions of the merges of single names and spellings across stories: for each name key of
   * a month (surnames) or a year (spellings), the actor its mentions join, or none (two or more
   * candidates). An append run applies them to the same keys instead of deciding them again, and
   * decides only keys it has not seen; a run with {@code --models-from} applies those of other
   * reports.
   */
  public static final Table ACTOR_MERGES =
      new Table(
          "_state/actor_merges",
          struct(
              required(MERGE, StringType),
              required(SCOPE, StringType),
              required(KEY, StringType),
              f(TARGET_ID, StringType),
              f(TARGET_NAME, StringType),
              f(TARGET_IN_DICTIONARY, BooleanType),
              f(TARGET_CAMEO_CODE, StringType),
              f(TARGET_COUNTRY, StringType),
              f(TARGET_ROLE_BY_DATE, BooleanType)),
          null,
          List.of(MERGE, SCOPE, KEY),
          1);

  public static final List<Table> ALL =
      List.of(RECORDS, FILES, MENTIONS, TOPIC_TERMS, MENTION_FAILURES, TOPIC_MODEL, ACTOR_MERGES);
}
