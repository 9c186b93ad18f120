package org.dyad.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllEvalTest {
  @Test
  void chunksReadIob1AndIob2() {
    assertEquals(
        List.of(
            new ConllEval.Chunk("PER", 0, 2),
            new ConllEval.Chunk("PER", 2, 3),
            new ConllEval.Chunk("LOC", 4, 5)),
        ConllEval.chunks(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")));
    assertEquals(
        List.of(new ConllEval.Chunk("ORG", 0, 1), new ConllEval.Chunk("LOC", 1, 2)),
        ConllEval.chunks(List.of("B-ORG", "I-LOC")),
        "a type change starts a new entity");
    assertEquals(
        ConllEval.chunks(List.of("I-MISC", "I-MISC", "O")),
        ConllEval.chunks(List.of("B-MISC", "I-MISC", "O")));
  }

  @Test
  void scoresExactSpanAndTypeByHand() {
    // gold: PER[0,2) LOC[3,4) | ORG[0,1) ; predicted: PER[0,2) (right) LOC[2,4) (wrong span) |
    // PER[0,1) (wrong type) MISC[2,3) (spurious)
    List<List<String>> gold =
        List.of(List.of("I-PER", "I-PER", "O", "I-LOC"), List.of("I-ORG", "O", "O"));
    List<List<String>> predicted =
        List.of(List.of("B-PER", "I-PER", "B-LOC", "I-LOC"), List.of("B-PER", "O", "B-MISC"));
    ConllEval.Report r = ConllEval.evaluate(gold, predicted);
    assertEquals(1, r.micro().truePositives());
    assertEquals(4, r.micro().predicted());
    assertEquals(3, r.micro().gold());
    assertEquals(0.25, r.micro().precision(), 1e-12);
    assertEquals(1.0 / 3, r.micro().recall(), 1e-12);
    assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), r.micro().f1(), 1e-12);
    assertEquals(
        0.5 * 2 * 1.0 / (0.5 + 1.0),
        r.byType().get("PER").f1(),
        1e-12,
        "PER: 1 right of 2 predicted, 1 gold");
    assertEquals(0.0, r.byType().get("ORG").f1());
    assertEquals(0, r.byType().get("MISC").gold());
    assertEquals(7, r.tokens());
  }

  @Test
  void misalignedInputIsAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ConllEval.evaluate(List.of(List.of("O")), List.of(List.of("O", "O"))));
  }
}
