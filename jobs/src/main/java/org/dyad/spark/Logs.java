package org.dyad.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * How much Spark, Spark NLP and Hadoop log. Dyad prints its own progress lines; by default their
 * logging shows only what would stop a run (FATAL), so that a run prints a line per stage and
 * nothing else. --verbose brings back their warnings and information (INFO). TensorFlow's native
 * logging is set by the TF_CPP_MIN_LOG_LEVEL environment variable, which scripts/dyad sets.
 */
public final class Logs {
  private Logs() {}

  public static void configure(boolean verbose) {
    Configurator.setRootLevel(verbose ? Level.INFO : Level.FATAL);
  }
}
