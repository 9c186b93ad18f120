package org.dyad.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.progress.Errors;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;

/**
 * Whether {@code run --append} can add to the reports in the output folder: they keep the state an
 * append reads, and were read with the same reader settings. Part of {@link DyadConfig#validate};
 * for an output on HDFS or S3 the pipeline checks the same once Spark's Hadoop settings are there.
 */
public final class AppendCheck {
  private AppendCheck() {}

  /**
   * The settings that decide what a record read from a file holds: an append run must read with the
   * same ones.
   */
  public static final List<String> READER_SETTINGS =
      List.of("format", "fields", "encoding", "maxChars");

  /**
   * Why an append run cannot add to the reports in the output folder (empty when it can, or when
   * there are no reports yet: the run then reads everything). Checked before Spark starts.
   */
  public static List<String> problems(DyadConfig config, Configuration conf) {
    List<String> problems = new ArrayList<>();
    if (!config.append) return problems;
    try {
      Path root = new Path(config.output);
      FileSystem fs = root.getFileSystem(conf);
      Path manifest = new Path(root, Tables.MANIFEST_FILE);
      if (!fs.exists(manifest)) return problems;
      JsonNode m;
      try (InputStream in = fs.open(manifest)) {
        m = new ObjectMapper().readTree(in);
      }
      String runId = m.path("run_id").asText(null);
      for (Table t : List.of(StateTables.RECORDS, StateTables.FILES)) {
        if (!fs.exists(new Path(config.output, t.name()))) {
          problems.add(
              "--append: the reports in "
                  + config.output
                  + " (run "
                  + runId
                  + ") have no "
                  + t.name()
                  + " (made by an older Dyad?): run once without --append");
          return problems;
        }
      }
      JsonNode now = DyadConfig.JSON.valueToTree(config.ingest);
      JsonNode before = m.path("config").path("ingest");
      for (String setting : READER_SETTINGS) {
        JsonNode a = before.path(setting);
        JsonNode b = now.path(setting);
        if (!a.equals(b)) {
          problems.add(
              "--append: ingest."
                  + setting
                  + " is "
                  + b
                  + " but the reports in "
                  + config.output
                  + " were read with "
                  + a
                  + " (the records read before would differ): give the same setting, or run without"
                  + " --append");
        }
      }
    } catch (IOException e) {
      problems.add(
          "--append: cannot read the reports in " + config.output + ": " + Errors.describe(e));
    }
    return problems;
  }

  /**
   * {@link #problems} where they can be known before Spark starts: for an output folder on the
   * local file system (on HDFS or S3 the run checks the same once Spark, and its Hadoop settings,
   * are there).
   */
  static List<String> beforeSpark(DyadConfig config) {
    String scheme = new Path(config.output).toUri().getScheme();
    if (!config.append || (scheme != null && !scheme.equals("file"))) return List.of();
    return problems(config, new Configuration());
  }
}
