package org.dyad.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.TableChecksums;
import org.dyad.TestPaths;
import org.dyad.config.ConfigException;
import org.dyad.config.DyadConfig;
import org.dyad.config.NerMode;
import org.dyad.ner.ShippedModel;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.run.ExitCodes;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corpus -> articles -> mentions and actors, dictionary only, through the real Spark NLP pipeline.
 */
class ActorsJobIT {
  @TempDir static Path dir;
  static Path out;

  static Path runActors(Path corpus, Path output, List<String> actorFiles) throws IOException {
    DyadConfig config = IngestJobIT.config(corpus.toString());
    config.output = output.toString();
    config.actors.ner = NerMode.NONE;
    config.actors.files.addAll(actorFiles);
    int status =
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.ACTORS, false));
    assertEquals(0, status);
    return output;
  }

  static Dataset<Row> table(Path output, String name) {
    return SparkTestSession.get().read().parquet(output.resolve(name).toString());
  }

  @BeforeAll
  static void seed() throws IOException {
    out = runActors(TestPaths.seeds().resolve("text"), dir.resolve("seed"), List.of());
  }

  /**
   * Offsets count code points, as Python and DuckDB slice: after an emoji they used to be one off.
   */
  @Test
  void offsetsCountCodePointsSoPythonSlicesTheRightWords() throws IOException {
    Path corpus = dir.resolve("emoji");
    Files.createDirectories(corpus);
    String text =
        "\uD83D\uDE00\uD83D\uDE00 Iran warned the United States on Monday. \uD83C\uDF0D Mogherini"
            + " met officials from Iran and France.";
    Files.writeString(
        corpus.resolve("e.jsonl"),
        "{\"id\":\"e1\",\"published\":\"2019-05-13\",\"text\":\"" + text + "\"}\n");
    Path output = runActors(corpus, dir.resolve("emoji-out"), List.of());
    int[] codePoints = text.codePoints().toArray();
    BiFunction<Integer, Integer, String> slice =
        (b, e) -> new String(codePoints, b, e - b); // Python's text[b:e]
    List<Row> mentions = table(output, ActorTables.MENTIONS.name()).collectAsList();
    assertTrue(mentions.size() >= 4, mentions.toString());
    for (Row m : mentions) {
      assertEquals(
          m.<String>getAs(Col.TEXT),
          slice.apply(m.getAs(Col.BEGIN), m.getAs(Col.END)),
          m.toString());
      assertTrue(
          slice
              .apply(m.getAs(Col.SENTENCE_BEGIN), m.getAs(Col.SENTENCE_END))
              .contains(m.<String>getAs(Col.TEXT)),
          m.toString());
    }
    for (Row s : table(output, ActorTables.SENTENCES.name()).collectAsList()) {
      assertEquals(
          s.<String>getAs(Col.TEXT),
          slice.apply(s.getAs(Col.BEGIN), s.getAs(Col.END)),
          s.toString());
    }
    // and Spark SQL's substring, which also counts code points, agrees
    Dataset<Row> joined =
        table(output, ActorTables.MENTIONS.name())
            .join(
                table(output, IngestTables.ARTICLES.name())
                    .select(Col.ARTICLE_ID, Col.TEXT)
                    .withColumnRenamed(Col.TEXT, "_article"),
                Col.ARTICLE_ID);
    assertEquals(0, joined.where("substring(_article, begin + 1, end - begin) != text").count());
  }

  @Test
  void theSentencesTableHoldsEachSentenceOnceWithItsOffsets() {
    Row article = table(out, IngestTables.ARTICLES.name()).first();
    String text = article.getAs(Col.TEXT);
    List<Row> sentences =
        table(out, ActorTables.SENTENCES.name()).orderBy(Col.SENTENCE).collectAsList();
    assertTrue(sentences.size() >= 10, "the seed article has many sentences: " + sentences.size());
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Row s = sentences.get(i);
      assertEquals(i, s.<Integer>getAs(Col.SENTENCE));
      int begin = s.getAs(Col.BEGIN);
      int end = s.getAs(Col.END);
      assertTrue(begin >= previousEnd && end > begin, s.toString());
      assertEquals(text.substring(begin, end), s.getAs(Col.TEXT));
      previousEnd = end;
    }
    // Every mention's sentence is one of them.
    assertEquals(
        0,
        table(out, ActorTables.MENTIONS.name())
            .join(
                table(out, ActorTables.SENTENCES.name()),
                new String[] {Col.ARTICLE_ID, Col.SENTENCE},
                "left_anti")
            .count());
  }

  /**
   * A user's NER model that fails on one article (here a real Spark ML stage, a SQL filter whose
   * assert_true throws on that article's text, behind Dyad's shipped model): the run goes on, the
   * article is left without sentences and mentions and named with the error in the manifest and the
   * state, and the other articles get the mentions a run without it gives; an append run reuses the
   * failure with the article's (empty) mentions.
   */
  @Test
  void anArticleTheAnnotatorsFailOnIsNamedAndTheRunGoesOn() throws Exception {
    PipelineModel shipped = PipelineModel.load(ShippedModel.unpack().toString());
    List<Transformer> stages = new ArrayList<>(Arrays.asList(shipped.stages()));
    stages.add(
        new SQLTransformer()
            .setStatement(
                "SELECT * FROM __THIS__ WHERE assert_true(instr(text, 'Xyzzy') = 0) IS NULL"));
    Path model = dir.resolve("poisoned-model");
    new PipelineModel("poisoned", stages.toArray(Transformer[]::new))
        .write()
        .overwrite()
        .save(model.toString());

    String[] texts = {
      "Iran warned the United States on Monday.",
      "Mogherini met officials from France in Brussels.",
      "Pompeo flew to Baghdad to see Iraqi leaders.",
      "Rouhani said Iran would not negotiate with Washington.",
      "Germany and France urged Tehran to keep the nuclear deal.",
      "Hunt said Britain was worried about Iran.",
      "Khamenei said Iran did not want war with the United States."
    };
    Path corpus = dir.resolve("poison");
    Files.createDirectories(corpus);
    StringBuilder good = new StringBuilder();
    for (int i = 0; i < texts.length; i++)
      good.append("{\"id\":\"ok")
          .append(i)
          .append("\",\"published\":\"2019-05-13\",\"text\":\"")
          .append(texts[i])
          .append("\"}\n");
    Files.writeString(corpus.resolve("a.jsonl"), good);
    Path clean = dir.resolve("poison-clean");
    Files.createDirectories(clean);
    Files.writeString(clean.resolve("a.jsonl"), good);
    Files.writeString(
        corpus.resolve("b.jsonl"),
        "{\"id\":\"ok3-bad\",\"published\":\"2019-05-13\",\"text\":\"Xyzzy: Mogherini met officials"
            + " from Iran.\"}\n");

    BiFunction<Path, Boolean, Path> run =
        (input, append) -> {
          DyadConfig config = IngestJobIT.config(input.toString());
          Path output = dir.resolve(input.getFileName() + "-out");
          config.output = output.toString();
          config.actors.nerModel = model.toString();
          config.append = append;
          try {
            assertEquals(
                0,
                Pipeline.run(
                    SparkTestSession.get(),
                    new Progress(System.err),
                    Pipeline.Request.validated("run", config, DyadConfig.Scope.ACTORS, false)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return output;
        };
    Path output = run.apply(corpus, false);
    var manifest = new ObjectMapper().readTree(output.resolve("_manifest.json").toFile());
    assertEquals(1, manifest.at("/actors/annotator_failures").asInt(), manifest.toString());
    assertEquals("ok3-bad", manifest.at("/actors/annotator_failed_articles/0/article_id").asText());
    assertTrue(
        manifest.at("/actors/annotator_failed_articles/0/error").asText().contains("Xyzzy"),
        manifest.toString());
    assertEquals(
        8,
        table(output, IngestTables.ARTICLES.name()).count(),
        "the article stays an article (read = accepted + rejected)");
    assertEquals(
        0,
        table(output, ActorTables.MENTIONS.name())
            .where(col(Col.ARTICLE_ID).equalTo("ok3-bad"))
            .count());
    assertEquals(
        0,
        table(output, ActorTables.SENTENCES.name())
            .where(col(Col.ARTICLE_ID).equalTo("ok3-bad"))
            .count());
    assertEquals(
        List.of("ok3-bad"),
        table(output, StateTables.MENTION_FAILURES.name())
            .select(Col.ARTICLE_ID)
            .as(Encoders.STRING())
            .collectAsList());

    // the others: every one has mentions, the same rows as a run without the failing article
    Path without = run.apply(clean, false);
    List<Table> compared = List.of(ActorTables.MENTIONS, ActorTables.SENTENCES, ActorTables.ACTORS);
    assertEquals(TableChecksums.of(without, compared), TableChecksums.of(output, compared));
    assertEquals(
        texts.length,
        table(output, ActorTables.MENTIONS.name()).select(Col.ARTICLE_ID).distinct().count());

    // an append run reuses the failure with the article's mentions
    Files.writeString(
        corpus.resolve("c.jsonl"),
        "{\"id\":\"new\",\"published\":\"2019-05-14\",\"text\":\"Trump spoke to Rouhani.\"}\n");
    run.apply(corpus, true);
    manifest = new ObjectMapper().readTree(output.resolve("_manifest.json").toFile());
    assertEquals(8, manifest.at("/actors/articles_reused").asInt(), manifest.toString());
    assertEquals(
        "ok3-bad",
        manifest.at("/actors/annotator_failed_articles/0/article_id").asText(),
        manifest.toString());
    assertEquals(1, manifest.at("/actors/annotator_failures").asInt());
  }

  @Test
  void aStageThatFailsExitsWith4KeepsTheReportsAndSaysWhere() throws IOException {
    // A folder shaped like a saved pipeline passes the configuration check, then fails to load in
    // its stage.
    Path fake = dir.resolve("fake-model");
    Files.createDirectories(fake.resolve("metadata"));
    Files.createDirectories(fake.resolve("stages"));
    Files.writeString(fake.resolve("metadata/part-00000"), "not json");
    DyadConfig config = IngestJobIT.config(TestPaths.seeds().resolve("text").toString());
    Path output = dir.resolve("failing");
    config.output = output.toString();
    config.actors.nerModel = fake.toString();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int status =
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(new PrintStream(printed, true)),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.ACTORS, false));
    assertEquals(ExitCodes.STAGE_FAILED, status);
    assertTrue(printed.toString().contains("FAILED in stage ner-model"), printed.toString());
    assertFalse(Files.exists(output.resolve(IngestTables.ARTICLES.name())), "nothing published");
    Path staging;
    try (var runs = Files.list(output.resolve("_staging"))) {
      staging = runs.findFirst().orElseThrow();
    }
    var manifest = new ObjectMapper().readTree(staging.resolve("_manifest.json").toFile());
    assertEquals("failed", manifest.get("status").asText());
    assertEquals("ner-model", manifest.get("failed_stage").asText());
    assertFalse(manifest.get("error").asText().isBlank());
    assertTrue(
        Files.readString(staging.resolve("error.log")).contains("Exception"),
        "the stack trace is kept");
  }

  @Test
  void theSeedArticleFindsEveryActorOnce() {
    Set<String> ids = new TreeSet<>();
    table(out, ActorTables.ACTORS.name())
        .select(Col.ACTOR_ID)
        .collectAsList()
        .forEach(r -> ids.add(r.getString(0)));
    List<String> expected =
        List.of(
            "USA",
            "IRN",
            "IRQ",
            "DEU",
            "NLD",
            "organisation:european-union",
            "person:mike-pompeo",
            "person:donald-trump",
            "person:ali-khamenei",
            "person:hassan-rouhani",
            "person:federica-mogherini",
            "person:jeremy-hunt",
            "organisation:department-of-state",
            "organisation:white-house",
            "organisation:department-of-defense");
    assertTrue(
        ids.containsAll(expected),
        "missing " + expected.stream().filter(e -> !ids.contains(e)).toList() + " in " + ids);
    assertFalse(
        ids.stream().anyMatch(id -> id.contains("lincoln")), "the carrier is not an actor: " + ids);
    assertEquals(
        ids.size(), table(out, ActorTables.ACTORS.name()).count(), "one row per canonical actor");
  }

  @Test
  void tehranStandsForIranAndApostrophelessPossessivesAreFolded() {
    Dataset<Row> m = table(out, ActorTables.MENTIONS.name());
    assertTrue(
        m.where("text = 'Tehran' and actor_id = 'IRN'").count() >= 1,
        "\"conflict with Tehran\" is Iran");
    assertTrue(
        m.where("text = 'Irans' and actor_id = 'IRN'").count() >= 3, "\"Irans economy\" is Iran's");
    assertEquals(0, m.where("text like 'Persia%'").count(), "the Persian Gulf is not Persia");
    assertTrue(
        m.where("text = 'Iranian' and actor_id = 'IRN'").count() >= 3,
        "\"Iranian-backed\" names Iran");
    Row pompeo = m.where("text = 'Michael R. Pompeo'").first();
    assertEquals("USAGOV", pompeo.getAs(Col.CAMEO_CODE));
    assertEquals("USA", pompeo.getAs(Col.COUNTRY));
    assertEquals("2019-05", pompeo.getAs(Col.MONTH));
    Row rouhani = m.where("actor_id = 'person:hassan-rouhani'").first();
    assertEquals("IRNGOV", rouhani.getAs(Col.CAMEO_CODE), "Rouhani is IRNGOV from 2013-08-03");
  }

  @Test
  void mentionOffsetsPointIntoTheArticleText() {
    Row article = table(out, IngestTables.ARTICLES.name()).first();
    String text = article.getAs(Col.TEXT);
    List<Row> mentions = table(out, ActorTables.MENTIONS.name()).collectAsList();
    assertTrue(
        mentions.size() >= 15, "the seed article's actors are mentioned: " + mentions.size());
    for (Row m : mentions) {
      int begin = m.getAs(Col.BEGIN);
      int end = m.getAs(Col.END);
      assertEquals(m.<String>getAs(Col.TEXT), text.substring(begin, end));
    }
  }

  @Test
  void aUsersActorFileAddsActorsAndWinsTheirNames() throws IOException {
    Path corpus = dir.resolve("corpus-user");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("a.jsonl"),
        "{\"id\":\"u1\",\"published\":\"2019-05-20\",\"text\":\"Acme Shipping said Iran seized its"
            + " tanker.\"}\n");
    Path actors = dir.resolve("my-actors.txt");
    Files.writeString(
        actors, "Acme Shipping | organisation | GBRBUS | | Acme Shipping | my notes\n");
    Path output = runActors(corpus, dir.resolve("user"), List.of(actors.toString()));
    Row acme =
        table(output, ActorTables.ACTORS.name())
            .where("actor_id = 'organisation:acme-shipping'")
            .first();
    assertEquals("GBRBUS", acme.getAs(Col.CAMEO_CODE));
    assertEquals("GBR", acme.getAs(Col.COUNTRY));
  }

  @Test
  void aMalformedActorFileIsAConfigurationErrorWithFileLineAndReason() throws IOException {
    Path actors = dir.resolve("bad-actors.txt");
    Files.writeString(actors, "# mine\nAcme | company | GBRBUS\n");
    // Found by the configuration check, before Spark runs anything.
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                runActors(
                    TestPaths.seeds().resolve("text"),
                    dir.resolve("bad"),
                    List.of(actors.toString())));
    assertTrue(e.getMessage().contains("bad-actors.txt:2: unknown type 'company'"), e.getMessage());
  }

  @Test
  void emptyAndNonEnglishTextYieldNoMentionsAndNoError() throws IOException {
    Path corpus = dir.resolve("corpus-foreign");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("a.jsonl"),
        "{\"id\":\"zh\",\"text\":\"\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002\"}\n"
            + "{\"id\":\"dots\",\"text\":\"... --- ...\"}\n"
            + "{\"id\":\"en\",\"text\":\"Iran said nothing.\"}\n");
    Path output = runActors(corpus, dir.resolve("foreign"), List.of());
    assertEquals(
        0,
        table(output, ActorTables.MENTIONS.name()).where("article_id in ('zh', 'dots')").count());
    assertEquals(1, table(output, ActorTables.MENTIONS.name()).where("article_id = 'en'").count());
  }
}
