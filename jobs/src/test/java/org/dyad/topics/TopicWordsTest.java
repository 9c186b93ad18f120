package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.LightPipeline;
import com.johnsnowlabs.nlp.annotators.Normalizer;
import com.johnsnowlabs.nlp.annotators.Stemmer;
import com.johnsnowlabs.nlp.annotators.StopWordsCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.TopicsConfig;
import org.dyad.mentions.NlpPipelines;
import org.junit.jupiter.api.Test;

/**
 * {@link TopicWords} against the Spark NLP annotators it replaced (Normalizer, StopWordsCleaner,
 * Stemmer, set as the topic model set them), on the seed articles, the events gold set's stories of
 * 2018-2025 and hostile tokens: the same words and terms, token for token.
 */
class TopicWordsTest {
  private static final String RAW = "topic_text";

  /** The annotators as TopicText ran them before TopicWords. */
  private static PipelineModel annotators(TopicsConfig config) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(RAW);
    document.setOutputCol(NlpPipelines.SENTENCE);
    Normalizer normalizer = new Normalizer();
    normalizer.setInputCols(new String[] {NlpPipelines.TOKEN});
    normalizer.setOutputCol("topic_normal");
    normalizer.setLowercase(true);
    normalizer.setCleanupPatterns(new String[] {"[^A-Za-z]"});
    normalizer.setMinLength(config.settings().minTermLength());
    normalizer.setMaxLength(TopicText.MAX_TERM_LETTERS);
    StopWordsCleaner stopWords = new StopWordsCleaner();
    stopWords.setInputCols(new String[] {"topic_normal"});
    stopWords.setOutputCol("topic_clean");
    stopWords.setStopWords(TopicText.stopWords());
    stopWords.setCaseSensitive(false);
    Stemmer stemmer = new Stemmer();
    stemmer.setInputCols(new String[] {"topic_clean"});
    stemmer.setOutputCol("topic_stem");
    Dataset<Row> sample =
        SparkTestSession.get().createDataset(List.of("a"), Encoders.STRING()).toDF(RAW);
    return new Pipeline()
        .setStages(
            new PipelineStage[] {
              document, SparkTestSession.text().tokenizer(), normalizer, stopWords, stemmer
            })
        .fit(sample);
  }

  private static List<String> texts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String file :
        List.of("seeds/jsonl/may2019.jsonl", "jobs/src/test/resources/events-gold/stories.jsonl"))
      for (String line : Files.readAllLines(TestPaths.repo().resolve(Path.of(file)))) {
        JsonNode story;
        try {
          story = json.readTree(line);
        } catch (JsonProcessingException e) {
          continue; // the seeds hold a broken record on purpose (the reader rejects it)
        }
        if (story == null) continue;
        texts.add(story.path("title").asText("") + ". " + story.path("text").asText(""));
      }
    // hostile tokens: capitals, accents and other scripts, apostrophes, dotted abbreviations,
    // digits inside words, a word longer than the longest term, emoji, a stop word in capitals
    texts.add(
        "IRAN'S U.S.-backed İstanbul Ünited naïve café Москва 北京 B2B COVID-19 don't THE Said"
            + " I A x "
            + "a".repeat(60)
            + " "
            + "Sanctions".repeat(5)
            + " 🙂 re-elected 1987 ninety-nine");
    return texts;
  }

  @Test
  void theSameWordsAndTermsAsSparkNlpsAnnotators() throws IOException {
    for (boolean stem : List.of(true, false)) {
      TopicsConfig config = new TopicsConfig();
      config.stem = stem;
      LightPipeline before = new LightPipeline(annotators(config), false);
      LightPipeline tokens =
          new LightPipeline(TopicText.pipeline(sample(), SparkTestSession.text()), false);
      TopicWords words = TopicText.words(config.settings());
      int compared = 0;
      for (String text : texts()) {
        Map<String, List<String>> expected = before.annotateJava(text);
        List<String> kept = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        words.add(tokens.annotateJava(text).get(NlpPipelines.TOKEN), kept, terms);
        assertEquals(expected.get("topic_clean"), kept, text);
        if (stem) assertEquals(expected.get("topic_stem"), terms, text);
        else assertEquals(kept, terms);
        compared += kept.size();
      }
      assertTrue(compared > 1000, "compared " + compared + " words");
    }
  }

  @Test
  void aTokenSeenBeforeIsLookedUpAndTheMemoryIsBounded() {
    TopicWords words = new TopicWords(3, 50, Set.of("the"), true);
    assertArrayEquals(new String[] {"sanctions", "sanction"}, words.of("Sanctions"));
    assertSame(words.of("Sanctions"), words.of("Sanctions"), "looked up the second time");
    assertNull(words.of("The"));
    assertNull(words.of("12"));
    for (int i = 0; i < TopicWords.REMEMBERED + 10; i++) words.of("w" + i);
    assertArrayEquals(new String[] {"sanctions", "sanction"}, words.of("Sanctions"));
  }

  private static Dataset<Row> sample() {
    return SparkTestSession.get().createDataset(List.of("a"), Encoders.STRING()).toDF(RAW);
  }
}
