package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.util.List;
import org.dyad.TestPaths;
import org.dyad.config.ActorsConfig;
import org.dyad.config.NerMode;
import org.junit.jupiter.api.Test;

/** The models a run names in its manifest: the shipped files, as their cards describe them. */
class ModelCardsTest {
  @Test
  void theShippedModelsAreNamedWithTheHashAndDateTheirCardsGive() throws Exception {
    ActorsConfig actors = new ActorsConfig();
    actors.ner = NerMode.AUTO;
    List<ModelCards.Used> used = ModelCards.of(actors, true);
    assertEquals(List.of("ner", "pos"), used.stream().map(ModelCards.Used::role).toList());
    for (ModelCards.Used u : used) {
      String card =
          Files.readString(
              TestPaths.repo().resolve(u.file().substring(0, u.file().lastIndexOf('.')) + ".md"));
      assertTrue(card.contains(u.sha256()), u.file() + "'s card gives its SHA-256 " + u.sha256());
      assertNotNull(u.trained(), u.file());
      assertTrue(card.contains("| Trained | " + u.trained()), u.trained());
    }

    actors.ner = NerMode.NERDL;
    ModelCards.Used nerdl = ModelCards.of(actors, false).get(0);
    assertEquals("models/dyad-ner.zip", nerdl.file());
    assertTrue(
        Files.readString(TestPaths.repo().resolve("models/dyad-ner.md")).contains(nerdl.sha256()));

    actors.nerModel = "/somewhere/my-ner";
    assertEquals(
        new ModelCards.Used("ner", "a saved Spark NLP pipeline", "/somewhere/my-ner", null, null),
        ModelCards.of(actors, false).get(0));
    actors.ner = NerMode.NONE;
    assertEquals(List.of(), ModelCards.of(actors, false));
  }

  @Test
  void theTrainedDateIsReadFromTheCardsRow() {
    assertEquals("2026-12-07", ModelCards.trained("x\n| Trained | 2026-12-07 with `dyad`. |\n"));
    assertNull(ModelCards.trained("| Trained on | everything |"));
  }
}
