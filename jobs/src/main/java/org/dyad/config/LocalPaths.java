package org.dyad.config;

import java.io.File;
import java.net.URI;
import java.util.Locale;

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

  /** An output folder: a folder that can be written, or a path whose nearest existing parent can be written. */
  static void requireWritableFolder(Problems p, String option, String path) {
    File f = local(path);
    if (f == null) return;
    if (f.exists()) {
      if (!f.isDirectory()) p.add(option + ": " + path + " is a file, not a folder");
      else if (!f.canWrite()) p.add(option + ": " + path + " cannot be written");
      return;
    }
    File parent = f.getAbsoluteFile().getParentFile();
    while (parent != null && !parent.exists()) parent = parent.getParentFile();
    if (parent == null || !parent.isDirectory()) p.add(option + ": " + path + " cannot be created");
    else if (!parent.canWrite()) p.add(option + ": " + path + " cannot be created (" + parent + " is not writable)");
  }
}
