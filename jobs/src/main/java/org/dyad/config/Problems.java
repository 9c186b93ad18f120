package org.dyad.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems validation finds in a configuration, all of them, so that one run reports them all.
 */
public final class Problems {
  private final List<String> found = new ArrayList<>();

  /** Records a problem unless the condition holds. */
  public Problems require(boolean ok, String problem) {
    if (!ok) found.add(problem);
    return this;
  }

  public Problems add(String problem) {
    found.add(problem);
    return this;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws a {@link ConfigException} with every problem found, if any. */
  public void throwIfAny() {
    if (!found.isEmpty()) throw new ConfigException(found);
  }
}
