package org.dyad.events;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
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

  private static final String PLACE = "_place";

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
    Column noFlag = lit(null).cast(DataTypes.BooleanType);
    Dataset<Row> sentenceRows =
        sentences.select(
            col(Col.ARTICLE_ID),
            col(Col.SENTENCE),
            lit(0).as(KIND),
            col(Col.BEGIN),
            col(Col.END),
            col(Col.TEXT),
            noText.as(Col.ACTOR_ID),
            noText.as(Col.ACTOR_NAME),
            noText.as(Col.CAMEO_CODE),
            noText.as(Col.COUNTRY),
            noFlag.as(PLACE));
    Dataset<Row> mentionRows =
        mentions
            .filter(not(place).or(col(Col.COUNTRY).isNotNull()))
            .select(
                col(Col.ARTICLE_ID),
                col(Col.SENTENCE),
                lit(1).as(KIND),
                col(Col.BEGIN),
                col(Col.END),
                noText.as(Col.TEXT),
                col(Col.ACTOR_ID),
                col(Col.ACTOR_NAME),
                col(Col.CAMEO_CODE),
                col(Col.COUNTRY),
                place.as(PLACE));
    // Split by article into twice as many parts as there are cores, so that coding keeps every
    // core busy (a split into a given number of parts is one adaptive execution does not merge),
    // by a hash of the id: the same split on every run.
    return sentenceRows
        .unionByName(mentionRows)
        .repartition(
            SparkSessions.tasksForCores(sentences.sparkSession()), xxhash64(col(Col.ARTICLE_ID)))
        .sortWithinPartitions(
            col(Col.ARTICLE_ID),
            col(Col.SENTENCE),
            col(KIND),
            col(Col.BEGIN),
            col(Col.END),
            col(Col.ACTOR_ID),
            col(Col.ACTOR_NAME),
            col(Col.CAMEO_CODE),
            col(Col.COUNTRY),
            col(PLACE));
  }

  /**
   * Codes each sentence that names an actor (sentences: article_id, sentence, begin, end, text;
   * mentions as the mentions table): one row per such sentence ({@link
   * EventTables#CODED_SENTENCE}). A sentence is coded when it names a pair (two actors, or an actor
   * and a place), or names an actor after an earlier sentence of its article named a pair (a
   * reaction to an act told before: "Taiwan's defence ministry condemned the drills"); the others
   * are counted as {@link EventCoder#NO_PAIR} without the coder. An article's sentences are coded
   * in order in one task, with the article's earlier events known.
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
        String id = head.getString(0);
        int index = head.getInt(1);
        if (!id.equals(article)) {
          article = id;
          pairedBefore = false;
          context = new EventCoder.Context();
        }
        boolean hasText = head.getInt(2) == 0;
        ahead = rows.hasNext() ? rows.next() : null;
        List<Row> actorRows = new ArrayList<>();
        while (ahead != null && ahead.getInt(1) == index && ahead.getString(0).equals(id)) {
          actorRows.add(ahead);
          ahead = rows.hasNext() ? rows.next() : null;
        }
        if (!hasText) {
          // mentions come from the same sentences: one without its sentence is a broken input
          throw new IllegalStateException(
              "mentions of sentence " + index + " of article " + id + " without the sentence");
        }
        if (actorRows.isEmpty()) return null;
        int named = 0;
        for (Row a : actorRows) if (!a.getBoolean(10)) named++;
        boolean paired = named >= 2 || (named >= 1 && actorRows.size() > named);
        boolean codable = paired || (pairedBefore && named >= 1);
        pairedBefore |= paired;
        if (!codable) return RowFactory.create(id, index, "", EventCoder.NO_PAIR, NO_EVENTS);
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
    String text = sentence.getString(5);
    int sentenceBegin = sentence.getInt(3);
    List<EventActor> actors = new ArrayList<>();
    for (Row a : actorRows) {
      int begin = a.getInt(3) - sentenceBegin;
      int end = a.getInt(4) - sentenceBegin;
      if (a.getBoolean(10))
        actors.add(EventActor.place(begin, end, a.getString(7), a.getString(9)));
      else
        actors.add(
            new EventActor(
                begin,
                end,
                a.getString(6),
                a.getString(7),
                a.isNullAt(8) ? null : a.getString(8),
                a.isNullAt(9) ? null : a.getString(9)));
    }
    EventCoder.Result result = coder.code(text, 0, text.length(), actors, context);
    if (context != null) context.add(result.events());
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
        sentence.getString(0),
        sentence.getInt(1),
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

  /** Sentences by why they gave no event (and "coded" for those that gave some). */
  public static Dataset<Row> reasons(Dataset<Row> coded) {
    return coded
        .select(coalesce(col(Col.SKIPPED), lit("coded")).as(Col.SKIPPED))
        .groupBy(Col.SKIPPED)
        .count()
        .orderBy(Col.SKIPPED);
  }
}
