package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where tests find the repository and the shared reference data (../shared from the repo root). */
public final class TestPaths {
  private TestPaths() {}

  public static Path repo() {
    return Path.of(System.getProperty("dyad.repo", "..")).toAbsolutePath().normalize();
  }

  public static Path shared() {
    return Path.of(System.getProperty("dyad.shared", "../../shared")).toAbsolutePath().normalize();
  }

  /**
   * A file under ../shared/data. Tests that read the reference corpora say so here: without
   * ../shared (a checkout on its own) they are skipped, with the reason, rather than failed.
   */
  public static Path sharedData(String relative) {
    Path p = shared().resolve("data").resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "needs the shared reference data, not found: " + p);
    return p;
  }

  public static Path seeds() {
    return repo().resolve("seeds");
  }
}
