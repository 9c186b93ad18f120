package org.dyad.tagger;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTaggerTest {
  static TaggedSentence s(String tagged) {
    String[] parts = tagged.split(" ");
    String[] words = new String[parts.length];
    String[] tags = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      words[i] = parts[i].substring(0, slash);
      tags[i] = parts[i].substring(slash + 1);
    }
    return new TaggedSentence(words, tags);
  }

  static final List<TaggedSentence> TOY =
      List.of(
          s("Iran/NNP attacked/VBD Iraq/NNP ./."),
          s("the/DT attack/NN failed/VBD ./."),
          s("Iraq/NNP was/VBD attacked/VBN by/IN Iran/NNP ./."),
          s("they/PRP attack/VBP at/IN night/NN ./."),
          s("an/DT attack/NN on/IN Iraq/NNP ./."),
          s("Germany/NNP suspended/VBD the/DT training/NN ./."));

  static final PerceptronTraining.Settings SMALL =
      new PerceptronTraining.Settings(10, 7L, 100, 0.97);

  @Test
  void learnsWhatItIsTrainedOnAndTagsByContext() {
    PerceptronTagger t = PerceptronTraining.train(TOY, PosFeatures.INSTANCE, SMALL, i -> {});
    assertEquals(1.0, PerceptronTraining.accuracy(t, TOY), 1e-9);
    // "attack" after a determiner is a noun, after a pronoun a verb
    assertArrayEquals(
        new String[] {"DT", "NN", "VBD", "."},
        t.tag(new String[] {"the", "attack", "failed", "."}));
    assertEquals("VBP", t.tag(new String[] {"they", "attack", "at", "night", "."})[1]);
  }

  @Test
  void theSameDataGiveTheSameBytesAndAModelReadsBackAsItWasWritten() throws IOException {
    PerceptronTagger a = PerceptronTraining.train(TOY, PosFeatures.INSTANCE, SMALL, i -> {});
    PerceptronTagger b = PerceptronTraining.train(TOY, PosFeatures.INSTANCE, SMALL, i -> {});
    byte[] bytesA = bytes(a);
    assertArrayEquals(bytesA, bytes(b));
    PerceptronTagger read =
        PerceptronTagger.read(new ByteArrayInputStream(bytesA), PosFeatures.INSTANCE);
    assertEquals(a.featureCount(), read.featureCount());
    for (TaggedSentence s : TOY) assertArrayEquals(a.tag(s.words()), read.tag(s.words()));
    String[] unseen = {"Germany", "attacked", "the", "night", "."};
    assertArrayEquals(a.tag(unseen), read.tag(unseen));
  }

  @Test
  void aModelOfOtherFeaturesOrNoModelIsRefused() throws IOException {
    byte[] model = bytes(PerceptronTraining.train(TOY, PosFeatures.INSTANCE, SMALL, i -> {}));
    Features other =
        new Features() {
          public String name() {
            return "other";
          }

          public String normal(String w) {
            return w;
          }

          public void write(
              String[] w, String[] n, Object o, int i, String p, String p2, FeatureSink out) {}

          public int max() {
            return 0;
          }
        };
    IOException e =
        assertThrows(
            IOException.class, () -> PerceptronTagger.read(new ByteArrayInputStream(model), other));
    assertTrue(e.getMessage().contains("pos-1"), e.getMessage());
    assertThrows(
        IOException.class,
        () ->
            PerceptronTagger.read(
                new ByteArrayInputStream(new byte[] {31, -117, 8, 0, 0, 0, 0, 0, 0, 0, 3, 0}),
                PosFeatures.INSTANCE));
  }

  @Test
  void conlluSkipsMultiwordTokensAndEmptyNodesAndReportsBrokenLines() throws IOException {
    String text =
        "# text = I don't know.\n"
            + "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
            + "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
            + "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
            + "3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t0:root\t_\n"
            + "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n"
            + "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
            + "\n"
            + "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";
    List<TaggedSentence> read = Conllu.read(new BufferedReader(new StringReader(text)), "test");
    assertEquals(2, read.size());
    assertEquals("I/PRP do/VBP n't/RB know/VB ./.", read.get(0).toString());
    assertEquals("Yes/UH", read.get(1).toString());
    IOException e =
        assertThrows(
            IOException.class,
            () -> Conllu.read(new BufferedReader(new StringReader("1\tI\tPRP\n")), "bad"));
    assertTrue(e.getMessage().startsWith("bad:1:"), e.getMessage());
  }

  @Test
  void tagConventionsPairOnlyTheirCounterparts() {
    assertTrue(TagConventions.same("(", "(", "-LRB-"));
    assertTrue(TagConventions.same("\"", "\"", "``"));
    assertTrue(TagConventions.same("to", "TO", "IN"));
    assertTrue(TagConventions.same("--", ":", "HYPH"));
    assertFalse(TagConventions.same("to", "TO", "RB"));
    assertFalse(TagConventions.same("and", "CC", "IN"));
    assertFalse(TagConventions.same("a:b", ":", ","));
  }

  /**
   * Past tense and past participle are one class here: the tagger confuses them most often, and the
   * event coder tells a passive by its auxiliary, not by this tag.
   */
  static String pastForms(String tag) {
    return tag.equals("VBD") || tag.equals("VBN") ? "VBD|VBN" : tag;
  }

  static byte[] bytes(PerceptronTagger t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }

  @Test
  void theShippedModelTagsTheVerbsOfNewsSentences() {
    PerceptronTagger pos = ShippedTagger.pos();
    List<String> got = new ArrayList<>();
    for (String sentence :
        List.of(
            "The United States imposed new sanctions on Iran on Monday .",
            "Iraq was attacked by Iran .",
            "We do not seek a war with Iran , Pompeo said .",
            "Germany and the Netherlands suspended military training in Iraq .")) {
      String[] words = sentence.split(" ");
      String[] tags = pos.tag(words);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < words.length; i++)
        if (tags[i].startsWith("VB") || tags[i].equals("MD"))
          b.append(words[i]).append('/').append(pastForms(tags[i])).append(' ');
      got.add(b.toString().trim());
    }
    assertEquals(
        List.of(
            "imposed/VBD|VBN",
            "was/VBD|VBN attacked/VBD|VBN",
            "do/VBP seek/VB said/VBD|VBN",
            "suspended/VBD|VBN"),
        got);
  }
}
