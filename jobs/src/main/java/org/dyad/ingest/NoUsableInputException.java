package org.dyad.ingest;

/** The run read nothing it could use: no input files, or every record rejected. */
public final class NoUsableInputException extends RuntimeException {
  public NoUsableInputException(String message) {
    super(message);
  }
}
