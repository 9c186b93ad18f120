package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorDictionary;
import org.dyad.config.Problems;
import org.dyad.home.DyadHome;
import org.dyad.ner.ConllEval;
import org.dyad.progress.Progress;
import org.dyad.tagger.Conll2003;
import org.dyad.tagger.Gazetteer;
import org.dyad.tagger.NerFeatures;
import org.dyad.tagger.PerceptronTagger;
import org.dyad.tagger.PerceptronTraining;
import org.dyad.tagger.TaggedSentence;
import org.dyad.tagger.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train-ner-tagger",
    mixinStandardHelpOptions = true,
    description = {
      "Trains Dyad's own named-entity tagger (PER, LOC, ORG, MISC; an averaged perceptron in plain"
          + " Java, the part-of-speech tagger's code) on CoNLL-2003 eng.train, with word clusters"
          + " learned from Reuters-21578's text and Dyad's actor gazetteer as features; scores it"
          + " on eng.testa and writes the model the build ships (models/dyad-ner-tagger.gz;"
          + " models/dyad-ner-tagger.md is its card). No Spark."
    })
final class TrainNerTaggerCommand implements Callable<Integer> {
  @Option(
      names = "--train",
      paramLabel = "FILE",
      description = "CoNLL-2003 training file (default: ../shared/data/conll2003/eng.train).")
  Path train;

  @Option(
      names = "--dev",
      paramLabel = "FILE",
      description = "CoNLL-2003 file to score on (default: eng.testa beside it).")
  Path dev;

  @Option(
      names = "--unlabelled",
      paramLabel = "DIR",
      description =
          "Reuters-21578 folder whose stories' words are clustered (default:"
              + " ../shared/data/reuters21578; 'none' for no clusters).")
  String unlabelled;

  @Option(
      names = "--clusters",
      paramLabel = "K",
      description = "Word clusters, coarse (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  int clusters;

  @Option(
      names = "--fine-clusters",
      paramLabel = "K",
      description = "Word clusters, fine (default: ${DEFAULT-VALUE}; 0 for none).",
      defaultValue = "1000")
  int fineClusters;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Training passes (default: ${DEFAULT-VALUE}).",
      defaultValue = "16")
  int iterations;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the model (default: models/dyad-ner-tagger.gz).")
  Path out;

  /** Words as CoNLL-2003 cuts them: abbreviations with dots, numbers, "'s", punctuation. */
  private static final Pattern WORD =
      Pattern.compile(
          "\\p{L}+(?:\\.\\p{L}+)+\\.?|[\\p{L}\\p{N}]+(?:[-',.][\\p{L}\\p{N}]+)*|'s|\\S");

  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);

  @Override
  public Integer call() throws Exception {
    Path conll = DyadHome.sharedData().resolve("conll2003");
    Path trainFile = train != null ? train : conll.resolve("eng.train");
    Path devFile = dev != null ? dev : trainFile.resolveSibling("eng.testa");
    Path reuters =
        unlabelled == null
            ? DyadHome.sharedData().resolve("reuters21578")
            : "none".equals(unlabelled) ? null : Path.of(unlabelled);
    Path target = out != null ? out : DyadHome.path().resolve("models/dyad-ner-tagger.gz");
    Problems problems = new Problems();
    for (Path p : List.of(trainFile, devFile))
      problems.require(Files.isRegularFile(p), p + " is not a file (CoNLL-2003)");
    problems.require(
        reuters == null || Files.isDirectory(reuters),
        "--unlabelled: " + reuters + " is not a folder");
    problems.require(iterations >= 1, "--iterations must be at least 1");
    problems.require(clusters >= 1 && clusters <= 30000, "--clusters must be 1 to 30000");
    problems.require(
        fineClusters >= 0 && fineClusters <= 30000, "--fine-clusters must be 0 to 30000");
    problems.throwIfAny();

    Progress progress = new Progress(System.err);
    List<List<TaggedSentence>> trainSet = Conll2003.readNerDocuments(trainFile);
    NerFeatures bare = new NerFeatures(null, null);

    WordClusters coarse = null;
    WordClusters fine = null;
    if (reuters != null) {
      Progress.Stage stage = progress.start("ner-clusters");
      List<String[]> text = unlabelledText(reuters, bare);
      for (List<TaggedSentence> d : trainSet)
        for (TaggedSentence s : d) {
          String[] w = s.words();
          for (int i = 0; i < w.length; i++) w[i] = bare.normal(w[i]);
          text.add(w);
        }
      coarse = WordClusters.build(text, 3, 1000, clusters, 10, 42L);
      if (fineClusters > 0) fine = WordClusters.build(text, 3, 1000, fineClusters, 10, 43L);
      stage.done(
          String.format(
              Locale.ROOT,
              "%,d sentences of Reuters-21578 and eng.train, %,d words in %d and %d clusters",
              text.size(),
              coarse.size(),
              clusters,
              fineClusters));
    }
    Gazetteer gazetteer;
    try (InputStream in =
        ActorDictionary.class.getResourceAsStream(ActorDictionary.GAZETTEER_RESOURCE)) {
      gazetteer = Gazetteer.fromActors(in);
    }
    NerFeatures features = new NerFeatures(gazetteer, coarse, fine);

    Progress.Stage stage = progress.start("ner-train");
    PerceptronTraining.Settings settings =
        new PerceptronTraining.Settings(
            iterations,
            PerceptronTraining.Settings.DEFAULT.seed(),
            PerceptronTraining.Settings.DEFAULT.dictionaryMinCount(),
            0.99);
    PerceptronTagger tagger =
        PerceptronTraining.trainDocuments(
            trainSet,
            features,
            settings,
            i -> stage.detail("iteration " + i + " of " + iterations + " done"));
    stage.done(
        trainSet.stream().mapToInt(List::size).sum()
            + " sentences, "
            + tagger.featureCount()
            + " features, "
            + gazetteer.size()
            + " gazetteer phrases");

    Progress.Stage scoring = progress.start("ner-score");
    List<List<TaggedSentence>> devSet = Conll2003.readNerDocuments(devFile);
    score(tagger, devSet.subList(0, Math.min(devSet.size(), 40))); // warm up
    long start = System.nanoTime();
    ConllEval.Report report = score(tagger, devSet);
    double seconds = (System.nanoTime() - start) / 1e9;
    scoring.done("");
    System.out.printf(
        Locale.ROOT,
        "%s: micro F1 %.4f (P %.4f, R %.4f); %s; %,d tokens, %,.0f tokens/s on one thread%n",
        devFile.getFileName(),
        report.micro().f1(),
        report.micro().precision(),
        report.micro().recall(),
        String.join(
            ", ",
            report.byType().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.4f", e.getKey(), e.getValue().f1()))
                .toList()),
        report.tokens(),
        report.tokens() / seconds);

    TrainPosCommand.writeModel(tagger, target);
    return 0;
  }

  /** Scores the tagger on documents (entity level, conlleval's rules). */
  static ConllEval.Report score(PerceptronTagger tagger, List<List<TaggedSentence>> documents) {
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (List<TaggedSentence> d : documents) {
      List<String[]> words = new ArrayList<>(d.size());
      for (TaggedSentence s : d) {
        words.add(s.words());
        gold.add(Arrays.asList(s.tags()));
      }
      for (String[] tags : tagger.tagDocument(words)) predicted.add(Arrays.asList(tags));
    }
    return ConllEval.evaluate(gold, predicted);
  }

  /** The stories of Reuters-21578's SGML files, cut into sentences and words (normal forms). */
  static List<String[]> unlabelledText(Path folder, NerFeatures features) throws IOException {
    List<String[]> out = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> d = Files.newDirectoryStream(folder, "reut2-*.sgm")) {
      for (Path p : d) files.add(p);
    }
    files.sort(null);
    for (Path p : files) {
      String sgml = Files.readString(p, StandardCharsets.ISO_8859_1);
      Matcher body = BODY.matcher(sgml);
      while (body.find()) {
        for (String sentence : body.group(1).split("(?<=[.!?])\\s+|\\n\\s*\\n")) {
          List<String> words = new ArrayList<>();
          Matcher w = WORD.matcher(sentence);
          while (w.find()) words.add(features.normal(w.group()));
          if (!words.isEmpty()) out.add(words.toArray(String[]::new));
        }
      }
    }
    return out;
  }
}
