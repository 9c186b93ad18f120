package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository and the shared reference data (../shared from the repo root). */
public final class TestPaths {
  private TestPaths() {}

  public static Path repo() {
    return Path.of(System.getProperty("dyad.repo", "..")).toAbsolutePath().normalize();
  }

  public static Path shared() {
    return Path.of(System.getProperty("dyad.shared", "../../shared")).toAbsolutePath().normalize();
  }

  /** A file under ../shared/data; the shared data is part of every checkout's workplace, so it must exist. */
  public static Path sharedData(String relative) {
    Path p = shared().resolve("data").resolve(relative);
    if (!Files.exists(p)) throw new IllegalStateException("Missing shared data: " + p);
    return p;
  }

  public static Path seeds() {
    return repo().resolve("seeds");
  }

}
