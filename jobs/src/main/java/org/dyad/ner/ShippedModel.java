package org.dyad.ner;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The NER model shipped with Dyad: {@code models/dyad-ner.zip} in the repository (its model card
 * beside it, {@code models/dyad-ner.md}), packed into the application jar as {@value #RESOURCE}.
 * Spark NLP loads pipelines from folders, so the archive is unpacked once per machine into a cache
 * folder named by its content hash, and reused by every later run.
 */
public final class ShippedModel {
  private ShippedModel() {}

  public static final String RESOURCE = "/org/dyad/ner/dyad-ner.zip";

  public static boolean available() {
    return ShippedModel.class.getResource(RESOURCE) != null;
  }

  /**
   * The cache folder: DYAD_CACHE, else $XDG_CACHE_HOME/dyad, else ~/.cache/dyad; the system's
   * temporary folder when none of those can be written.
   */
  static Path cacheRoot() {
    String explicit = System.getenv("DYAD_CACHE");
    if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path root =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg, "dyad")
            : Path.of(System.getProperty("user.home"), ".cache", "dyad");
    try {
      Files.createDirectories(root);
      if (Files.isWritable(root)) return root;
    } catch (IOException | SecurityException e) {
      // fall through to the temporary folder
    }
    return Path.of(
        System.getProperty("java.io.tmpdir"), "dyad-cache-" + System.getProperty("user.name"));
  }

  /** The unpacked model folder, unpacking it first when this version is not in the cache yet. */
  public static synchronized Path unpack() throws IOException {
    byte[] archive;
    try (InputStream in = ShippedModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null)
        throw new IOException("Dyad's NER model is not in this build (" + RESOURCE + ")");
      archive = in.readAllBytes();
    }
    Path root = cacheRoot();
    Path target = root.resolve("ner-" + sha256(archive).substring(0, 16));
    if (Files.isRegularFile(target.resolve(".complete"))) return target;
    Files.createDirectories(root);
    Path tmp = Files.createTempDirectory(root, "ner-unpacking-");
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        Path out = tmp.resolve(e.getName()).normalize();
        if (!out.startsWith(tmp))
          throw new IOException("Bad entry in " + RESOURCE + ": " + e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.writeString(tmp.resolve(".complete"), "");
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Another run unpacked it at the same time: use theirs.
      NerTraining.deleteRecursively(tmp);
      if (!Files.isRegularFile(target.resolve(".complete"))) throw e;
    }
    return target;
  }

  /**
   * Packs a model folder into the archive format {@link #unpack} reads (for `dyad train-ner
   * --pack`).
   */
  public static void pack(Path modelDir, Path archive) throws IOException {
    Files.createDirectories(archive.toAbsolutePath().getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive));
        var walk = Files.walk(modelDir)) {
      zip.setLevel(9);
      for (Path p : walk.sorted().toList()) {
        String name = modelDir.relativize(p).toString().replace(File.separatorChar, '/');
        if (name.isEmpty()
            || p.getFileName().toString().startsWith(".")
                && p.getFileName().toString().endsWith(".crc")) continue;
        ZipEntry e = new ZipEntry(Files.isDirectory(p) ? name + "/" : name);
        // Fixed times: the same model gives the same archive bytes.
        e.setTime(0);
        zip.putNextEntry(e);
        if (Files.isRegularFile(p)) Files.copy(p, zip);
        zip.closeEntry();
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
