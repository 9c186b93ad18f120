package org.dyad.run;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size of a run's local inputs, to size Spark by before it starts (0 for inputs on other file
 * systems).
 */
public final class InputSize {
  private InputSize() {}

  public static long bytes(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input.contains("://") && !input.startsWith("file:")) continue;
      Path p = new File(input.startsWith("file:") ? URI.create(input).getPath() : input).toPath();
      try (Stream<Path> files = Files.walk(p)) {
        total += files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      } catch (IOException | RuntimeException e) {
        // unreadable parts are the listing's to report; they do not size Spark
      }
    }
    return total;
  }
}
