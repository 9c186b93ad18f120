package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dyad.mentions.MentionExtraction;
import org.dyad.mentions.MentionResolver;
import org.dyad.mentions.NerCandidates;
import org.dyad.mentions.NlpPipelines;
import org.dyad.run.Reuse;
import org.dyad.run.RunOutput;
import org.dyad.spark.Kept;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.TableWriter;
import org.dyad.tables.Tables;
import org.dyad.text.CodePointOffsets;

/**
 * The annotation of the mentions stage: sentences and dictionary matches, NER, mentions; all
 * articles at once, or, when the annotators fail, ranges of them until the articles they fail on
 * are alone ({@link ArticleIsolation}). Writes the sentences table and the mentions' state.
 */
final class MentionAnnotation {
  private MentionAnnotation() {}

  /**
   * What annotating the articles gave: the mentions as extracted (before the merge of single names,
   * with the reused articles'), sentences too long for NER, the articles the annotators failed on
   * (this run's), and what to let go of once the mentions are written.
   */
  record Annotated(
      Dataset<Row> extracted,
      long tooLongForNer,
      List<ArticleIsolation.Failure> failures,
      Runnable release) {}

  /**
   * Sentences, dictionary matches and token counts of articles (article_id, published, text); with
   * Dyad's own NER tagger, the tokens too (begin, end, result), which it tags in the mentions'
   * task.
   */
  static Dataset<Row> dictionaryPass(
      PipelineModel matcher, Dataset<Row> input, Optional<NerModels.NerModel> ner) {
    Dataset<Row> annotated = matcher.transform(input);
    List<Column> columns =
        new ArrayList<>(
            List.of(
                col(Col.ARTICLE_ID),
                col(Col.PUBLISHED),
                col(Col.TEXT),
                col(NlpPipelines.SENTENCE),
                col(NlpPipelines.DICTIONARY_CHUNK),
                size(col(NlpPipelines.TOKEN)).as(NlpPipelines.TOKEN_COUNT)));
    if (ner.isPresent() && ner.get().isOwnTagger())
      columns.add(
          transform(
                  col(NlpPipelines.TOKEN),
                  t ->
                      struct(
                          t.getField("begin").as("begin"),
                          t.getField("end").as("end"),
                          t.getField("result").as("result")))
              .as(NlpPipelines.TOKEN));
    return annotated.select(columns.toArray(Column[]::new));
  }

  /**
   * The dictionary pass with the NER model's chunks added (unchanged without a model, and with
   * Dyad's own tagger, which runs in the mentions' task).
   */
  static Dataset<Row> withNer(Optional<NerModels.NerModel> ner, Dataset<Row> byDictionary) {
    return ner.isPresent() && !ner.get().isOwnTagger()
        ? NerModels.annotate(ner.get(), byDictionary)
        : byDictionary;
  }

  /**
   * Sentences Dyad's own NER models (the tagger, NerDL) leave to the dictionary (too long for
   * them); 0 for other models or none.
   */
  static long tooLongForNer(Optional<NerModels.NerModel> ner, Dataset<Row> byDictionary) {
    // Dyad's own tagger leaves the same sentences to the dictionary as NerDL (TaggerSpans)
    return ner.isPresent() && (ner.get().bySentence() || ner.get().isOwnTagger())
        ? NerCandidates.tooLong(byDictionary)
        : 0;
  }

  /**
   * All articles at once: writes the sentences table and the mentions' state; the mentions are kept
   * for the merge.
   */
  static Annotated all(
      Dataset<Row> input,
      PipelineModel matcher,
      Optional<NerModels.NerModel> ner,
      Broadcast<MentionResolver> resolver,
      LongAccumulator tokens,
      Reuse reuse,
      RunOutput out,
      Map<Table, Long> written) {
    // Sentences and dictionary matches, once: the sentences table, NER's choice of sentences and
    // the mentions read them.
    Dataset<Row> byDictionary =
        dictionaryPass(matcher, input, ner).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> extracted = null;
    try {
      written.put(
          ActorTables.SENTENCES,
          TableWriter.write(
              reuse.with(sentences(byDictionary), ActorTables.SENTENCES),
              ActorTables.SENTENCES,
              out.stagingPath(ActorTables.SENTENCES)));
      Dataset<Row> annotated = withNer(ner, byDictionary);
      long tooLong = tooLongForNer(ner, byDictionary);
      // Extracted once and kept: the cross-article merge reads the mentions twice.
      extracted =
          reuse
              .with(MentionExtraction.extract(annotated, resolver, tokens), StateTables.MENTIONS)
              .persist(StorageLevel.MEMORY_AND_DISK());
      // Kept for a later append run, before the merge of single names across articles (which it
      // does again).
      TableWriter.write(extracted, StateTables.MENTIONS, out.stagingPath(StateTables.MENTIONS));
      Dataset<Row> kept = extracted;
      return new Annotated(
          extracted,
          tooLong,
          List.of(),
          () -> {
            kept.unpersist();
            byDictionary.unpersist();
          });
    } catch (Exception e) {
      if (extracted != null) extracted.unpersist();
      byDictionary.unpersist();
      throw ArticleIsolation.<RuntimeException>unchecked(e);
    }
  }

  /** One range of articles annotated alone (kept): its dictionary pass, sentences and mentions. */
  private record Piece(Dataset<Row> byDictionary, Dataset<Row> sentences, Dataset<Row> extracted) {
    void release() {
      for (Dataset<Row> d : Arrays.asList(byDictionary, sentences, extracted))
        if (d != null) Kept.release(d);
    }
  }

  /**
   * After the annotators failed over all articles at once: annotates ranges of them, halving the
   * ranges that fail until the articles that fail are alone ({@link ArticleIsolation}); those are
   * left without sentences and mentions. Gives the same rows for the others as {@link #all} would.
   */
  static Annotated isolating(
      Dataset<Row> input,
      PipelineModel matcher,
      Optional<NerModels.NerModel> ner,
      Broadcast<MentionResolver> resolver,
      LongAccumulator tokens,
      Reuse reuse,
      RunOutput out,
      Map<Table, Long> written,
      Exception failure) {
    Dataset<Row> articles = Kept.keep(input);
    ArticleIsolation.Outcome<Piece> outcome =
        ArticleIsolation.isolate(
            articles,
            some -> {
              Piece piece = new Piece(Kept.keep(dictionaryPass(matcher, some, ner)), null, null);
              try {
                Dataset<Row> sentences = Kept.keep(sentences(piece.byDictionary()));
                piece = new Piece(piece.byDictionary(), sentences, null);
                Dataset<Row> annotated = withNer(ner, piece.byDictionary());
                return new Piece(
                    piece.byDictionary(),
                    sentences,
                    Kept.keep(MentionExtraction.extract(annotated, resolver, null)));
              } catch (RuntimeException e) {
                piece.release();
                throw e;
              }
            },
            Piece::release,
            failure);
    Kept.release(articles);
    // The tokens of the articles annotated, counted from the kept pieces (the failed attempts
    // counted some twice).
    tokens.reset();
    long tooLong = 0;
    Dataset<Row> none = dictionaryPass(matcher, input.where(lit(false)), ner);
    Dataset<Row> sentences = sentences(none);
    Dataset<Row> extracted = MentionExtraction.extract(withNer(ner, none), resolver, null);
    for (Piece p : outcome.pieces()) {
      Row sum = p.byDictionary().agg(coalesce(sum(col(NlpPipelines.TOKEN_COUNT)), lit(0L))).first();
      tokens.add(sum.getLong(0));
      tooLong += tooLongForNer(ner, p.byDictionary());
      sentences = sentences.unionByName(p.sentences());
      extracted = extracted.unionByName(p.extracted());
    }
    written.put(
        ActorTables.SENTENCES,
        TableWriter.write(
            reuse.with(sentences, ActorTables.SENTENCES),
            ActorTables.SENTENCES,
            out.stagingPath(ActorTables.SENTENCES)));
    Dataset<Row> all =
        reuse.with(extracted, StateTables.MENTIONS).persist(StorageLevel.MEMORY_AND_DISK());
    TableWriter.write(all, StateTables.MENTIONS, out.stagingPath(StateTables.MENTIONS));
    return new Annotated(
        all,
        tooLong,
        outcome.failures(),
        () -> {
          all.unpersist();
          outcome.pieces().forEach(Piece::release);
        });
  }

  /**
   * Writes the articles the annotators failed on (this run's, with those of reused articles from
   * the reports appended to) to the state, and returns all of them, by article id.
   */
  static List<ArticleIsolation.Failure> failures(
      SparkSession spark, List<ArticleIsolation.Failure> found, Reuse reuse, RunOutput out) {
    List<Row> rows = new ArrayList<>();
    for (ArticleIsolation.Failure f : found) rows.add(RowFactory.create(f.articleId(), f.error()));
    Dataset<Row> table =
        reuse.with(
            spark.createDataFrame(rows, StateTables.MENTION_FAILURES.schema()),
            StateTables.MENTION_FAILURES);
    String path = out.stagingPath(StateTables.MENTION_FAILURES);
    TableWriter.write(table, StateTables.MENTION_FAILURES, path);
    if (reuse.count() == 0)
      return found.stream()
          .sorted(Comparator.comparing(ArticleIsolation.Failure::articleId))
          .toList();
    List<ArticleIsolation.Failure> all = new ArrayList<>();
    for (Row r : spark.read().parquet(path).orderBy(Col.ARTICLE_ID).collectAsList())
      all.add(new ArticleIsolation.Failure(r.getString(0), r.getString(1)));
    return all;
  }

  /**
   * The sentences of annotated articles (article_id, published, text, sentence annotations), one
   * row each: index, offsets (end exclusive, in code points: see {@link CodePointOffsets}), text,
   * and the article's month.
   */
  static Dataset<Row> sentences(Dataset<Row> annotated) {
    return annotated
        .select(
            col(Col.ARTICLE_ID),
            unix_micros(col(Col.PUBLISHED)).as(Col.PUBLISHED),
            col(Col.TEXT),
            col(NlpPipelines.SENTENCE + ".begin"),
            col(NlpPipelines.SENTENCE + ".end"))
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  String text = r.getString(2);
                  List<Integer> begins = r.getList(3);
                  List<Integer> ends = r.getList(4);
                  CodePointOffsets at = CodePointOffsets.of(text);
                  List<Row> out = new ArrayList<>(begins.size());
                  for (int i = 0; i < begins.size(); i++) {
                    int b = Math.max(0, begins.get(i));
                    int e = Math.min(text.length(), ends.get(i) + 1);
                    out.add(
                        RowFactory.create(
                            r.getString(0),
                            r.isNullAt(1) ? null : r.getLong(1),
                            i,
                            at.at(b),
                            at.at(e),
                            text.substring(b, Math.max(b, e))));
                  }
                  return out.iterator();
                },
            Encoders.row(ActorTables.SENTENCE_CUT))
        .withColumn(Col.MONTH, Tables.month(timestamp_micros(col(Col.PUBLISHED))))
        .drop(Col.PUBLISHED);
  }
}
