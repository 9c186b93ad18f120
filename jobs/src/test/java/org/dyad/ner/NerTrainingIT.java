package org.dyad.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.DyadConfig;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.tables.ActorTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole NER path on a small slice of CoNLL-2003 (the full training is `dyad train-ner`, minutes
 * long): Word2Vec and NerDL really train, the saved pipeline loads, scores on eng.testa, and tags
 * people in the seed article that the dictionary alone does not know.
 */
class NerTrainingIT {
  @TempDir static Path dir;
  static Path model;
  static NerTraining.Result result;

  /** The first documents of a CoNLL file, up to about {@code sentences} sentences. */
  static Path slice(String name, int sentences) throws IOException {
    List<String> lines = Files.readAllLines(TestPaths.sharedData("conll2003/" + name));
    List<String> out = new ArrayList<>();
    int blank = 0;
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-") && blank >= sentences) break;
      out.add(line);
      if (line.isBlank()) blank++;
    }
    Path p = dir.resolve(name + ".slice");
    Files.write(p, out);
    return p;
  }

  @BeforeAll
  static void train() throws IOException {
    NerSettings s = new NerSettings();
    s.maxEpochs = 2;
    s.word2vecIterations = 1;
    model = dir.resolve("ner");
    result =
        NerTraining.train(
            SparkTestSession.get(),
            slice("eng.train", 3000).toString(),
            slice("eng.testa", 600).toString(),
            null,
            model,
            s,
            new Progress(System.err));
  }

  @Test
  void theModelLearnsAndItsMetricsAreSavedBesideIt() throws IOException {
    assertTrue(
        result.validation().micro().f1() > 0.5,
        "a model that learned something: " + NerEvaluation.summary(result.validation()));
    assertTrue(
        result.validation().byType().keySet().containsAll(List.of("PER", "LOC", "ORG", "MISC")));
    assertTrue(Files.readString(model.resolve("dyad-ner.json")).contains("validation_micro_f1"));
    ConllEval.Report again =
        NerEvaluation.evaluate(
            SparkTestSession.get(),
            PipelineModel.load(model.toString()),
            slice("eng.testa", 600).toString());
    assertEquals(
        result.validation().micro(),
        again.micro(),
        "the saved model scores as it did when trained");
  }

  @Test
  void runUsesTheModelAndNerAddsWhatTheDictionaryDoesNotKnow() throws IOException {
    DyadConfig config = new DyadConfig();
    config.ingest.inputs = List.of(TestPaths.seeds().resolve("text").toString());
    config.output = dir.resolve("out").toString();
    config.actors.nerModel = model.toString();
    assertEquals(
        0,
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.ACTORS, false)));
    Dataset<Row> mentions =
        SparkTestSession.get()
            .read()
            .parquet(dir.resolve("out").resolve(ActorTables.MENTIONS.name()).toString());
    assertTrue(mentions.where("source in ('ner', 'both')").count() > 0, "NER found mentions");
    assertTrue(mentions.where("source = 'both'").count() > 0, "and confirmed dictionary ones");
    assertEquals(
        0,
        mentions.where("lower(text) like '%lincoln%' and entity_type = 'person'").count(),
        "the carrier is not a person");
    assertEquals(
        1,
        mentions
            .where("actor_id = 'person:federica-mogherini'")
            .select("actor_id")
            .distinct()
            .count());
  }
}
