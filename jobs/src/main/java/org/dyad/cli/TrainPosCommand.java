package org.dyad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.config.Problems;
import org.dyad.home.DyadHome;
import org.dyad.progress.Progress;
import org.dyad.tagger.Conll2003;
import org.dyad.tagger.Conllu;
import org.dyad.tagger.PerceptronTagger;
import org.dyad.tagger.PerceptronTraining;
import org.dyad.tagger.PosFeatures;
import org.dyad.tagger.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train-pos",
    mixinStandardHelpOptions = true,
    description = {
      "Trains Dyad's part-of-speech tagger (Penn Treebank tags; an averaged perceptron in plain"
          + " Java) on the UD English Web Treebank, scores it on its dev and test files and on"
          + " CoNLL-2003 eng.testa (news), and writes the model the build ships"
          + " (models/dyad-pos.gz; models/dyad-pos.md is its card). No Spark."
    })
final class TrainPosCommand implements Callable<Integer> {
  @Option(
      names = "--train",
      paramLabel = "FILE",
      description =
          "CoNLL-U training file (default: ../shared/data/ud_english_ewt/en_ewt-ud-train.conllu).")
  Path train;

  @Option(
      names = "--dev",
      paramLabel = "FILE",
      description = "CoNLL-U development file (default: en_ewt-ud-dev.conllu beside it).")
  Path dev;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description = "CoNLL-U test file (default: en_ewt-ud-test.conllu beside it).")
  Path test;

  @Option(
      names = "--news",
      paramLabel = "FILE",
      description =
          "CoNLL-2003 file whose POS column scores the tagger on news (default:"
              + " ../shared/data/conll2003/eng.testa when present; 'none' to skip).")
  String news;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Training passes (default: ${DEFAULT-VALUE}).",
      defaultValue = "12")
  int iterations;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the model (default: models/dyad-pos.gz).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path ewt = DyadHome.sharedData().resolve("ud_english_ewt");
    Path trainFile = train != null ? train : ewt.resolve("en_ewt-ud-train.conllu");
    Path devFile = dev != null ? dev : ewt.resolve("en_ewt-ud-dev.conllu");
    Path testFile = test != null ? test : ewt.resolve("en_ewt-ud-test.conllu");
    Path newsFile =
        news == null
            ? DyadHome.sharedData().resolve("conll2003/eng.testa")
            : "none".equals(news) ? null : Path.of(news);
    Path target = out != null ? out : DyadHome.path().resolve("models/dyad-pos.gz");
    Problems problems = new Problems();
    for (Path p : List.of(trainFile, devFile, testFile))
      problems.require(Files.isRegularFile(p), p + " is not a file (UD English EWT, CoNLL-U)");
    problems.require(
        news == null || newsFile == null || Files.isRegularFile(newsFile),
        "--news: " + news + " is not a file");
    problems.require(iterations >= 1, "--iterations must be at least 1");
    problems.throwIfAny();

    Progress progress = new Progress(System.err);
    Progress.Stage stage = progress.start("pos-train");
    List<TaggedSentence> trainSet = Conllu.read(trainFile);
    PerceptronTraining.Settings settings =
        new PerceptronTraining.Settings(
            iterations,
            PerceptronTraining.Settings.DEFAULT.seed(),
            PerceptronTraining.Settings.DEFAULT.dictionaryMinCount(),
            PerceptronTraining.Settings.DEFAULT.dictionaryShare());
    PerceptronTagger tagger =
        PerceptronTraining.train(
            trainSet,
            PosFeatures.INSTANCE,
            settings,
            i -> stage.detail("iteration " + i + " of " + iterations + " done"));
    stage.done(
        trainSet.size()
            + " sentences, "
            + tagger.featureCount()
            + " features, "
            + tagger.tags().size()
            + " tags");

    Progress.Stage scoring = progress.start("pos-score");
    StringBuilder report = new StringBuilder();
    score(report, "EWT dev", tagger, Conllu.read(devFile), false);
    score(report, "EWT test", tagger, Conllu.read(testFile), false);
    if (newsFile != null && Files.isRegularFile(newsFile)) {
      List<TaggedSentence> newsSet = Conll2003.readPos(newsFile);
      score(report, "CoNLL-2003 " + newsFile.getFileName() + " (news)", tagger, newsSet, false);
      score(report, "  the same, tag conventions mapped", tagger, newsSet, true);
    }
    scoring.done("");
    System.out.print(report);

    writeModel(tagger, target);
    return 0;
  }

  /** Writes a tagger's model file and says its size and SHA-256 (what its card records). */
  static void writeModel(PerceptronTagger tagger, Path target) throws Exception {
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(target)) {
      tagger.write(o);
    }
    byte[] bytes = Files.readAllBytes(target);
    System.out.printf(
        Locale.ROOT,
        "model: %s, %,d bytes, sha-256 %s%n",
        target,
        bytes.length,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
  }

  private static void score(
      StringBuilder report,
      String name,
      PerceptronTagger tagger,
      List<TaggedSentence> gold,
      boolean conventions) {
    long words = gold.stream().mapToLong(TaggedSentence::size).sum();
    // Warm up, then time one pass over the file on one thread.
    PerceptronTraining.accuracy(tagger, gold.subList(0, Math.min(gold.size(), 500)));
    long start = System.nanoTime();
    double accuracy = PerceptronTraining.accuracy(tagger, gold, conventions);
    double seconds = (System.nanoTime() - start) / 1e9;
    report.append(
        String.format(
            Locale.ROOT,
            "%-32s accuracy %.4f over %,d words; %,.0f words/s on one thread%n",
            name,
            accuracy,
            words,
            words / seconds));
  }
}
