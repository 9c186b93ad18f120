package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.annotators.TextMatcherModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;
import scala.collection.Seq;

class DictionaryPipelineTest {
  private static Set<Path> phraseFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("dyad-dictionary"))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void theFittedMatcherCarriesThePhrasesAndLeavesNoFileBehind() throws IOException {
    Set<Path> before = phraseFiles();
    PipelineModel pipeline = TinyDictionary.pipeline();
    assertEquals(
        before,
        phraseFiles(),
        "the phrase file is deleted once the matcher is fitted (each run left 2 MB in /tmp)");

    List<Row> chunks =
        pipeline
            .transform(
                SparkTestSession.get()
                    .createDataset(List.of("Tehran warned Washington."), Encoders.STRING())
                    .toDF(NlpPipelines.TEXT))
            .select(explode(col(NlpPipelines.DICTIONARY_CHUNK + ".result")))
            .collectAsList();
    assertEquals(
        List.of("Tehran", "Washington"),
        chunks.stream().map(r -> r.getString(0)).toList(),
        "read from the fitted model, not the file");
  }

  /**
   * Sentence by sentence, the matcher finds what Spark NLP's TextMatcher finds given the whole
   * article, at the same offsets, each match naming its sentence; the whole-article matcher looks
   * through every token for each sentence (quadratic), this one does not.
   */
  @Test
  void matchingSentenceBySentenceFindsWhatTheWholeArticleMatcherFinds() throws IOException {
    PipelineModel pipeline = TinyDictionary.pipeline();
    Transformer[] stages = pipeline.stages();
    int w = NlpPipelines.indexOf(stages, SentenceWiseMatcher.class);
    assertTrue(w > 0, "the dictionary pipeline matches sentence by sentence");
    TextMatcherModel matcher = ((SentenceWiseMatcher) stages[w]).matcher();
    String text =
        String.join(
            " ",
            Collections.nCopies(
                40, "Tehran warned Washington. The talks in Baghdad failed; Iran said no."));
    Dataset<Row> prepared =
        new PipelineModel("prep", Arrays.copyOf(stages, w))
            .transform(
                SparkTestSession.get()
                    .createDataset(List.of(text), Encoders.STRING())
                    .toDF(NlpPipelines.TEXT));
    Row row = prepared.select(NlpPipelines.SENTENCE, NlpPipelines.TOKEN).first();
    Seq<Row> sentences = row.getSeq(0);
    Seq<Row> tokens = row.getSeq(1);
    List<Annotation> all = new ArrayList<>();
    JavaConverters.seqAsJavaList(sentences).forEach(r -> all.add(Annotation.apply(r)));
    JavaConverters.seqAsJavaList(tokens).forEach(r -> all.add(Annotation.apply(r)));
    List<String> whole =
        JavaConverters.seqAsJavaList(matcher.annotate(JavaConverters.asScalaBuffer(all).toSeq()))
            .stream()
            .map(a -> a.begin() + "-" + a.end() + " " + a.result())
            .toList();
    List<Row> bySentence = SentenceWiseMatcher.match(matcher, sentences, tokens);
    assertEquals(
        whole,
        bySentence.stream()
            .map(r -> r.getInt(1) + "-" + r.getInt(2) + " " + r.getString(3))
            .toList());
    assertEquals(120, whole.size(), "Tehran, Washington and Iran in each of 40 copies: " + whole);
    for (Row r : bySentence) {
      @SuppressWarnings("unchecked")
      int sentence = Integer.parseInt(((Map<String, String>) r.get(4)).get("sentence"));
      Row s = JavaConverters.seqAsJavaList(sentences).get(sentence);
      assertTrue(
          r.getInt(1) >= s.<Integer>getAs("begin") && r.getInt(2) <= s.<Integer>getAs("end"),
          "the match lies in the sentence it names: " + r);
    }
  }
}
