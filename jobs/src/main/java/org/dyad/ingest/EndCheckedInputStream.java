package org.dyad.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a whole file as its parser reads them, counted apart from the parser: when the
 * parser says the file has ended, {@link #stoppedAt} tells whether the data really ended there. A
 * reader that stops early (as the JSON Lines reader once did at a compressed file's size on disk,
 * keeping 189 of 2,000 records) then costs an {@code unreadable_file} reject instead of records
 * lost without a word.
 */
final class EndCheckedInputStream extends FilterInputStream {
  private long position;
  private boolean ended;

  EndCheckedInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) ended = true;
    else position++;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) ended = true;
    else position += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    position += skipped;
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * -1 when the data ended where the parser stopped; otherwise the byte (of the decompressed data)
   * at which the parser stopped with data still after it, or data that could not be read.
   */
  long stoppedAt() {
    if (ended) return -1;
    try {
      if (in.read() < 0) {
        ended = true;
        return -1;
      }
    } catch (IOException unreadable) {
      // the rest cannot be read either: it is still not read
    }
    return position;
  }
}
