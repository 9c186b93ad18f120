package org.dyad.tagger;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dyad.TestPaths;
import org.dyad.ner.ConllEval;
import org.junit.jupiter.api.Test;

/** Dyad's own NER tagger: its features' data, its model file, and the shipped model's scores. */
class NerTaggerTest {
  static Path conll() {
    return TestPaths.repo().resolve("../shared/data/conll2003").normalize();
  }

  @Test
  void theGazetteerMatchesTheLongestPhraseAndSaysWhatKindItIs() {
    Gazetteer g =
        Gazetteer.of(Map.of("united states", "C", "united", "O", "new york", "L", "merkel", "P"));
    assertArrayEquals(
        new String[] {"B-C", "I-C", null, "B-L", "I-L", null, "B-P"},
        g.match(new String[] {"united", "states", "and", "new", "york", "met", "merkel"}));
    assertArrayEquals(new String[] {"B-O", null}, g.match(new String[] {"united", "front"}));
  }

  @Test
  void anInsideLabelOnlyFollowsItsOwnType() {
    NerFeatures f = new NerFeatures(null, null);
    assertTrue(f.allowed("B-ORG", "I-ORG"));
    assertTrue(f.allowed("I-ORG", "I-ORG"));
    assertFalse(f.allowed("B-MISC", "I-ORG"));
    assertFalse(f.allowed("O", "I-PER"));
    assertFalse(f.allowed("-START-", "I-LOC"));
    assertTrue(f.allowed("O", "B-LOC"));
    assertTrue(f.allowed("I-PER", "O"));
  }

  @Test
  void conllsIob1BecomesIob2AndDocumentsKeepTheirSentences() throws IOException {
    Path f = Files.createTempFile("conll", ".txt");
    Files.writeString(
        f,
        "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n"
            + "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nJohn NNP I-NP B-PER\n\n"
            + "-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n");
    List<List<TaggedSentence>> docs = Conll2003.readNerDocuments(f);
    Files.delete(f);
    assertEquals(2, docs.size());
    assertEquals(2, docs.get(0).size());
    assertArrayEquals(new String[] {"B-ORG", "O"}, docs.get(0).get(0).tags());
    assertArrayEquals(new String[] {"B-PER", "I-PER", "B-PER"}, docs.get(0).get(1).tags());
    assertArrayEquals(new String[] {"B-LOC"}, docs.get(1).get(0).tags());
  }

  @Test
  void aModelWithItsFeaturesDataReadsBackAsItWasWrittenAndGivesTheSameBytes() throws IOException {
    List<List<TaggedSentence>> docs =
        List.of(
            List.of(
                PerceptronTaggerTest.s("Merkel/B-PER met/O Putin/B-PER in/O Moscow/B-LOC ./O"),
                PerceptronTaggerTest.s("Merkel/B-PER left/O ./O")),
            List.of(PerceptronTaggerTest.s("The/O Kremlin/B-ORG said/O so/O ./O")));
    NerFeatures features =
        new NerFeatures(
            Gazetteer.of(Map.of("moscow", "L")),
            WordClusters.of(Map.of("merkel", 3, "putin", 3)),
            WordClusters.of(Map.of("moscow", 7)));
    PerceptronTraining.Settings small = new PerceptronTraining.Settings(8, 7L, 100, 0.99);
    PerceptronTagger a = PerceptronTraining.trainDocuments(docs, features, small, i -> {});
    PerceptronTagger b = PerceptronTraining.trainDocuments(docs, features, small, i -> {});
    byte[] bytes = bytes(a);
    assertArrayEquals(bytes, bytes(b));
    PerceptronTagger read =
        PerceptronTagger.read(new ByteArrayInputStream(bytes), "ner-2", NerFeatures::readState);
    NerFeatures back = (NerFeatures) read.features();
    assertEquals(7, back.fine().of("moscow"));
    assertEquals("L", back.gazetteer().entries().get("moscow"));
    String[] words = {"Putin", "met", "Merkel", "in", "Moscow", "."};
    assertArrayEquals(a.tag(words), read.tag(words));
    assertArrayEquals(bytes, bytes(read));
  }

  @Test
  void theShippedTaggerFindsNamesAndScoresOnConllAsItsCardSays() throws IOException {
    PerceptronTagger ner = ShippedTagger.ner();
    List<String[]> doc =
        List.of(
            "Angela Merkel met Vladimir Putin in Moscow on Friday .".split(" "),
            "Merkel said the European Union would act .".split(" "));
    List<String[]> tags = ner.tagDocument(doc);
    assertEquals(
        List.of("B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"),
        Arrays.asList(tags.get(0)));
    assertEquals("B-PER", tags.get(1)[0]);
    assertEquals("B-ORG", tags.get(1)[3]);
    // eng.testa (scoring only; CoNLL-2003 is for research use): the card's 0.907, a floor below it
    List<List<TaggedSentence>> testa = Conll2003.readNerDocuments(conll().resolve("eng.testa"));
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (List<TaggedSentence> d : testa) {
      List<String[]> words = new ArrayList<>();
      for (TaggedSentence s : d) {
        words.add(s.words());
        gold.add(Arrays.asList(s.tags()));
      }
      for (String[] t : ner.tagDocument(words)) predicted.add(Arrays.asList(t));
    }
    double f1 = ConllEval.evaluate(gold, predicted).micro().f1();
    // IOB2's grammar holds in every sentence tagged
    for (List<String> p : predicted)
      for (int i = 0; i < p.size(); i++)
        assertTrue(
            ner.features().allowed(i == 0 ? "-START-" : p.get(i - 1), p.get(i)), p.toString());
    assertTrue(f1 >= 0.90, "eng.testa micro F1 " + f1);
  }

  static byte[] bytes(PerceptronTagger t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }
}
