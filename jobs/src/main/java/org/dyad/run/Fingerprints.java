package org.dyad.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dyad.config.ActorsConfig;
import org.dyad.config.DyadConfig;

/**
 * What an append run compares to decide whether an earlier run's per-article work can be reused:
 * digests of the settings, the user's files and Dyad's own code that the work depends on.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /**
   * A digest of everything an article's sentences and mentions depend on besides its id, date and
   * text: the actor settings, the user's actor files and NER model (their bytes), and Dyad's own
   * code and resources (its dictionaries and shipped model are resources), with the Spark NLP
   * version. Mentions of an earlier run are reused only when this is unchanged.
   */
  public static String annotationFingerprint(ActorsConfig actors, Configuration conf)
      throws IOException {
    MessageDigest sha = sha256();
    update(sha, DyadConfig.JSON.writeValueAsString(actors));
    update(sha, Versions.all().getOrDefault("spark_nlp_built_with", "?"));
    codeDigest(sha);
    List<String> paths = new ArrayList<>(actors.files);
    if (actors.nerModel != null) paths.add(actors.nerModel);
    for (String p : paths) {
      Path path = new Path(p);
      FileSystem fs = path.getFileSystem(conf);
      List<Path> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) files.add(it.next().getPath());
      files.sort(null);
      for (Path f : files) {
        update(sha, f.toString().substring(fs.makeQualified(path).toString().length()));
        try (InputStream in = fs.open(f)) {
          update(sha, in);
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * A digest of everything an article's topic terms depend on besides its title and text: the topic
   * settings (the record the topic stages run with, as JSON) and Dyad's own code and resources (its
   * stop words among them).
   */
  public static String topicTextFingerprint(Object topics) throws IOException {
    MessageDigest sha = sha256();
    update(sha, DyadConfig.JSON.writeValueAsString(topics));
    update(sha, Versions.all().getOrDefault("spark_nlp_built_with", "?"));
    codeDigest(sha);
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Dyad's classes and resources: from the jar's directory of entries (name, size, CRC; no entry is
   * read), or from the class folder's files when run from a build.
   */
  static void codeDigest(MessageDigest sha) throws IOException {
    sha.update(ownCode());
  }

  /** Dyad's code does not change while the JVM runs: digested once. */
  private static volatile byte[] ownCode;

  private static byte[] ownCode() throws IOException {
    byte[] digest = ownCode;
    if (digest == null) {
      MessageDigest sha = sha256();
      digestOwnCode(sha);
      ownCode = digest = sha.digest();
    }
    return digest;
  }

  private static void digestOwnCode(MessageDigest sha) throws IOException {
    java.nio.file.Path location;
    try {
      location =
          java.nio.file.Path.of(
              Fingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IOException("Cannot find Dyad's own classes to fingerprint them", e);
    }
    if (Files.isDirectory(location)) {
      java.nio.file.Path own = location.resolve("org/dyad");
      List<java.nio.file.Path> files;
      try (Stream<java.nio.file.Path> walk = Files.walk(own)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (java.nio.file.Path f : files) {
        update(sha, own.relativize(f).toString());
        sha.update(Files.readAllBytes(f));
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        List<? extends ZipEntry> entries =
            jar.stream()
                .filter(e -> e.getName().startsWith("org/dyad/"))
                .sorted(Comparator.comparing(ZipEntry::getName))
                .toList();
        for (ZipEntry e : entries)
          update(sha, e.getName() + "\t" + e.getSize() + "\t" + e.getCrc());
      }
    }
  }

  /** The SHA-256 of a stream's bytes, in hex (a shipped model's, for the run manifest). */
  public static String sha256Hex(InputStream in) throws IOException {
    MessageDigest sha = sha256();
    update(sha, in);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
