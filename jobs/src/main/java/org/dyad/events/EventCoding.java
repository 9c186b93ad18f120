package org.dyad.events;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.dyad.spark.SparkSessions;
import org.dyad.tables.Col;
import org.dyad.tables.EventTables;
import org.dyad.tables.Tables;
import scala.collection.JavaConverters;

/**
 * The events stage's transforms: the actors of each sentence from the mentions, the sentences coded
 * (plain Java per partition, {@link EventCoder}), and the events one row each with their articles'
 * dates and near-duplicate marks.
 */
public final class EventCoding {
  private EventCoding() {}

  /** Column of the by-article rows: 0 for a sentence, 1 for a mention of an actor in it. */
  private static final String KIND = "_kind";

  /** Column of the by-article rows: whether a mention is of a place. */
  private static final String PLACE = "_place";

  /**
   * The columns of {@link #byArticle}'s rows, in order; a sentence's row fills the first six, a
   * mention's all but the text. Rows are sorted by all but the text.
   */
  private static final List<String> COLUMNS =
      List.of(
          Col.ARTICLE_ID,
          Col.SENTENCE,
          KIND,
          Col.BEGIN,
          Col.END,
          Col.TEXT,
          Col.ACTOR_ID,
          Col.ACTOR_NAME,
          Col.CAMEO_CODE,
          Col.COUNTRY,
          PLACE);

  private static final int ARTICLE_AT = COLUMNS.indexOf(Col.ARTICLE_ID);
  private static final int SENTENCE_AT = COLUMNS.indexOf(Col.SENTENCE);
  private static final int KIND_AT = COLUMNS.indexOf(KIND);
  private static final int BEGIN_AT = COLUMNS.indexOf(Col.BEGIN);
  private static final int END_AT = COLUMNS.indexOf(Col.END);
  private static final int TEXT_AT = COLUMNS.indexOf(Col.TEXT);
  private static final int ACTOR_ID_AT = COLUMNS.indexOf(Col.ACTOR_ID);
  private static final int ACTOR_NAME_AT = COLUMNS.indexOf(Col.ACTOR_NAME);
  private static final int CAMEO_CODE_AT = COLUMNS.indexOf(Col.CAMEO_CODE);
  private static final int COUNTRY_AT = COLUMNS.indexOf(Col.COUNTRY);
  private static final int PLACE_AT = COLUMNS.indexOf(PLACE);

  /** {@link #COLUMNS} in order: the given expressions, the others read as they are. */
  private static Column[] columns(Map<String, Column> given) {
    return COLUMNS.stream()
        .map(c -> given.containsKey(c) ? given.get(c).as(c) : col(c))
        .toArray(Column[]::new);
  }

  /**
   * Sentences and the mentions of their actors (places that are not countries are not actors;
   * places of a known country come along, marked: they are where a visit goes), dealt out by
   * article in one shuffle and sorted so that each article's rows come together, sentence by
   * sentence, each sentence's row before its mentions in the order of the text. {@link #codeAll}
   * reads them so.
   */
  public static Dataset<Row> byArticle(Dataset<Row> sentences, Dataset<Row> mentions) {
    Column place = col(Col.ENTITY_TYPE).equalTo(lit("location"));
    Column noText = lit(null).cast(DataTypes.StringType);
    Dataset<Row> sentenceRows =
        sentences.select(
            columns(
                Map.of(
                    KIND,
                    lit(0),
                    Col.ACTOR_ID,
                    noText,
                    Col.ACTOR_NAME,
                    noText,
                    Col.CAMEO_CODE,
                    noText,
                    Col.COUNTRY,
                    noText,
                    PLACE,
                    lit(null).cast(DataTypes.BooleanType))));
    Dataset<Row> mentionRows =
        mentions
            .filter(not(place).or(col(Col.COUNTRY).isNotNull()))
            .select(columns(Map.of(KIND, lit(1), Col.TEXT, noText, PLACE, place)));
    // Split by article into twice as many parts as there are cores, so that coding keeps every
    // core busy (a split into a given number of parts is one adaptive execution does not merge),
    // by a hash of the id: the same split on every run.
    return sentenceRows
        .unionByName(mentionRows)
        .repartition(
            SparkSessions.tasksForCores(sentences.sparkSession()), xxhash64(col(Col.ARTICLE_ID)))
        .sortWithinPartitions(
            COLUMNS.stream()
                .filter(c -> !c.equals(Col.TEXT))
                .map(c -> col(c))
                .toArray(Column[]::new));
  }

  /**
   * Codes each sentence that names an actor (sentences: article_id, sentence, begin, end, text;
   * mentions as the mentions table): one row per such sentence ({@link
   * EventTables#CODED_SENTENCE}). A sentence is coded when it names a pair (two actors, or an actor
   * and a place), or names an actor after an earlier sentence of its article named a pair (a
   * reaction to an act told before: "Taiwan's defence ministry condemned the drills") or right
   * after a sentence that opened with an actor (a pronoun for it: "It accused Britain"); the others
   * are counted as {@link EventCoder#NO_PAIR} without the coder. An article's sentences are coded
   * in order in one task, with the article's earlier events, and the actors each earlier sentence
   * opened with, known.
   */
  public static Dataset<Row> code(
      Dataset<Row> sentences, Dataset<Row> mentions, EventCoder coder, EventTypes types) {
    MapPartitionsFunction<Row, Row> f = rows -> codeAll(rows, coder, types);
    return byArticle(sentences, mentions)
        .mapPartitions(f, Encoders.row(EventTables.CODED_SENTENCE));
  }

  /**
   * Codes {@link #byArticle} rows in this thread, as the events stage's tasks do: each article's
   * sentences in order, with its earlier events known. For measuring the coder alone (`dyad
   * bench-coder`).
   */
  public static List<Row> codeInThisThread(List<Row> rows, EventCoder coder, EventTypes types) {
    List<Row> out = new ArrayList<>();
    codeAll(rows.iterator(), coder, types).forEachRemaining(out::add);
    return out;
  }

  /** Codes {@link #byArticle} rows: one coded-sentence row per sentence that names an actor. */
  static Iterator<Row> codeAll(Iterator<Row> rows, EventCoder coder, EventTypes types) {
    return new Iterator<>() {
      private Row ahead = rows.hasNext() ? rows.next() : null;
      private Row next;
      private String article;
      private boolean pairedBefore;
      private EventCoder.Context context;

      @Override
      public boolean hasNext() {
        while (next == null && ahead != null) next = sentence();
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        Row r = next;
        next = null;
        return r;
      }

      /** Reads one sentence and its mentions: its coded row, or null when it names no actor. */
      private Row sentence() {
        Row head = ahead;
        String id = head.getString(ARTICLE_AT);
        int index = head.getInt(SENTENCE_AT);
        if (!id.equals(article)) {
          article = id;
          pairedBefore = false;
          context = new EventCoder.Context();
        }
        boolean hasText = head.getInt(KIND_AT) == 0;
        ahead = rows.hasNext() ? rows.next() : null;
        List<Row> actorRows = new ArrayList<>();
        while (ahead != null
            && ahead.getInt(SENTENCE_AT) == index
            && ahead.getString(ARTICLE_AT).equals(id)) {
          actorRows.add(ahead);
          ahead = rows.hasNext() ? rows.next() : null;
        }
        if (!hasText) {
          // mentions come from the same sentences: one without its sentence is a broken input
          throw new IllegalStateException(
              "mentions of sentence " + index + " of article " + id + " without the sentence");
        }
        if (actorRows.isEmpty()) {
          context.add(head.getString(TEXT_AT), List.of(), List.of());
          return null;
        }
        int named = 0;
        for (Row a : actorRows) if (!a.getBoolean(PLACE_AT)) named++;
        boolean paired = named >= 2 || (named >= 1 && actorRows.size() > named);
        // a sentence of one actor may react to an act told before, or open with a pronoun for the
        // actors the sentence before opened with
        boolean codable =
            paired || (named >= 1 && (pairedBefore || !context.previousLeading().isEmpty()));
        pairedBefore |= paired;
        if (!codable) {
          List<EventActor> actors = actors(head, actorRows);
          context.add(head.getString(TEXT_AT), actors, List.of());
          return RowFactory.create(id, index, "", EventCoder.NO_PAIR, NO_EVENTS);
        }
        return codeOne(head, actorRows, coder, types, context);
      }
    };
  }

  private static final scala.collection.Seq<Row> NO_EVENTS =
      JavaConverters.asScalaBuffer(new ArrayList<Row>()).toSeq();

  /** Codes one sentence ({@link #byArticle}'s row) with its actors' mention rows. */
  static Row codeOne(
      Row sentence,
      List<Row> actorRows,
      EventCoder coder,
      EventTypes types,
      EventCoder.Context context) {
    String text = sentence.getString(TEXT_AT);
    List<EventActor> actors = actors(sentence, actorRows);
    EventCoder.Result result = coder.code(text, 0, text.length(), actors, context);
    if (context != null) context.add(text, actors, result.events());
    return row(sentence, result, types);
  }

  /** The actors of a sentence's mention rows, at offsets into the sentence's text. */
  private static List<EventActor> actors(Row sentence, List<Row> actorRows) {
    int sentenceBegin = sentence.getInt(BEGIN_AT);
    List<EventActor> actors = new ArrayList<>();
    for (Row a : actorRows) {
      int begin = a.getInt(BEGIN_AT) - sentenceBegin;
      int end = a.getInt(END_AT) - sentenceBegin;
      if (a.getBoolean(PLACE_AT))
        actors.add(
            EventActor.place(begin, end, a.getString(ACTOR_NAME_AT), a.getString(COUNTRY_AT)));
      else
        actors.add(
            new EventActor(
                begin,
                end,
                a.getString(ACTOR_ID_AT),
                a.getString(ACTOR_NAME_AT),
                a.isNullAt(CAMEO_CODE_AT) ? null : a.getString(CAMEO_CODE_AT),
                a.isNullAt(COUNTRY_AT) ? null : a.getString(COUNTRY_AT)));
    }
    return actors;
  }

  /** A coded sentence's row: its events with their types, or why it has none. */
  private static Row row(Row sentence, EventCoder.Result result, EventTypes types) {
    String text = sentence.getString(TEXT_AT);
    int sentenceBegin = sentence.getInt(BEGIN_AT);
    List<Row> events = new ArrayList<>();
    for (CodedEvent e : result.events()) {
      EventTypes.Type type = types.type(e.code());
      String root = e.code().length() >= 2 ? e.code().substring(0, 2) : e.code();
      events.add(
          RowFactory.create(
              e.begin() + sentenceBegin,
              e.end() + sentenceBegin,
              e.trigger(),
              e.source().actorId(),
              e.source().name(),
              e.source().code(),
              e.source().country(),
              e.target().actorId(),
              e.target().name(),
              e.target().code(),
              e.target().country(),
              e.code(),
              root,
              type == null ? null : type.name(),
              types.ploverType(e.code()),
              EventTypes.quadClass(e.code()),
              types.goldstein(e.code()),
              e.pattern(),
              e.confidence()));
    }
    return RowFactory.create(
        sentence.getString(ARTICLE_AT),
        sentence.getInt(SENTENCE_AT),
        text,
        result.skipped(),
        JavaConverters.asScalaBuffer(events).toSeq());
  }

  /** The events table's rows: one per event, with the article's date and near-duplicate mark. */
  public static Dataset<Row> events(Dataset<Row> coded, Dataset<Row> articles) {
    Dataset<Row> exploded =
        coded
            .select(
                col(Col.ARTICLE_ID),
                col(Col.SENTENCE),
                col(Col.SENTENCE_TEXT),
                explode(col(Col.SENTENCE_EVENTS)).as("e"))
            .select(col(Col.ARTICLE_ID), col(Col.SENTENCE), col(Col.SENTENCE_TEXT), col("e.*"));
    Dataset<Row> dated =
        exploded.join(
            articles.select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.DUPLICATE_OF)),
            Col.ARTICLE_ID);
    List<Column> columns = new ArrayList<>();
    for (String name : EventTables.EVENTS.schema().fieldNames()) {
      if (name.equals(Col.MONTH)) columns.add(Tables.month(col(Col.PUBLISHED)).as(Col.MONTH));
      else columns.add(col(name));
    }
    return dated.select(columns.toArray(Column[]::new));
  }

  /** The outcome of a sentence that gave events (the others are counted by their reason). */
  public static final String CODED = "coded";

  /**
   * The coded sentences, counted by outcome as they pass on to whatever reads them: the counts are
   * the {@code observation}'s once an action over the result has run (no Spark job of their own).
   * Its metrics are named by outcome ({@link #CODED} and {@link EventCoder#REASONS}).
   *
   * <p>Spark adds up the counts of every task that ended well: when it runs a stage again (an
   * executor lost after its shuffle files were written), the sentences of the tasks run again are
   * counted twice. {@link #countedOnce} tells whether that happened; {@link #outcomeCounts} counts
   * exactly, in a job of its own.
   */
  public static Dataset<Row> countingOutcomes(Dataset<Row> coded, Observation observation) {
    Column skipped = col(Col.SKIPPED);
    List<Column> counts = new ArrayList<>();
    for (String reason : EventCoder.REASONS)
      counts.add(sum(when(skipped.equalTo(lit(reason)), 1L).otherwise(0L)).as(reason));
    return coded.observe(
        observation,
        sum(when(skipped.isNull(), 1L).otherwise(0L)).as(CODED),
        counts.toArray(Column[]::new));
  }

  /**
   * Whether observed counts are those of each sentence once: their {@link #CODED} count is the
   * number of sentences with events in the written events table ({@code sentencesWithEvents}). Each
   * task of the coding holds hundreds of coded sentences, so a task run twice shows here.
   */
  public static boolean countedOnce(Map<String, Long> observed, long sentencesWithEvents) {
    return observed.getOrDefault(CODED, 0L) == sentencesWithEvents;
  }

  /** The coded sentences counted by outcome exactly, in a Spark job of their own. */
  public static Map<String, Long> outcomeCounts(Dataset<Row> coded) {
    Map<String, Long> counted = new TreeMap<>();
    for (Row r :
        coded
            .select(coalesce(col(Col.SKIPPED), lit(CODED)).as(Col.SKIPPED))
            .groupBy(Col.SKIPPED)
            .count()
            .collectAsList()) counted.put(r.getString(0), r.getLong(1));
    return counted;
  }

  /**
   * An {@link #countingOutcomes observation}'s counts, by outcome in alphabetical order, the
   * outcomes no sentence had left out (all of them when Spark ran nothing of the observed plan: the
   * caller checks that against what was written).
   */
  public static Map<String, Long> outcomes(Observation observation) {
    Row metrics;
    try {
      // Spark hands the metrics over on its listener bus, just after the action ends
      metrics =
          scala.concurrent.Await.result(
              observation.future(), scala.concurrent.duration.Duration.create(5, "minutes"));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(
          "the events stage's outcome counts did not arrive within 5 minutes of its write", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the events stage's outcomes", e);
    }
    Map<String, Long> counted = new TreeMap<>();
    // no metrics at all when Spark ran no task of the observed plan (it found its input empty)
    if (metrics.schema() == null) return counted;
    String[] names = metrics.schema().fieldNames();
    for (int i = 0; i < names.length; i++) {
      long n = metrics.isNullAt(i) ? 0L : ((Number) metrics.get(i)).longValue();
      if (n > 0) counted.put(names[i], n);
    }
    return counted;
  }
}
