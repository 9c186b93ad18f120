package org.dyad.ingest;

import java.io.Serializable;

/**
 * One unit of reading: a file (or, for a large uncompressed JSON Lines file, a byte range of it),
 * its format, and for a text file its optional JSON sidecar.
 */
public final class InputFile implements Serializable {
  /** Fully qualified path, for opening. */
  public final String path;

  /**
   * The path as the user gave it (input argument + path below it): what tables and messages show.
   */
  public final String displayPath;

  public final InputFormat format;

  /** File name of the text file's JSON sidecar in the same folder, or null. */
  public final String sidecar;

  public final long length;
  public final long start;
  public final long end;
  public final boolean compressed;

  public InputFile(
      String path,
      String displayPath,
      InputFormat format,
      String sidecar,
      long length,
      long start,
      long end,
      boolean compressed) {
    this.path = path;
    this.displayPath = displayPath;
    this.format = format;
    this.sidecar = sidecar;
    this.length = length;
    this.start = start;
    this.end = end;
    this.compressed = compressed;
  }

  public static InputFile whole(
      String path,
      String displayPath,
      InputFormat format,
      String sidecar,
      long length,
      boolean compressed) {
    return new InputFile(path, displayPath, format, sidecar, length, 0, length, compressed);
  }

  public InputFile range(long from, long to) {
    return new InputFile(path, displayPath, format, sidecar, length, from, to, compressed);
  }

  /** A record of this file at a byte or character offset (null when unknown) and 1-based line. */
  public RawRecord record(Long offset, Long line) {
    return new RawRecord(format.code, displayPath, offset, line);
  }

  public boolean isSplit() {
    return start > 0 || end < length;
  }

  @Override
  public String toString() {
    return displayPath
        + (isSplit() ? "[" + start + "," + end + ")" : "")
        + " ("
        + format.code
        + ")";
  }
}
