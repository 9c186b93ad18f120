package org.dyad.topics;

import static org.apache.spark.sql.functions.*;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.LightPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.mentions.NlpPipelines;
import org.dyad.tables.Col;

/**
 * Article text as the topic model sees it: title and text, with the wire boilerplate cut (a leading
 * dateline such as "NEW YORK, April 3 - ", a trailing "Reuter" sign-off), split into tokens by
 * Spark NLP's tokenizer, then ({@link TopicWords}) lower-cased, letters only (numbers go), short
 * words and stop words out, then stemmed.
 */
public final class TopicText {
  private TopicText() {}

  public static final String TERMS = Col.TERMS;

  /** The words of {@link #TERMS} before stemming, position by position. */
  public static final String WORDS = Col.WORDS;

  static final String RAW = "topic_text";

  /** A dateline at the start of a wire story: place in capitals, optional date, and a dash. */
  static final String DATELINE =
      "^\\s*[\\p{Lu}][\\p{Lu}\\p{M}"
          + " .,'&/()-]{1,60},?\\s+([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\s*)?-+\\s+";

  /**
   * A sign-off line at the end: "Reuter", "REUTER", "Reuters", optionally followed by control
   * characters.
   */
  static final String SIGN_OFF = "(?i)\\s*\\breuters?\\b[\\s\\p{Cntrl}]*$";

  /** Title and text with the boilerplate cut, in column {@value #RAW}. */
  public static Column text() {
    Column body = regexp_replace(regexp_replace(col(Col.TEXT), DATELINE, ""), SIGN_OFF, "");
    return concat_ws(". ", coalesce(col(Col.TITLE), lit("")), body);
  }

  /**
   * Spark ML's English stop words and Dyad's news stop words (resource
   * org/dyad/topics/stopwords.txt).
   */
  public static String[] stopWords() {
    TreeSet<String> words =
        new TreeSet<>(List.of(StopWordsRemover.loadDefaultStopWords("english")));
    try (InputStream in = TopicText.class.getResourceAsStream("stopwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip().toLowerCase(Locale.ROOT);
        if (!line.isEmpty() && !line.startsWith("#")) words.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Spark's list has forms with apostrophes ("don't"); the text loses them, so keep both forms.
    for (String w : new ArrayList<>(words)) words.add(w.replace("'", ""));
    return words.toArray(String[]::new);
  }

  /**
   * The fitted Spark NLP pipeline of the topic model's tokens: column {@value #RAW} in, annotations
   * {@value NlpPipelines#TOKEN} out. Its tokens are Dyad's, from the tokenizer every stage shares
   * (over the whole text: topics need words, not sentences); {@link TopicWords} makes words and
   * terms of them.
   */
  public static PipelineModel pipeline(Dataset<Row> sample, NlpPipelines.Text text) {
    // The whole text is the tokenizer's one "sentence": its input column's name.
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(RAW);
    document.setOutputCol(NlpPipelines.SENTENCE);
    return new Pipeline().setStages(new PipelineStage[] {document, text.tokenizer()}).fit(sample);
  }

  /** The topic model's words and terms of a token, as {@code config} asks. */
  static TopicWords words(TopicSettings config) {
    Set<String> stop = new HashSet<>();
    for (String w : stopWords()) stop.add(w.toLowerCase(Locale.ROOT));
    // A "word" of 500,000 letters (a run of one character, an encoded blob) is no topic term, and
    // the stemmer recurses once per letter: such a word overflowed the stack and killed the run.
    return new TopicWords(config.minTermLength(), MAX_TERM_LETTERS, stop, config.stem());
  }

  /** The longest word topics read, in letters (the longest English words have 45). */
  public static final int MAX_TERM_LETTERS = 50;

  /**
   * Why the annotators failed on an article (exception class and message), null when they did not:
   * the article then has no terms, and the topics stage counts and names it instead of failing the
   * run.
   */
  public static final String FAILURE = Col.ANNOTATOR_FAILURE;

  /**
   * article_id, published, story (false for a near-duplicate), words, terms: every article,
   * including those left with no terms.
   *
   * <p>The fitted annotators run through Spark NLP's LightPipeline in each partition, one article
   * at a time: the same annotators and results as the pipeline's transform, without the conversion
   * of every token from Spark rows to annotations and back between each pair of stages (which took
   * most of the time of the topic-model stage on Reuters: 15.6 of 31 s).
   */
  public static Dataset<Row> terms(
      Dataset<Row> articles, TopicSettings config, NlpPipelines.Text text) {
    Dataset<Row> raw =
        articles.select(
            col(Col.ARTICLE_ID),
            col(Col.PUBLISHED),
            col(Col.DUPLICATE_OF).isNull().as(STORY),
            text().as(RAW));
    PipelineModel model = pipeline(raw.limit(1), text);
    TopicWords words = words(config);
    StructType schema =
        new StructType()
            .add(Col.ARTICLE_ID, DataTypes.StringType, false)
            .add(Col.PUBLISHED, DataTypes.TimestampType, true)
            .add(STORY, DataTypes.BooleanType, false)
            .add(WORDS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(FAILURE, DataTypes.StringType, true);
    return raw.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              LightPipeline light = new LightPipeline(model, false);
              return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                  return rows.hasNext();
                }

                @Override
                public Row next() {
                  Row r = rows.next();
                  String t = r.getString(3);
                  List<String> kept = new ArrayList<>();
                  List<String> terms = new ArrayList<>();
                  try {
                    words.add(
                        light
                            .annotateJava(t == null ? "" : t)
                            .getOrDefault(NlpPipelines.TOKEN, List.of()),
                        kept,
                        terms);
                  } catch (RuntimeException | StackOverflowError e) {
                    // One article's failure is that article's, not the run's (issue 15).
                    return RowFactory.create(
                        r.get(0), r.get(1), r.get(2), new String[0], new String[0], failure(e));
                  }
                  return RowFactory.create(
                      r.get(0),
                      r.get(1),
                      r.get(2),
                      kept.toArray(String[]::new),
                      terms.toArray(String[]::new),
                      null);
                }
              };
            },
        Encoders.row(schema));
  }

  static String failure(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName()
        + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) : m));
  }

  /** Whether an article is a story of its own (not a near-duplicate of another). */
  public static final String STORY = "story";

  /**
   * The most frequent word behind each term (for stems: "compani" -> "company"), over the given
   * terms, so that topics read as words.
   */
  public static Map<String, String> surfaceWords(Dataset<Row> terms, Set<String> vocabulary) {
    Dataset<Row> pairs =
        terms
            .select(explode(arrays_zip(col(WORDS), col(TERMS))).as("p"))
            .select(col("p." + WORDS).as("word"), col("p." + TERMS).as("term"))
            .join(
                broadcast(
                    terms
                        .sparkSession()
                        .createDataset(List.copyOf(vocabulary), Encoders.STRING())
                        .toDF("term")),
                "term")
            .groupBy("term", "word")
            .count();
    Map<String, String> best = new HashMap<>();
    for (Row r : pairs.orderBy(col("term"), col("count").desc(), col("word")).collectAsList())
      best.putIfAbsent(r.getString(0), r.getString(1));
    return best;
  }
}
