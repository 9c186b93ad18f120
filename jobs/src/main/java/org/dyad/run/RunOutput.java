package org.dyad.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;

/**
 * Where a run writes. Tables go to {@code <output>/_staging/<run id>/} while the run works; only
 * when it has succeeded are they moved into {@code <output>/<table>} (replacing the previous run's)
 * and the manifest written last. A failed run leaves the published reports as they were, and its
 * staging folder for inspection; a killed run's staging folder, and a publish it left half done,
 * are cleaned up and finished by the next run ({@link #recover}).
 */
public final class RunOutput implements AutoCloseable {
  public static final String STAGING = "_staging";

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final String runId;

  public RunOutput(Configuration conf, String output) throws IOException {
    this.output = new Path(output);
    this.fs = this.output.getFileSystem(conf);
    this.runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(ZonedDateTime.now(ZoneOffset.UTC))
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
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

  /** Whether this run has written the table to its staging folder. */
  public boolean staged(Table table) throws IOException {
    return fs.exists(new Path(staging, table.name()));
  }

  /**
   * Where a table is published; a plain path for local folders (pandas and DuckDB take those, not
   * file: URIs).
   */
  public String publishedPath(Table table) {
    Path p = fs.makeQualified(new Path(output, table.name()));
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  /** Written before the first table moves and removed after the manifest: a publish in progress. */
  public static final String PUBLISHING = "_publishing";

  /**
   * Moves the run's tables into place, then writes the manifest, then removes the staging folder.
   * Tables an earlier run published that this run does not write (say, topics after a run without
   * topics) are removed: they described other articles. The same holds for the state an append run
   * reads ({@link org.dyad.tables.StateTables}). The list of what moves is written first ({@value
   * #PUBLISHING}), so that a run killed in the middle of its publish is finished by the next run
   * ({@link #recover}) instead of leaving a mix of two runs.
   */
  public void publish(List<Table> tables, String manifestJson) throws IOException {
    fs.mkdirs(output);
    Path manifest = new Path(staging, Tables.MANIFEST_FILE);
    write(manifest, manifestJson);
    StringBuilder plan = new StringBuilder(runId).append('\n');
    for (Table t : tables) plan.append(t.name()).append('\n');
    write(new Path(output, PUBLISHING), plan.toString());
    finishPublish(staging, tables.stream().map(Table::name).toList());
  }

  /**
   * Moves staged tables into place (those already moved are skipped), removes stale ones, then the
   * manifest.
   */
  private void finishPublish(Path runStaging, List<String> tableNames) throws IOException {
    for (Table known : Stream.concat(Tables.all().stream(), StateTables.ALL.stream()).toList()) {
      if (tableNames.contains(known.name())) continue;
      Path stale = new Path(output, known.name());
      if (fs.exists(stale) && !fs.delete(stale, true))
        throw new IOException("Cannot remove the stale table " + stale);
    }
    for (String name : tableNames) {
      Path source = new Path(runStaging, name);
      if (!fs.exists(source)) continue; // moved before the interruption
      Path target = new Path(output, name);
      if (fs.exists(target) && !fs.delete(target, true))
        throw new IOException("Cannot replace " + target);
      fs.mkdirs(
          target.getParent()); // a table in a folder of its own (the state tables, _state/...)
      if (!fs.rename(source, target)) throw new IOException("Cannot publish " + target);
    }
    Path manifest = new Path(runStaging, Tables.MANIFEST_FILE);
    Path target = new Path(output, Tables.MANIFEST_FILE);
    if (fs.exists(manifest)) {
      if (fs.exists(target)) fs.delete(target, false);
      if (!fs.rename(manifest, target)) throw new IOException("Cannot publish " + target);
    }
    fs.delete(new Path(output, PUBLISHING), false);
    fs.delete(runStaging, true);
    Path stagingRoot = new Path(output, STAGING);
    if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0)
      fs.delete(stagingRoot, false);
  }

  /**
   * Before a run writes: finishes a publish that a killed run left half done, and removes the
   * staging folders of killed runs (every one but a failed run's, whose manifest and error.log are
   * kept for inspection). Returns what it did, for the progress output, or null.
   */
  public String recover() throws IOException {
    lock();
    List<String> done = new ArrayList<>();
    Path marker = new Path(output, PUBLISHING);
    if (fs.exists(marker)) {
      List<String> lines;
      try (InputStream in = fs.open(marker)) {
        lines =
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
      }
      if (!lines.isEmpty()) {
        String interrupted = lines.get(0);
        finishPublish(
            new Path(new Path(output, STAGING), interrupted), lines.subList(1, lines.size()));
        done.add("finished the publish of run " + interrupted + ", interrupted");
      } else {
        fs.delete(marker, false);
      }
    }
    Path stagingRoot = new Path(output, STAGING);
    if (fs.exists(stagingRoot)) {
      for (FileStatus s : fs.listStatus(stagingRoot)) {
        if (s.isDirectory() && !isFailedRun(s.getPath())) {
          fs.delete(s.getPath(), true);
          done.add("removed the staging folder of killed run " + s.getPath().getName());
        }
      }
      if (fs.listStatus(stagingRoot).length == 0) fs.delete(stagingRoot, false);
    }
    return done.isEmpty() ? null : String.join("; ", done);
  }

  /**
   * Whether a staging folder is a failed run's, kept for inspection: its manifest says "failed". A
   * killed run's has no manifest, or one that says "succeeded" (killed after writing it, before its
   * publish began).
   */
  private boolean isFailedRun(Path runStaging) throws IOException {
    Path manifest = new Path(runStaging, Tables.MANIFEST_FILE);
    if (!fs.exists(manifest)) return false;
    try (InputStream in = fs.open(manifest)) {
      JsonNode status = new ObjectMapper().readTree(in).get("status");
      return status != null && "failed".equals(status.asText());
    } catch (JsonProcessingException e) {
      return false; // cut off while written: a killed run's
    }
  }

  /** Held while a run writes to a local output folder. */
  public static final String LOCK = "_dyad.lock";

  private FileChannel lockChannel;

  /**
   * One run at a time per output folder: on the local file system the run holds an exclusive lock
   * on {@value #LOCK} (released when it ends, or by the operating system when its process dies, so
   * a killed run never leaves it held). Another run on the same folder fails at once with a clear
   * message instead of taking the first run's staging folder for a killed run's. (HDFS and S3 have
   * no such lock: do not point two runs at one output there.)
   */
  private void lock() throws IOException {
    Path qualified = outputPath();
    if (!"file".equals(qualified.toUri().getScheme()) || lockChannel != null) return;
    java.nio.file.Path folder = Paths.get(qualified.toUri());
    Files.createDirectories(folder);
    FileChannel channel =
        FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock held;
    try {
      held = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      held = null;
    }
    if (held == null) {
      channel.close();
      throw new IOException(
          "Another Dyad run is writing to "
              + publishedRoot()
              + " (it holds "
              + LOCK
              + "): wait for it to end, or give another --output");
    }
    lockChannel = channel;
  }

  /** Releases the output folder's lock (the run has ended). */
  public void close() {
    if (lockChannel == null) return;
    try {
      lockChannel.close();
    } catch (IOException ignored) {
      // the lock goes with the channel or with the process
    }
    lockChannel = null;
  }

  /**
   * Keeps a failed run's tables and manifest (and the error's stack trace, in error.log, when
   * given) in its staging folder; returns that folder.
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
