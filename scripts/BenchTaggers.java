import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dyad.tagger.Conll2003;
import org.dyad.tagger.PerceptronTagger;
import org.dyad.tagger.ShippedTagger;
import org.dyad.tagger.TaggedSentence;

/**
 * Dyad's shipped taggers alone, on one thread (scripts/bench-taggers runs it on each build): the
 * words of a CoNLL-2003 file tagged document by document, ROUNDS times; prints tokens per second per
 * round and a digest of the tags of the first round, so that two builds can be seen to tag alike.
 * Only the taggers' public API, so that it runs on older commits too.
 */
public class BenchTaggers {
  public static void main(String[] args) throws Exception {
    Path conll = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    String label = args[2];
    List<List<TaggedSentence>> documents = Conll2003.readNerDocuments(conll);
    for (String name : List.of("ner", "pos")) {
      PerceptronTagger tagger = name.equals("ner") ? ShippedTagger.ner() : ShippedTagger.pos();
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      StringBuilder speeds = new StringBuilder();
      for (int r = 1; r <= rounds; r++) {
        long tokens = 0;
        long start = System.nanoTime();
        for (List<TaggedSentence> d : documents) {
          List<String[]> sentences = new ArrayList<>();
          for (TaggedSentence s : d) {
            sentences.add(s.words());
            tokens += s.words().length;
          }
          List<String[]> tags = tagger.tagDocument(sentences);
          if (r == 1)
            for (String[] t : tags)
              digest.update((String.join(" ", t) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        speeds.append(String.format(" | %,.0f", tokens / seconds));
      }
      String tags = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
      System.out.println("| " + label + " | " + name + speeds + " | " + tags + " |");
    }
  }
}
