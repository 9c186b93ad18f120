package org.dyad.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.dyad.config.ConfigException;
import org.dyad.tables.Tables;
import picocli.CommandLine.Option;

/**
 * The option of every command that reads the reports of a run: the folder they were published in.
 */
public final class ReportsOptions {
  @Option(
      names = {"-r", "--reports"},
      paramLabel = "DIR",
      defaultValue = "reports",
      description =
          "The folder a run published its reports in (its -o/--output; default: ${DEFAULT-VALUE}).")
  String reports;

  /** The path of a table of the reports. */
  String table(String name) {
    return new File(reports, name).getPath();
  }

  /**
   * The folder must hold a run's manifest: a finished run, not a staging folder or a stage's output
   * alone.
   */
  void requireManifest() {
    if (!new File(reports, Tables.MANIFEST_FILE).isFile()) {
      throw new ConfigException(
          "--reports: "
              + reports
              + " has no "
              + Tables.MANIFEST_FILE
              + ": not the output of a finished run (run `scripts/dyad run -o "
              + reports
              + "`)");
    }
  }

  /** The folder must hold these tables; checked before Spark starts. */
  void require(String... tables) {
    File dir = new File(reports);
    if (!dir.isDirectory()) {
      throw new ConfigException(
          "--reports: "
              + reports
              + " is not a folder of reports (run `scripts/dyad run -o "
              + reports
              + "` first, or point --reports at a run's output)");
    }
    List<String> missing = new ArrayList<>();
    for (String t : tables) if (!new File(dir, t).isDirectory()) missing.add(t);
    if (!missing.isEmpty()) {
      throw new ConfigException(
          "--reports: "
              + reports
              + " has no "
              + String.join(", ", missing)
              + " table"
              + (new File(dir, Tables.MANIFEST_FILE).isFile()
                  ? " (was it written by `dyad ingest`, or an older Dyad?)"
                  : " (no _manifest.json either: is it a Dyad reports folder?)"));
    }
  }
}
