package org.dyad.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that knows where each row starts (character offset and line), which
 * general CSV libraries do not report reliably for quoted fields that span lines. Quotes inside a
 * quoted field are doubled; text after a closing quote ({@code "quoted" then text}, malformed in
 * RFC 4180) flags the row, which is rejected (spreadsheets keep the text and drop the quotes: a
 * silent change); blank lines are not rows. A field longer than the cap is cut and its row flagged.
 */
final class CsvReader {
  /** A quoted field still open at the end of the input. */
  static final class UnclosedQuoteException extends IOException {
    UnclosedQuoteException(String message) {
      super(message);
    }
  }

  private static final int EOF = -1;

  private final Reader in;
  private final int maxFieldChars;
  private final char[] buffer = new char[64 * 1024];
  private int length;
  private int pos;
  private long offset;
  private long line = 1;

  private long rowOffset;
  private long rowLine;
  private boolean rowTooLong;
  private String rowProblem;

  CsvReader(Reader in, int maxFieldChars) {
    this.in = in;
    this.maxFieldChars = maxFieldChars;
  }

  /** The next row's cells, or null at the end of the input. */
  List<String> next() throws IOException {
    int c;
    while ((c = peek()) == '\n' || c == '\r') take();
    if (c == EOF) return null;
    rowOffset = offset;
    rowLine = line;
    rowTooLong = false;
    rowProblem = null;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      cell.setLength(0);
      if (peek() == '"') {
        take();
        while (true) {
          c = take();
          if (c == EOF) {
            throw new UnclosedQuoteException(
                "quoted field opened at line " + rowLine + " is never closed");
          }
          if (c == '"') {
            if (peek() == '"') take();
            else break;
          }
          append(cell, c);
        }
        c = peek();
        if (c != ',' && c != '\n' && c != '\r' && c != EOF && rowProblem == null) {
          rowProblem =
              "text after the closing quote of cell "
                  + (cells.size() + 1)
                  + " (a quote inside a quoted cell is written \"\")";
        }
      }
      while ((c = peek()) != ',' && c != '\n' && c != '\r' && c != EOF) append(cell, take());
      cells.add(cell.toString());
      c = take();
      if (c == ',') continue;
      if (c == '\r' && peek() == '\n') take();
      return cells;
    }
  }

  long rowOffset() {
    return rowOffset;
  }

  long rowLine() {
    return rowLine;
  }

  boolean rowTooLong() {
    return rowTooLong;
  }

  /** What is malformed in the row just read, or null. */
  String rowProblem() {
    return rowProblem;
  }

  long offset() {
    return offset;
  }

  private void append(StringBuilder cell, int c) {
    if (cell.length() < maxFieldChars) cell.append((char) c);
    else rowTooLong = true;
  }

  private int peek() throws IOException {
    if (pos == length) {
      length = in.read(buffer);
      pos = 0;
      if (length <= 0) {
        length = 0;
        return EOF;
      }
    }
    return buffer[pos];
  }

  private int take() throws IOException {
    int c = peek();
    if (c == EOF) return EOF;
    pos++;
    offset++;
    if (c == '\n' || (c == '\r' && peek() != '\n')) line++;
    return c;
  }
}
