package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.Tables;
import org.dyad.text.CodePointOffsets;

/** Annotated articles (sentences, dictionary matches, NER chunks) -> rows of the mentions table. */
public final class MentionExtraction {
  private MentionExtraction() {}

  /**
   * A mention as extracted: the mentions table's columns but its partition column, with {@code
   * published} in microseconds since the epoch. Java's {@code java.sql.Timestamp} counts days in
   * the Julian calendar before 1582, so a date that passes through one is moved (1000-01-01 became
   * 0999-12-27); microseconds are exact.
   */
  private static final StructType ROW =
      new StructType(
          Arrays.stream(ActorTables.MENTIONS.schema().fields())
              .filter(f -> !f.name().equals(Col.MONTH))
              .map(
                  f ->
                      f.name().equals(Col.PUBLISHED)
                          ? new StructField(f.name(), DataTypes.LongType, true, f.metadata())
                          : f)
              .toArray(StructField[]::new));

  /**
   * @param annotated article_id, published, text, sentence, dictionary_chunk, token_count and
   *     (optional) ner_chunk
   * @param tokens counts the tokens of the articles processed (for throughput), or null
   */
  public static Dataset<Row> extract(
      Dataset<Row> annotated, Broadcast<MentionResolver> resolver, LongAccumulator tokens) {
    boolean hasNer = Arrays.asList(annotated.columns()).contains(NlpPipelines.NER_CHUNK);
    // Dyad's own NER tagger runs here, in the same task, on the tokens the dictionary pass kept
    boolean ownTagger = Arrays.asList(annotated.columns()).contains(NlpPipelines.TOKEN);
    Dataset<Row> input =
        annotated.select(
            col(Col.ARTICLE_ID),
            unix_micros(col(Col.PUBLISHED)).as(Col.PUBLISHED),
            col(Col.TEXT),
            col(NlpPipelines.SENTENCE),
            col(NlpPipelines.DICTIONARY_CHUNK),
            hasNer ? col(NlpPipelines.NER_CHUNK) : lit(null).as(NlpPipelines.NER_CHUNK),
            col(NlpPipelines.TOKEN_COUNT),
            ownTagger ? col(NlpPipelines.TOKEN) : lit(null).as(NlpPipelines.TOKEN));
    return input
        .flatMap(
            (FlatMapFunction<Row, Row>)
                row -> {
                  if (tokens != null) tokens.add(Math.max(0, row.getInt(6)));
                  String articleId = row.getString(0);
                  Long published = row.isNullAt(1) ? null : row.getLong(1);
                  LocalDate date = published == null ? null : Tables.utcDate(published);
                  List<Mention> mentions =
                      resolver
                          .value()
                          .resolve(
                              articleId,
                              row.getString(2),
                              date,
                              spans(row, 3),
                              spans(row, 4),
                              ownTagger
                                  ? TaggerSpans.entities(
                                      row.getString(2), spans(row, 3), tokens(row, 7))
                                  : spans(row, 5));
                  List<Row> out = new ArrayList<>(mentions.size());
                  // offsets in the table count code points (Python, DuckDB, Spark SQL), not Java's
                  // UTF-16 units
                  CodePointOffsets at = CodePointOffsets.of(row.getString(2));
                  for (Mention m : mentions) {
                    out.add(row(m, at, published));
                  }
                  return out.iterator();
                },
            Encoders.row(ROW))
        .withColumn(Col.PUBLISHED, timestamp_micros(col(Col.PUBLISHED)))
        .withColumn(Col.MONTH, Tables.month(col(Col.PUBLISHED)));
  }

  /**
   * The columns {@link #row} fills, in its order: those of {@link #ROW}, checked when the class
   * loads ({@code MentionExtractionTest} too), so that a column added to the table cannot be filled
   * with another's value.
   */
  static final List<String> COLUMNS =
      List.of(
          Col.ARTICLE_ID,
          Col.SENTENCE,
          Col.SENTENCE_BEGIN,
          Col.SENTENCE_END,
          Col.BEGIN,
          Col.END,
          Col.TEXT,
          Col.ENTITY_TYPE,
          Col.SOURCE,
          Col.ACTOR_ID,
          Col.ACTOR_NAME,
          Col.CAMEO_CODE,
          Col.COUNTRY,
          Col.ROLE_BY_DATE,
          Col.ROLE_SOURCE,
          Col.ALIAS_KIND,
          Col.CONFIDENCE,
          Col.IN_DICTIONARY,
          Col.AFFILIATE,
          Col.LIST_BEGIN,
          Col.PUBLISHED);

  static {
    if (!COLUMNS.equals(Arrays.asList(ROW.fieldNames())))
      throw new IllegalStateException(
          "MentionExtraction.row fills "
              + COLUMNS
              + " but the mentions table has "
              + Arrays.asList(ROW.fieldNames()));
  }

  /**
   * A mention as a row of {@link #ROW}: offsets in code points ({@code at}), the article's date in
   * microseconds.
   */
  static Row row(Mention m, CodePointOffsets at, Long published) {
    return RowFactory.create(
        m.articleId(),
        m.sentence(),
        at.at(m.sentenceBegin()),
        at.at(m.sentenceEnd()),
        at.at(m.begin()),
        at.at(m.end()),
        m.text(),
        m.entityType(),
        m.source(),
        m.actorId(),
        m.actorName(),
        m.cameoCode(),
        m.country(),
        m.roleByDate(),
        m.roleSource(),
        m.aliasKind(),
        m.confidence(),
        m.inDictionary(),
        m.affiliate(),
        at.at(m.listBegin()),
        published);
  }

  /** The kept tokens (begin, end inclusive, result) as spans [begin, end + 1), no label. */
  static List<Span> tokens(Row row, int field) {
    if (row.isNullAt(field)) return List.of();
    List<Row> annotations = row.getList(field);
    List<Span> out = new ArrayList<>(annotations.size());
    for (Row t : annotations)
      out.add(new Span(t.getInt(0), t.getInt(1) + 1, t.getString(2), null, 1.0));
    return out;
  }

  /** Spark NLP annotations (begin and end inclusive) as spans [begin, end + 1). */
  static List<Span> spans(Row row, int field) {
    if (row.isNullAt(field)) return List.of();
    List<Row> annotations = row.getList(field);
    List<Span> spans = new ArrayList<>(annotations.size());
    for (Row a : annotations) {
      Map<String, String> meta = a.getJavaMap(a.fieldIndex("metadata"));
      String label = meta.getOrDefault("entity", null);
      double confidence = 0.7;
      String c = meta.get("confidence");
      if (c != null) {
        try {
          confidence = Double.parseDouble(c);
        } catch (NumberFormatException ignored) {
          // keep the default
        }
      }
      spans.add(
          new Span(
              a.<Integer>getAs("begin"),
              a.<Integer>getAs("end") + 1,
              a.getAs("result"),
              label,
              confidence));
    }
    return spans;
  }
}
