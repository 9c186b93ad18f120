package org.dyad.cli;

import java.io.FileNotFoundException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.dyad.actors.Agents;
import org.dyad.actors.PhoenixCompiler;
import org.dyad.home.DyadHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "compile-actors",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the Phoenix/PETRARCH2 actor and agent dictionaries into the gazetteer and role"
          + " phrases Dyad ships.",
      "The gazetteer (phoenix-actors.txt.gz) also takes CountryInfo's places and CAMEO's country"
          + " names. Rerun it when the dictionaries change."
    })
final class CompileActorsCommand implements Callable<Integer> {
  @Option(
      names = "--phoenix",
      paramLabel = "DIR",
      description =
          "Folder of Phoenix.*.actors.txt (default: ../shared/data/petrarch2_cameo_dictionaries).")
  Path phoenix;

  @Option(
      names = "--countryinfo",
      paramLabel = "FILE",
      description = "CountryInfo.txt (default: ../shared/data/countryinfo/CountryInfo.120116.txt).")
  Path countryInfo;

  @Option(
      names = "--countrynames",
      paramLabel = "FILE",
      description =
          "CAMEO countrynames.txt (default: ../shared/data/cameo_codebook/countrynames.txt).")
  Path countryNames;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description =
          "Gazetteer to write, gzipped if it ends in .gz (default:"
              + " jobs/src/main/resources/org/dyad/actors/phoenix-actors.txt.gz).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path home = DyadHome.path();
    Path data = DyadHome.sharedData();
    if (phoenix == null) phoenix = data.resolve("petrarch2_cameo_dictionaries");
    if (countryInfo == null) countryInfo = data.resolve("countryinfo/CountryInfo.120116.txt");
    if (countryNames == null) countryNames = data.resolve("cameo_codebook/countrynames.txt");
    if (out == null)
      out = home.resolve("jobs/src/main/resources/org/dyad/actors/phoenix-actors.txt.gz");
    for (Path p : new Path[] {phoenix, countryInfo, countryNames}) {
      if (!Files.exists(p)) throw new FileNotFoundException("Not found: " + p);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    PhoenixCompiler.Report report;
    try (Writer w =
        new OutputStreamWriter(
            out.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(out))
                : Files.newOutputStream(out),
            StandardCharsets.UTF_8)) {
      report = new PhoenixCompiler().compile(phoenix, countryInfo, countryNames, w);
    }
    Path agentsOut = out.resolveSibling("phoenix-agents.txt");
    int agents;
    try (Writer w =
        new OutputStreamWriter(Files.newOutputStream(agentsOut), StandardCharsets.UTF_8)) {
      agents = Agents.compile(phoenix.resolve("Phoenix.agents.txt"), w);
    }
    System.err.printf(
        "[dyad] compile-actors  %,d role phrases of Phoenix.agents.txt -> %s%n", agents, agentsOut);
    System.err.printf(
        "[dyad] compile-actors  %,d entries -> %,d actors, %,d aliases, %,d roles; dropped %,d"
            + " mojibake names, %,d unreadable codes, %,d null-coded entries; wrote %s (%,d"
            + " bytes)%n",
        report.entries(),
        report.actors(),
        report.aliases(),
        report.roles(),
        report.droppedMojibake(),
        report.droppedRoles(),
        report.noCode(),
        out,
        Files.size(out));
    System.err.printf(
        "[dyad] compile-actors  %,d entries folded into another of the same code (spellings,"
            + " acronyms)%n",
        report.folded().size());
    for (String f : report.folded()) System.err.println("[dyad]   " + f);
    return 0;
  }
}
