package org.dyad.config;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dyad.tables.Tables;

/**
 * Paths checked before Spark starts. Local paths (no scheme, or file:) are checked on this machine;
 * paths on other file systems (hdfs:, s3a:, ...) are left to Hadoop once Spark runs.
 */
final class LocalPaths {
  private LocalPaths() {}

  /** The local file a path names, or null for a path on another file system. */
  static File local(String path) {
    int colon = path.indexOf(':');
    int slash = path.indexOf('/');
    boolean hasScheme = colon > 1 && (slash < 0 || colon < slash);
    if (!hasScheme) return new File(path);
    String scheme = path.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("file")) return null;
    return new File(URI.create(path).getPath());
  }

  static void requireExists(Problems p, String option, String path) {
    File f = local(path);
    if (f != null && !f.exists()) p.add(option + ": " + path + " does not exist");
    else if (f != null && !f.canRead()) p.add(option + ": " + path + " cannot be read");
  }

  /**
   * An output folder: a folder that can be written, or a path whose nearest existing parent can be
   * written.
   */
  static void requireWritableFolder(Problems p, String option, String path) {
    File f = local(path);
    if (f == null) return;
    if (f.exists()) {
      if (!f.isDirectory()) p.add(option + ": " + path + " is a file, not a folder");
      else if (!f.canWrite() || !probe(f)) p.add(option + ": " + path + " cannot be written");
      return;
    }
    File parent = f.getAbsoluteFile().getParentFile();
    while (parent != null && !parent.exists()) parent = parent.getParentFile();
    if (parent == null || !parent.isDirectory()) p.add(option + ": " + path + " cannot be created");
    else if (!parent.canWrite() || !probe(parent))
      p.add(option + ": " + path + " cannot be created (" + parent + " is not writable)");
  }

  /**
   * Whether a file can really be made in the folder: permission bits do not tell for root, nor for
   * a read-only mount or /proc, where the run would otherwise fail only after Spark has started.
   */
  private static boolean probe(File folder) {
    try {
      Path probe = Files.createTempFile(folder.toPath(), ".dyad-probe-", "");
      Files.delete(probe);
      return true;
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * An input and the output must not hold one another: reports written into an input folder would
   * be read as input by the next run (its Parquet tables as articles), and a run must not replace
   * the files it reads (an input inside the output's tables, report or staging folders; other
   * folders in the output are left alone).
   */
  static void requireApart(Problems p, String input, String output) {
    File in = local(input);
    File out = local(output);
    if (in == null || out == null) return;
    Path i = real(in);
    Path o = real(out);
    if (i.equals(o))
      p.add(
          "--output: "
              + output
              + " is the input folder "
              + input
              + "; write the reports to another folder");
    else if (o.startsWith(i))
      p.add(
          "--output: "
              + output
              + " is inside the input folder "
              + input
              + " (the next run would read the reports as input)");
    else if (i.startsWith(o) && ownedByRuns(o.relativize(i).getName(0).toString()))
      p.add(
          "--input: "
              + input
              + " is in the output folder's "
              + o.relativize(i).getName(0)
              + ", which the run replaces");
  }

  /**
   * A name in an output folder that runs write and replace: a table, the report, staging and run
   * files.
   */
  private static boolean ownedByRuns(String name) {
    return name.startsWith("_")
        || name.equals("report")
        || Tables.all().stream().anyMatch(t -> t.name().equals(name));
  }

  /**
   * The path with links resolved as far as it exists (the rest as given), so two names of one
   * folder compare equal.
   */
  private static Path real(File f) {
    Path p = f.toPath().toAbsolutePath().normalize();
    Path existing = p;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return p;
    try {
      return existing.toRealPath().resolve(existing.relativize(p));
    } catch (IOException e) {
      return p;
    }
  }
}
