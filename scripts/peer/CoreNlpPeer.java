// The peer Dyad's NER is compared with: Stanford CoreNLP 4.5.10's CoNLL 4-class CRF. Benchmark only:
// CoreNLP is GPL, so scripts/bench-peer fetches it into jobs/target/peer and it is never built into Dyad.
// Runs as a single-file Java program:  java -cp <dyad + corenlp classpath> scripts/peer/CoreNlpPeer.java REUTERS_DIR CONLL_FILE
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.ingest.FieldMapping;
import org.dyad.ingest.InputFile;
import org.dyad.ingest.InputFormat;
import org.dyad.ingest.RawRecord;
import org.dyad.ingest.ReaderSettings;
import org.dyad.ingest.ReutersSgmlParser;
import org.dyad.ner.ConllEval;

public class CoreNlpPeer {
  public static void main(String[] args) throws Exception {
    Path reuters = Path.of(args[0]);
    Path conll = Path.of(args[1]);
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

    // The same article texts Dyad reads (its own Reuters reader: dateline + body).
    List<String> texts = new ArrayList<>();
    ReaderSettings settings = new ReaderSettings(FieldMapping.of(Map.of()), null, 1_000_000);
    try (Stream<Path> files = Files.list(reuters)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sgm")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          for (RawRecord r : ReutersSgmlParser.parse(in, InputFile.whole(f.toString(), f.toString(), InputFormat.REUTERS, null, Files.size(f), false), settings)) {
            if (r.reason == null && r.text != null && !r.text.isBlank()) texts.add(r.text);
          }
        }
      }
    }
    // Warm up on the first 500 articles, then time the whole corpus: tokenize, split sentences, tag.
    run(crf, texts.subList(0, Math.min(500, texts.size())));
    long start = System.nanoTime();
    long[] counts = run(crf, texts);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "peer reuters: %,d articles, %,d tokens, %,d entity tokens, %.1f s, %,.0f tokens/s (1 thread)%n",
        texts.size(), counts[0], counts[1], seconds, counts[0] / seconds);

    // eng.testa on its own tokens, scored like Dyad's eval-ner (conlleval rules).
    List<List<String>> words = new ArrayList<>();
    List<List<String>> gold = new ArrayList<>();
    List<String> w = new ArrayList<>();
    List<String> g = new ArrayList<>();
    for (String line : Files.readAllLines(conll)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!w.isEmpty()) {
          words.add(w);
          gold.add(g);
          w = new ArrayList<>();
          g = new ArrayList<>();
        }
        continue;
      }
      String[] f = line.split(" ");
      w.add(f[0]);
      g.add(f[f.length - 1]);
    }
    if (!w.isEmpty()) {
      words.add(w);
      gold.add(g);
    }
    start = System.nanoTime();
    List<List<String>> predicted = new ArrayList<>();
    long tokens = 0;
    for (List<String> sentence : words) {
      List<CoreLabel> labels = new ArrayList<>();
      for (String word : sentence) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(word);
        labels.add(l);
      }
      List<String> tags = new ArrayList<>();
      for (CoreLabel l : crf.classifySentence(labels)) tags.add(tag(l.get(CoreAnnotations.AnswerAnnotation.class)));
      predicted.add(tags);
      tokens += sentence.size();
    }
    seconds = (System.nanoTime() - start) / 1e9;
    ConllEval.Report r = ConllEval.evaluate(gold, predicted);
    System.out.printf(Locale.ROOT, "peer conll: %,d sentences, %,d tokens, %.1f s, %,.0f tokens/s; micro F1 %.4f", r.sentences(), tokens, seconds, tokens / seconds, r.micro().f1());
    r.byType().forEach((type, s) -> System.out.printf(Locale.ROOT, "; %s %.4f", type, s.f1()));
    System.out.println();
  }

  private static long[] run(CRFClassifier<CoreLabel> crf, List<String> texts) {
    long tokens = 0, entities = 0;
    for (String text : texts) {
      List<CoreLabel> all = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "invertible=false").tokenize();
      for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>().process(all)) {
        for (CoreLabel l : crf.classifySentence(sentence)) {
          tokens++;
          if (!"O".equals(l.get(CoreAnnotations.AnswerAnnotation.class))) entities++;
        }
      }
    }
    return new long[] {tokens, entities};
  }

  /** CoreNLP's IO labels (PERSON, LOCATION, ORGANIZATION, MISC, O) as CoNLL tags. */
  private static String tag(String answer) {
    return switch (answer) {
      case "PERSON", "PER" -> "I-PER";
      case "LOCATION", "LOC" -> "I-LOC";
      case "ORGANIZATION", "ORG" -> "I-ORG";
      case "MISC" -> "I-MISC";
      default -> "O";
    };
  }
}
