package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads raw lines of bytes with the byte offset where each starts, without ever holding more than
 * {@code maxLineBytes} of one line: longer lines are cut, flagged, and skipped to their end.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int bufferLength;
  private int bufferPos;
  private long position;

  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineStart;
  private boolean lineTooLong;

  LineReader(InputStream in, int maxLineBytes, long startPosition) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.position = startPosition;
  }

  /** Reads the next line; false at the end of input. The line excludes its "\n" or "\r\n". */
  boolean next() throws IOException {
    lineLength = 0;
    lineTooLong = false;
    lineStart = position;
    boolean any = false;
    while (true) {
      if (bufferPos == bufferLength) {
        bufferLength = in.read(buffer);
        bufferPos = 0;
        if (bufferLength <= 0) {
          bufferLength = 0;
          if (any && lineLength > 0 && line[lineLength - 1] == '\r') lineLength--;
          return any;
        }
      }
      byte b = buffer[bufferPos++];
      position++;
      any = true;
      if (b == '\n') {
        if (lineLength > 0 && line[lineLength - 1] == '\r') lineLength--;
        return true;
      }
      if (lineLength < maxLineBytes) {
        if (lineLength == line.length)
          line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
        line[lineLength++] = b;
      } else {
        lineTooLong = true;
      }
    }
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLength;
  }

  long start() {
    return lineStart;
  }

  /** Byte offset just past the last line read. */
  long position() {
    return position;
  }

  boolean tooLong() {
    return lineTooLong;
  }

  boolean blank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') return false;
    }
    return true;
  }
}
