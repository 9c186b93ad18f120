package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.junit.jupiter.api.Test;

class DictionaryPipelineTest {
  private static Set<Path> phraseFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("dyad-dictionary")).collect(Collectors.toSet());
    }
  }

  @Test
  void theFittedMatcherCarriesThePhrasesAndLeavesNoFileBehind() throws IOException {
    Set<Path> before = phraseFiles();
    PipelineModel pipeline = TinyDictionary.pipeline();
    assertEquals(before, phraseFiles(), "the phrase file is deleted once the matcher is fitted (each run left 2 MB in /tmp)");

    List<Row> chunks =
        pipeline
            .transform(SparkTestSession.get().createDataset(List.of("Tehran warned Washington."), Encoders.STRING()).toDF(NlpPipelines.TEXT))
            .select(explode(col(NlpPipelines.DICTIONARY_CHUNK + ".result")))
            .collectAsList();
    assertEquals(List.of("Tehran", "Washington"), chunks.stream().map(r -> r.getString(0)).toList(), "read from the fitted model, not the file");
  }
}
