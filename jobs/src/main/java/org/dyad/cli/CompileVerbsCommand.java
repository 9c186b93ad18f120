package org.dyad.cli;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.dyad.events.EventTypes;
import org.dyad.events.VerbDictionary;
import org.dyad.home.DyadHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "compile-verbs",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt) and the CAMEO event code tables"
          + " (GDELT's names and Goldstein scores, the CAMEO-to-PLOVER map) into the files the"
          + " events stage ships: cameo-verbs.txt.gz and cameo-event-types.tsv. Rerun it when"
          + " they change."
    })
final class CompileVerbsCommand implements Callable<Integer> {
  @Option(
      names = "--verbs",
      paramLabel = "FILE",
      description =
          "Verb dictionary (default: ../shared/data/petrarch2_cameo_dictionaries/CAMEO.2.0.txt).")
  Path verbs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder to write to (default: jobs/src/main/resources/org/dyad/events).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path data = DyadHome.sharedData();
    if (verbs == null) verbs = data.resolve("petrarch2_cameo_dictionaries/CAMEO.2.0.txt");
    Path lookups = data.resolve("gdelt_lookups_and_samples/lookups");
    Path names = lookups.resolve("CAMEO.eventcodes.txt");
    Path goldstein = lookups.resolve("CAMEO.goldsteinscale.txt");
    Path plover = data.resolve("event_coding/plover/CAMEO2PLOVER-2021.txt");
    for (Path p : new Path[] {verbs, names, goldstein, plover})
      if (!Files.isRegularFile(p)) throw new FileNotFoundException("Not found: " + p);
    if (out == null) out = DyadHome.path().resolve("jobs/src/main/resources/org/dyad/events");
    Files.createDirectories(out);

    Path supplement =
        DyadHome.path().resolve("jobs/src/main/resources/org/dyad/events/verbs-supplement.txt");
    if (!Files.isRegularFile(supplement))
      throw new FileNotFoundException("Not found: " + supplement);
    VerbDictionary dictionary;
    // the supplement is read after the dictionary, as one text: its patterns use the synonym sets,
    // and a verb it names moves to its block
    int dictionaryLines = Files.readAllLines(verbs, StandardCharsets.UTF_8).size();
    String text =
        Files.readString(verbs, StandardCharsets.UTF_8)
            + "\n"
            + Files.readString(supplement, StandardCharsets.UTF_8);
    try (BufferedReader in = new BufferedReader(new java.io.StringReader(text))) {
      dictionary =
          VerbDictionary.read(
              in, verbs.getFileName().toString() + " + verbs-supplement.txt", dictionaryLines);
    }
    Path verbsOut = out.resolve("cameo-verbs.txt.gz");
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(verbsOut)), StandardCharsets.UTF_8)) {
      w.write(
          "# Dyad's CAMEO verb dictionary, compiled by `dyad compile-verbs` from PETRARCH-2's\n"
              + "# CAMEO.2.0.txt and Dyad's verbs-supplement.txt (after line "
              + dictionaryLines
              + ")\n# CAMEO.2.0.txt (github.com/openeventdata/petrarch2, commit 676801c; MIT"
              + " License,\n"
              + "# Copyright (c) 2015 Open Event Data Alliance). Do not edit: regenerate it.\n"
              + "# B block, F verb form (words, inflected word, code, base), P pattern (source"
              + " line,\n"
              + "# code, text, elements before and after the verb). docs/EVENTS.md.\n");
      dictionary.writeCompiled(w);
    }
    EventTypes types = EventTypes.compile(names, goldstein, plover);
    Path typesOut = out.resolve("cameo-event-types.tsv");
    try (Writer w =
        new OutputStreamWriter(Files.newOutputStream(typesOut), StandardCharsets.UTF_8)) {
      w.write(
          "# CAMEO event codes, compiled by `dyad compile-verbs`: code, name and Goldstein score\n"
              + "# from GDELT's lookups (CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt; the"
              + " GDELT\n"
              + "# Project, open with attribution), PLOVER type, mode and context from\n"
              + "# CAMEO2PLOVER-2021.txt (Open Event Data Alliance, PLOVER, CC BY-SA 4.0).\n");
      types.write(w);
    }
    System.out.printf(
        "%s: %d verb blocks, %d verb forms, %d patterns (%d transformations not used)%n%s: %d"
            + " codes%n",
        verbsOut,
        dictionary.blocks().size(),
        dictionary.forms().values().stream().mapToInt(java.util.List::size).sum(),
        dictionary.patternCount(),
        dictionary.transformations(),
        typesOut,
        types.size());
    return 0;
  }
}
