package org.dyad.run;

/** The exit statuses of every dyad command (documented in the README and in `dyad --help`). */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;

  /** A bad option or configuration: nothing was run. */
  public static final int USAGE = 2;

  /** The run read nothing usable: every record was rejected, or there was no file to read. */
  public static final int NO_USABLE_INPUT = 3;

  /**
   * A stage failed: published reports are untouched; the failed run's manifest is in the staging
   * folder.
   */
  public static final int STAGE_FAILED = 4;
}
