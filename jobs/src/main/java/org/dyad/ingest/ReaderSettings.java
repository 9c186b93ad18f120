package org.dyad.ingest;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** What every reader needs to know, shipped to executors with the tasks. */
public final class ReaderSettings implements Serializable {
  public final FieldMapping fields;

  /**
   * The input encoding; null means each format's own default (UTF-8, ISO-8859-1 for Reuters SGML).
   */
  public final String encoding;

  public final int maxChars;

  public ReaderSettings(FieldMapping fields, String encoding, int maxChars) {
    this.fields = fields;
    this.encoding = encoding == null ? null : Charset.forName(encoding).name();
    this.maxChars = maxChars;
  }

  public Charset charsetFor(InputFormat format) {
    if (encoding != null) return Charset.forName(encoding);
    return format == InputFormat.REUTERS ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
  }

  /**
   * The most bytes of one record a line reader keeps: enough for maxChars characters of UTF-8 and
   * JSON escaping.
   */
  public int maxRecordBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxChars + 64 * 1024);
  }
}
