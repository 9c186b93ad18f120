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
import org.apache.spark.sql.expressions.Window;
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

  /**
   * The actors of each sentence that names at least one (places that are not countries are not
   * actors): article_id, sentence, sentence_actors.
   */
  public static Dataset<Row> sentenceActors(Dataset<Row> mentions) {
    // places of a known country come along, marked: they are where a visit goes
    Column place = col(Col.ENTITY_TYPE).equalTo(lit("location"));
    return mentions
        .filter(not(place).or(col(Col.COUNTRY).isNotNull()))
        .groupBy(col(Col.ARTICLE_ID), col(Col.SENTENCE))
        .agg(
            sort_array(
                    collect_list(
                        struct(
                            col(Col.BEGIN),
                            col(Col.END),
                            col(Col.ACTOR_ID),
                            col(Col.ACTOR_NAME),
                            col(Col.CAMEO_CODE),
                            col(Col.COUNTRY),
                            place.as("place"))))
                .as(Col.SENTENCE_ACTORS));
  }

  /** How many of a sentence's actors ({@link #sentenceActors}' array) are not places. */
  private static Column named(Column actors) {
    return size(filter(actors, a -> not(a.getField("place"))));
  }

  /** Whether a sentence names a pair: two actors, or an actor and a place. */
  public static Column paired(Column actors) {
    Column named = named(actors);
    return named.geq(2).or(named.geq(1).and(size(actors).minus(named).geq(1)));
  }

  /**
   * Codes each sentence that names an actor: sentences (article_id, sentence, begin, end, text)
   * joined with {@link #sentenceActors}; one row per sentence ({@link EventTables#CODED_SENTENCE}).
   */
  public static Dataset<Row> code(
      Dataset<Row> sentences, Dataset<Row> sentenceActors, EventCoder coder, EventTypes types) {
    // A sentence that names one actor (and no place) or only places gives no event: it is counted
    // as such without its text or the coder.
    Column named = named(col(Col.SENTENCE_ACTORS));
    Column paired = paired(col(Col.SENTENCE_ACTORS));
    // A sentence of one actor after a sentence that may have coded an act is coded too, for a
    // reaction to that act ("Taiwan's defence ministry condemned the drills"); the coder needs the
    // article's earlier events, so an article's sentences are coded in order in one task (below).
    Column pairedBefore =
        max(paired.cast("int"))
            .over(
                Window.partitionBy(col(Col.ARTICLE_ID))
                    .orderBy(col(Col.SENTENCE))
                    .rowsBetween(Window.unboundedPreceding(), -1));
    Column codable = col("_paired").or(col("_paired_before").equalTo(1).and(named.geq(1)));
    sentenceActors =
        sentenceActors
            .withColumn("_paired", paired)
            .withColumn("_paired_before", coalesce(pairedBefore, lit(0)));
    Dataset<Row> alone =
        sentenceActors
            .where(not(codable))
            .select(
                col(Col.ARTICLE_ID),
                col(Col.SENTENCE),
                lit("").as(Col.SENTENCE_TEXT),
                lit(EventCoder.NO_PAIR).as(Col.SKIPPED),
                array()
                    .cast(DataTypes.createArrayType(EventTables.EVENT, false))
                    .as(Col.SENTENCE_EVENTS));
    Dataset<Row> pairs = sentenceActors.where(codable);
    Dataset<Row> joined =
        sentences
            .join(
                pairs,
                sentences
                    .col(Col.ARTICLE_ID)
                    .equalTo(pairs.col(Col.ARTICLE_ID))
                    .and(sentences.col(Col.SENTENCE).equalTo(pairs.col(Col.SENTENCE))))
            .select(
                sentences.col(Col.ARTICLE_ID),
                sentences.col(Col.SENTENCE),
                sentences.col(Col.BEGIN),
                sentences.col(Col.TEXT),
                pairs.col(Col.SENTENCE_ACTORS));
    // The sentences to code split by article into twice as many parts as there are cores, so that
    // coding keeps every core busy, and sorted so that an article's sentences come in order. After
    // the join they sit in the parts of the sentence actors' grouping, which adaptive execution
    // merges into one when they are small (Reuters 000-018: one task coded every sentence, 10 s). A
    // split into a given number of parts is never merged; split by the article id itself, Spark
    // would drop it as the same as the window's above (and code in that merged part), so it is
    // split by a hash of the id.
    MapPartitionsFunction<Row, Row> f = rows -> codeAll(rows, coder, types);
    return joined
        .repartition(
            SparkSessions.tasksForCores(sentences.sparkSession()), xxhash64(col(Col.ARTICLE_ID)))
        .sortWithinPartitions(col(Col.ARTICLE_ID), col(Col.SENTENCE))
        .mapPartitions(f, Encoders.row(EventTables.CODED_SENTENCE))
        .unionByName(alone);
  }

  /**
   * Codes sentence rows (article_id, sentence, begin, text, sentence_actors) in this thread, as the
   * events stage's tasks do: sorted by article and sentence, each article's with its earlier events
   * known. For measuring the coder alone (`dyad bench-coder`).
   */
  public static List<Row> codeInThisThread(List<Row> rows, EventCoder coder, EventTypes types) {
    List<Row> out = new ArrayList<>(rows.size());
    codeAll(rows.iterator(), coder, types).forEachRemaining(out::add);
    return out;
  }

  /** Codes rows sorted by article and sentence, each article's with its earlier events known. */
  static Iterator<Row> codeAll(Iterator<Row> rows, EventCoder coder, EventTypes types) {
    List<Row> out = new ArrayList<>();
    String article = null;
    EventCoder.Context context = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      String id = r.getString(r.fieldIndex(Col.ARTICLE_ID));
      if (!id.equals(article)) {
        article = id;
        context = new EventCoder.Context();
      }
      out.add(codeOne(r, coder, types, context));
    }
    return out.iterator();
  }

  static Row codeOne(Row r, EventCoder coder, EventTypes types, EventCoder.Context context) {
    String text = r.getString(r.fieldIndex(Col.TEXT));
    int sentenceBegin = r.getInt(r.fieldIndex(Col.BEGIN));
    List<Row> actorRows = r.getList(r.fieldIndex(Col.SENTENCE_ACTORS));
    List<EventActor> actors = new ArrayList<>();
    for (Row a : actorRows) {
      if (a.getBoolean(6)) {
        actors.add(
            EventActor.place(
                a.getInt(0) - sentenceBegin,
                a.getInt(1) - sentenceBegin,
                a.getString(3),
                a.getString(5)));
        continue;
      }
      actors.add(
          new EventActor(
              a.getInt(0) - sentenceBegin,
              a.getInt(1) - sentenceBegin,
              a.getString(2),
              a.getString(3),
              a.isNullAt(4) ? null : a.getString(4),
              a.isNullAt(5) ? null : a.getString(5)));
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
        r.getString(r.fieldIndex(Col.ARTICLE_ID)),
        r.getInt(r.fieldIndex(Col.SENTENCE)),
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
