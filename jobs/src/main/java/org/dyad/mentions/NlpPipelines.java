package org.dyad.mentions;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.TextMatcherModel;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.actors.ActorDictionary;

/**
 * The Spark NLP stages Dyad runs on article text: document, sentences, tokens, and the dictionary
 * matcher (TextMatcher: whole-token phrase matching, so "Persian" never matches "Persia").
 */
public final class NlpPipelines {
  private NlpPipelines() {}

  public static final String TEXT = "text";
  public static final String DOCUMENT = "document";
  public static final String SENTENCE = "sentence";
  public static final String TOKEN = "token";
  public static final String DICTIONARY_CHUNK = "dictionary_chunk";
  public static final String NER_CHUNK = "ner_chunk";

  /** Tokens in an article (for throughput figures). */
  public static final String TOKEN_COUNT = "token_count";

  /**
   * Words whose abbreviation keeps its period as part of the token: titles, companies, months, US
   * states.
   */
  static final String ABBREVIATED_WORDS =
      "Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Jr|Sr|St|Inc|Corp|Co|Ltd|Bros|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec"
          + "|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa"
          + "|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wyo";

  /**
   * Spark NLP's default rules, preceded by: initials and abbreviations keep their periods ("U.S.",
   * "N.J.", "R." in "Michael R. Pompeo", "Conn.", "Mr."); a possessive "'s" is its own token
   * ("Iran's" -> "Iran", "'s"); a word hyphenated once splits ("Iranian-backed" -> "Iranian", "-",
   * "backed"). (Spark NLP's token exceptions are not used: they are regular expressions searched
   * anywhere in a token, which glues "IRAN." or "NEW YORK" in capitalized text.)
   */
  static Tokenizer tokenizer() {
    // Straight and typographic quotation marks, apostrophes and dashes all stand apart from words:
    // the
    // tokenizer's prefixes and suffixes are made of these, and the last infix pattern keeps them
    // out.
    String[] contextChars = {
      ".", ",", ";", ":", "!", "?", "*", "-", "(", ")", "\"", "'", "\u2018", "\u2019", "\u201C",
      "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2013", "\u2014", "\u2026"
    };
    String context = Pattern.quote(String.join("", contextChars));
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {SENTENCE});
    tokenizer.setOutputCol(TOKEN);
    tokenizer.setContextChars(contextChars);
    tokenizer.setInfixPatterns(
        new String[] {
          "((?:\\p{Lu}\\.){1,4})",
          "((?:" + ABBREVIATED_WORDS + ")\\.)",
          "(\\p{L}[^\\s'\u2019]*?)(['\u2019][sS])",
          "(\\p{L}+)(-)(\\p{L}+)",
          "([^" + context + "](?:.*[^" + context + "])*)"
        });
    return tokenizer;
  }

  /**
   * Dyad's text preparation, fitted once per run and shared by every stage that reads text:
   * document -> sentences -> tokens for actors (the dictionary matcher and NER), and the same
   * tokenizer for topics. Stages are found by type, never by position.
   */
  public static final class Text implements Serializable {
    private final PipelineModel model;

    private Text(PipelineModel model) {
      this.model = model;
    }

    /**
     * Document, sentences and tokens: column {@value #TEXT} in, {@value #SENTENCE} and {@value
     * #TOKEN} out.
     */
    public PipelineModel sentencesAndTokens() {
      return model;
    }

    /** The document assembler (reads {@value #TEXT}, writes {@value #DOCUMENT}). */
    public DocumentAssembler document() {
      return stage(model.stages(), DocumentAssembler.class);
    }

    /** The sentence detector (reads {@value #DOCUMENT}, writes {@value #SENTENCE}). */
    public Transformer sentences() {
      return stage(model.stages(), SentenceDetector.class);
    }

    /** Joins sentences cut after "U.S." and the like before a name ({@link AbbreviationJoiner}). */
    public Transformer abbreviations() {
      return stage(model.stages(), AbbreviationJoiner.class);
    }

    /** Dyad's tokenizer (reads {@value #SENTENCE}, writes {@value #TOKEN}). */
    public TokenizerModel tokenizer() {
      return stage(model.stages(), TokenizerModel.class);
    }
  }

  /** Document, sentences and tokens, fitted: the text preparation every stage shares. */
  public static Text text(SparkSession spark) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(TEXT);
    document.setOutputCol(DOCUMENT);
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(SENTENCE);
    // No list detection: it starts a sentence at every "18." ("effective March | 18. ChemLawn",
    // "on Nov. | 27. The proposed deal"), which in news is a date far more often than a list.
    sentences.setDetectLists(false);
    return new Text(
        new Pipeline()
            .setStages(
                new PipelineStage[] {document, sentences, new AbbreviationJoiner(), tokenizer()})
            .fit(sample(spark)));
  }

  /**
   * The text preparation followed by the dictionary matcher, fitted: the phrases are tokenized with
   * the same tokenizer as the text. TextMatcher reads the phrase list from a file, so it goes into
   * a temporary file on the driver, read once while fitting and deleted after it; the fitted model
   * carries the phrases to the executors.
   */
  public static PipelineModel dictionary(Text text, ActorDictionary dictionary) throws IOException {
    Path phrases = Files.createTempFile("dyad-dictionary-phrases", ".txt");
    try {
      Files.write(phrases, dictionary.phrases(), StandardCharsets.UTF_8);
      TextMatcher matcher = new TextMatcher();
      matcher.setInputCols(new String[] {SENTENCE, TOKEN});
      matcher.setOutputCol(DICTIONARY_CHUNK);
      matcher.setEntities(phrases.toString(), ReadAs.TEXT(), textFormat());
      matcher.setCaseSensitive(false);
      matcher.setMergeOverlapping(true);
      matcher.setTokenizer(text.tokenizer());
      matcher.setEntityValue("dictionary");
      PipelineModel fitted =
          new Pipeline()
              .setStages(
                  new PipelineStage[] {
                    text.document(),
                    text.sentences(),
                    text.abbreviations(),
                    text.tokenizer(),
                    matcher
                  })
              .fit(sample(SparkSession.active()));
      // The fitted matcher, given one sentence at a time (SentenceWiseMatcher: linear in the
      // article's length).
      Transformer[] stages = fitted.stages().clone();
      int m = indexOf(stages, TextMatcherModel.class);
      stages[m] = new SentenceWiseMatcher((TextMatcherModel) stages[m]);
      return new PipelineModel(fitted.uid(), Arrays.asList(stages));
    } finally {
      Files.deleteIfExists(phrases);
    }
  }

  /** The first stage of a type; none is a programming error. */
  static <T> T stage(Transformer[] stages, Class<T> type) {
    int i = indexOf(stages, type);
    if (i < 0)
      throw new IllegalStateException("No " + type.getSimpleName() + " stage in the pipeline");
    return type.cast(stages[i]);
  }

  /** The position of the first stage of a type, or -1. */
  public static int indexOf(Transformer[] stages, Class<?> type) {
    for (int i = 0; i < stages.length; i++) if (type.isInstance(stages[i])) return i;
    return -1;
  }

  private static Dataset<Row> sample(SparkSession spark) {
    return spark.createDataset(List.of("Sample."), Encoders.STRING()).toDF(TEXT);
  }

  static scala.collection.immutable.Map<String, String> textFormat() {
    return scala.collection.immutable.Map$.MODULE$
        .<String, String>empty()
        .updated("format", "text");
  }
}
