package org.dyad.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the records of one input file. A read error ends the file with one {@code
 * unreadable_file} record at the position reached, so records read before it are kept and the
 * failure is counted.
 */
abstract class RecordIterator implements Iterator<RawRecord> {
  private final InputFile file;
  private final Closeable source;
  private RawRecord next;
  private boolean done;

  RecordIterator(InputFile file, Closeable source) {
    this.file = file;
    this.source = source;
  }

  /** The next record, or null at the end of the file. */
  protected abstract RawRecord readNext() throws IOException;

  /** Byte or character offset reached, for the record that reports a read error. */
  protected abstract long position();

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readNext();
      } catch (IOException | RuntimeException e) {
        next =
            file.record(position(), null)
                .reject(RejectReason.UNREADABLE_FILE, "read failed: " + e, null);
        done = true;
      }
      if (next == null) {
        next = unreadRest();
        done = true;
      }
      if (done) closeQuietly();
    }
    return next != null;
  }

  /**
   * When the parser has ended a whole file, whether its data ended too (counted by the stream, not
   * the parser): if not, one {@code unreadable_file} reject for the rest; null when it did.
   */
  private RawRecord unreadRest() {
    if (file.isSplit() || !(source instanceof EndCheckedInputStream counted)) return null;
    long at = counted.stoppedAt();
    if (at < 0) return null;
    return file.record(at, null)
        .reject(
            RejectReason.UNREADABLE_FILE,
            "the reader stopped at byte "
                + at
                + " of the file's data, before its end: the rest was not read",
            null);
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    RawRecord r = next;
    next = null;
    return r;
  }

  private void closeQuietly() {
    try {
      source.close();
    } catch (IOException ignored) {
      // the records are already read; a failing close changes nothing about them
    }
  }
}
