package org.dyad.home;

import java.io.File;
import java.nio.file.Path;

/**
 * The Dyad checkout a command runs from: {@code DYAD_HOME}, which scripts/dyad sets, else the
 * working folder. The one place that reads it: the sample corpus, the shipped models and the shared
 * reference data ({@code ../shared/data} beside the checkout) are found from here.
 */
public final class DyadHome {
  private DyadHome() {}

  public static final String VARIABLE = "DYAD_HOME";

  /** The checkout's folder, or null when {@code DYAD_HOME} is not set. */
  public static String get() {
    String home = System.getenv(VARIABLE);
    return home == null || home.isBlank() ? null : home;
  }

  /** A path inside the checkout ("seeds", "models/ner"); as given when DYAD_HOME is not set. */
  public static String file(String relative) {
    String home = get();
    return home == null ? relative : new File(home, relative).getPath();
  }

  /** The checkout's folder, the working folder when DYAD_HOME is not set. */
  public static Path path() {
    String home = get();
    return Path.of(home == null ? "." : home);
  }

  /** The shared reference data beside the checkout: {@code <home>/../shared/data}. */
  public static Path sharedData() {
    return path().resolve("..").resolve("shared").resolve("data").normalize();
  }
}
