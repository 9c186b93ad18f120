package org.dyad.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.dyad.tables.Tables;

/**
 * Lists what a run reads: the files under each input path, each with its format (forced, or from
 * its extension), text files paired with their JSON sidecars, and large uncompressed JSON Lines
 * files cut into byte ranges. Hidden files (".", "_"), symbolic links inside an input folder and
 * files that are not regular files are not inputs, nor is a folder of Dyad reports (it holds a
 * {@code _manifest.json}); a file reached through two inputs (the same input given twice, a folder
 * and a file inside it) is read once. They, and any other file no reader takes, are listed as
 * skipped, with the reason, in the run manifest.
 */
public final class InputFiles {
  private InputFiles() {}

  public record Skipped(String path, String reason) {}

  public record Listing(List<InputFile> files, List<Skipped> skipped) {}

  /**
   * @param forced the format from --format, or null to detect each file's format from its name
   * @param splitBytes JSON Lines files larger than this are read in ranges of this size
   * @param exclude a folder never read (the run's own output), or null
   * @throws FileNotFoundException when an input path does not exist
   */
  public static Listing list(
      Configuration conf, List<String> inputs, InputFormat forced, long splitBytes, String exclude)
      throws IOException {
    List<InputFile> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    // Each file once: the file (its real path on the local file system) -> the input that first
    // reached it.
    Map<String, String> reachedBy = new HashMap<>();
    for (String input : inputs) {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) throw new FileNotFoundException("Input not found: " + input);
      List<FileStatus> found = new ArrayList<>();
      List<NotRead> notRead = new ArrayList<>();
      collect(fs, fs.getFileStatus(root), found, notRead, exclude);
      found.sort(Comparator.comparing(s -> s.getPath().toString()));
      String rootQualified = fs.makeQualified(root).toString();
      List<FileStatus> once = new ArrayList<>();
      for (FileStatus s : found) {
        String first = reachedBy.putIfAbsent(identity(fs, s.getPath()), input);
        if (first == null) once.add(s);
        else
          skipped.add(
              new Skipped(
                  display(input, rootQualified, s.getPath().toString()),
                  ALREADY_LISTED + " '" + first + "'"));
      }
      found = once;
      notRead.sort(Comparator.comparing(n -> n.path().toString()));
      for (NotRead n : notRead)
        skipped.add(
            new Skipped(
                display(input, rootQualified, fs.makeQualified(n.path()).toString()), n.reason()));
      Set<String> names = new HashSet<>();
      found.forEach(s -> names.add(s.getPath().toString()));
      Set<String> sidecars = new HashSet<>();
      for (FileStatus s : found) {
        String p = s.getPath().toString();
        if (isTextCandidate(p, forced, codecs)) {
          String json = stripExtension(uncompressedName(p, codecs)) + ".json";
          if (names.contains(json)) sidecars.add(json);
        }
      }
      for (FileStatus s : found) {
        String p = s.getPath().toString();
        String display = display(input, rootQualified, p);
        if (sidecars.contains(p)) continue;
        String name = uncompressedName(p, codecs);
        boolean compressed = !name.equals(p);
        Optional<InputFormat> format =
            forced != null
                ? Optional.of(forced).filter(f -> f.accepts(name))
                : InputFormat.detect(name);
        if (format.isEmpty()) {
          skipped.add(
              new Skipped(
                  display,
                  forced != null
                      ? "not a " + forced.code + " file"
                      : "no reader for this file name (use --format to force one)"));
          continue;
        }
        InputFormat f = format.get();
        String sidecar = null;
        if (f == InputFormat.TEXT) {
          String json = stripExtension(name) + ".json";
          if (sidecars.contains(json)) sidecar = new Path(json).getName();
        }
        InputFile whole = InputFile.whole(p, display, f, sidecar, s.getLen(), compressed);
        if (f == InputFormat.JSONL && !compressed && s.getLen() > splitBytes) {
          for (long from = 0; from < s.getLen(); from += splitBytes) {
            files.add(whole.range(from, Math.min(s.getLen(), from + splitBytes)));
          }
        } else {
          files.add(whole);
        }
      }
    }
    return new Listing(files, skipped);
  }

  /** An entry of an input folder that is not read, and why. */
  private record NotRead(Path path, String reason) {}

  static final String HIDDEN = "hidden name (starts with . or _, as Hadoop and Spark leave out)";
  static final String SYMLINK =
      "symbolic link, not followed inside an input folder (give its target as an input to read it)";
  static final String NOT_REGULAR = "not a regular file (a FIFO, device or socket)";
  static final String REPORTS_FOLDER =
      "a Dyad reports folder (it holds "
          + Tables.MANIFEST_FILE
          + "), not corpus: give one of its tables (e.g. its articles/ folder) to read it";
  static final String ALREADY_LISTED = "read once: the same file is also under the input";

  /**
   * What makes two paths one file: the real path on the local file system (links and ./ resolved),
   * else the qualified path.
   */
  private static String identity(FileSystem fs, Path path) throws IOException {
    java.nio.file.Path local = local(fs, path);
    return local != null ? local.toRealPath().toString() : fs.makeQualified(path).toString();
  }

  /**
   * The files under a status, depth first. Inside a folder on the local file system, symbolic links
   * are not followed (a link to /etc/passwd, or a loop back to a parent, is listed as skipped) and
   * only regular files are read (a FIFO or /dev/zero would never end); an input given by name is
   * followed.
   */
  private static void collect(
      FileSystem fs, FileStatus status, List<FileStatus> out, List<NotRead> notRead, String exclude)
      throws IOException {
    if (status.getPath().toString().equals(exclude)) return;
    java.nio.file.Path local = local(fs, status.getPath());
    if (status.isFile()) {
      if (local != null && !Files.isRegularFile(local))
        notRead.add(new NotRead(status.getPath(), NOT_REGULAR));
      else out.add(status);
      return;
    }
    if (fs.exists(new Path(status.getPath(), Tables.MANIFEST_FILE))) {
      notRead.add(new NotRead(status.getPath(), REPORTS_FOLDER));
      return;
    }
    if (local != null) {
      List<java.nio.file.Path> children = new ArrayList<>();
      try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(local)) {
        entries.forEach(children::add);
      }
      children.sort(Comparator.comparing(java.nio.file.Path::toString));
      for (java.nio.file.Path child : children) {
        Path childPath = new Path("file", null, child.toAbsolutePath().toString());
        String name = child.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_"))
          notRead.add(new NotRead(childPath, HIDDEN));
        else if (Files.isSymbolicLink(child)) notRead.add(new NotRead(childPath, SYMLINK));
        else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
            || Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
          collect(fs, fs.getFileStatus(childPath), out, notRead, exclude);
        } else {
          notRead.add(new NotRead(childPath, NOT_REGULAR));
        }
      }
      return;
    }
    for (FileStatus child : fs.listStatus(status.getPath())) {
      String name = child.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_"))
        notRead.add(new NotRead(child.getPath(), HIDDEN));
      else collect(fs, child, out, notRead, exclude);
    }
  }

  /** The path on the local file system, or null for any other file system (HDFS, S3, ...). */
  private static java.nio.file.Path local(FileSystem fs, Path path) {
    if (!"file".equals(fs.getUri().getScheme())) return null;
    return Paths.get(fs.makeQualified(path).toUri());
  }

  private static boolean isTextCandidate(
      String path, InputFormat forced, CompressionCodecFactory codecs) {
    String name = uncompressedName(path, codecs);
    return forced == null
        ? InputFormat.detect(name).filter(f -> f == InputFormat.TEXT).isPresent()
        : forced == InputFormat.TEXT && forced.accepts(name);
  }

  /** The path without a compression suffix (.gz, .bz2, ...) that Hadoop knows. */
  private static String uncompressedName(String path, CompressionCodecFactory codecs) {
    var codec = codecs.getCodec(new Path(path));
    return codec == null
        ? path
        : CompressionCodecFactory.removeSuffix(path, codec.getDefaultExtension());
  }

  private static String stripExtension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(0, dot) : path;
  }

  private static String display(String input, String rootQualified, String path) {
    if (path.equals(rootQualified)) return input;
    String below =
        path.startsWith(rootQualified + "/") ? path.substring(rootQualified.length() + 1) : path;
    return input.endsWith("/") ? input + below : input + "/" + below;
  }
}
