package org.dyad.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;

/**
 * Where a run writes. Tables go to {@code <output>/_staging/<run id>/} while the run works; only when
 * it has succeeded are they moved into {@code <output>/<table>} (replacing the previous run's) and the
 * manifest written last. A failed run leaves the published reports as they were, and its staging
 * folder for inspection.
 */
public final class RunOutput {
  public static final String STAGING = "_staging";

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final String runId;

  public RunOutput(Configuration conf, String output) throws IOException {
    this.output = new Path(output);
    this.fs = this.output.getFileSystem(conf);
    this.runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC))
            + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.staging = new Path(new Path(this.output, STAGING), runId);
  }

  public String runId() {
    return runId;
  }

  public Path outputPath() {
    return fs.makeQualified(output);
  }

  /** The output folder as a person reads it: a plain path when it is local. */
  public String publishedRoot() {
    Path p = outputPath();
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  /** Where a table is written during the run. */
  public String stagingPath(Table table) {
    return fs.makeQualified(new Path(staging, table.name())).toString();
  }

  /** Where a table is published; a plain path for local folders (pandas and DuckDB take those, not file: URIs). */
  public String publishedPath(Table table) {
    Path p = fs.makeQualified(new Path(output, table.name()));
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  /** Moves the run's tables into place, then writes the manifest, then removes the staging folder. */
  public void publish(List<Table> tables, String manifestJson) throws IOException {
    fs.mkdirs(output);
    for (Table table : tables) {
      Path target = new Path(output, table.name());
      if (fs.exists(target) && !fs.delete(target, true)) throw new IOException("Cannot replace " + target);
      if (!fs.rename(new Path(staging, table.name()), target)) throw new IOException("Cannot publish " + target);
    }
    Path manifest = new Path(staging, Tables.MANIFEST_FILE);
    write(manifest, manifestJson);
    Path target = new Path(output, Tables.MANIFEST_FILE);
    if (fs.exists(target)) fs.delete(target, false);
    if (!fs.rename(manifest, target)) throw new IOException("Cannot publish " + target);
    fs.delete(staging, true);
    Path stagingRoot = new Path(output, STAGING);
    if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) fs.delete(stagingRoot, false);
  }

  /**
   * Keeps a failed run's tables and manifest (and the error's stack trace, in error.log, when given) in
   * its staging folder; returns that folder.
   */
  public String fail(String manifestJson, String stackTrace) throws IOException {
    fs.mkdirs(staging);
    write(new Path(staging, Tables.MANIFEST_FILE), manifestJson);
    if (stackTrace != null) write(new Path(staging, "error.log"), stackTrace);
    Path p = fs.makeQualified(staging);
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  private void write(Path path, String text) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
