package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.CorpusFormat;
import org.dyad.config.DyadConfig;
import org.dyad.config.NerMode;
import org.dyad.run.Pipeline;
import org.dyad.run.Progress;
import org.dyad.trends.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five notebooks of notebooks/, executed by scripts/notebooks (which installs what they need from
 * PyPI on a fresh machine) against real reports: the seeds' (one article: every notebook runs, and
 * a figure it cannot draw says why) and a Reuters slice's (two files, weekly, topics: every figure
 * drawn, --strict). A failing cell or an empty figure fails the test.
 */
class NotebooksIT {
  @TempDir static Path dir;

  private static Path pipeline(DyadConfig config, Path out) throws Exception {
    config.output = out.toString();
    int status = Pipeline.run("run", config.validate(DyadConfig.Scope.RELATIONS), SparkTestSession.get(), new Progress(System.err), DyadConfig.Scope.RELATIONS, false);
    assertEquals(0, status);
    return out;
  }

  private static String notebooks(Path reports, String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(TestPaths.repo().resolve("scripts/notebooks").toString(), reports.toString(), "--out", reports.resolve("nb").toString()));
    command.addAll(List.of(options));
    Process p = new ProcessBuilder(command).directory(TestPaths.repo().toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "scripts/notebooks did not finish");
    assertEquals(0, p.exitValue(), "scripts/notebooks failed:\n" + output);
    return output;
  }

  @Test
  void everyNotebookRunsOnTheSeedsAndDrawsEveryFigureOnAReutersSlice() throws Exception {
    Path seeds = pipeline(IngestJobIT.config(TestPaths.seeds().toString()), dir.resolve("seeds"));
    String out = notebooks(seeds);
    assertTrue(out.contains("checked 5 notebooks: ok"), out);
    String overview = Files.readString(seeds.resolve("nb/overview.ipynb"));
    assertTrue(overview.contains("image/png"), "the overview draws its figures on the seeds");

    DyadConfig reuters = IngestJobIT.config(
        TestPaths.sharedData("reuters21578").resolve("reut2-000.sgm").toString(), TestPaths.sharedData("reuters21578").resolve("reut2-001.sgm").toString());
    reuters.ingest.format = CorpusFormat.REUTERS;
    reuters.actors.ner = NerMode.NONE;
    reuters.trends.period = Period.WEEK;
    Path slice = pipeline(reuters, dir.resolve("reuters"));
    String strict = notebooks(slice, "--strict");
    assertTrue(strict.contains("checked 5 notebooks: ok"), strict);
    for (String nb : List.of("overview", "actor", "dyad", "network", "topics")) {
      assertTrue(Files.readString(slice.resolve("nb/" + nb + ".ipynb")).contains("image/png"), nb + " has figures");
    }
  }

  @Test
  void aFolderThatIsNoReportsIsRefusedWithAMessage() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Process p = new ProcessBuilder(TestPaths.repo().resolve("scripts/notebooks").toString(), empty.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals(2, p.exitValue(), output);
    assertTrue(output.contains("has no _manifest.json"), output);
  }
}
