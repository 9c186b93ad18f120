package org.dyad.config;

import java.util.List;

/**
 * The configuration cannot run: a bad option value, a missing input, an unwritable output, a
 * malformed actor file. Raised before Spark starts; the command line exits with status 2 and prints
 * every problem.
 */
public final class ConfigException extends RuntimeException {
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
