package org.dyad.ingest;

import static org.apache.spark.sql.types.DataTypes.*;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * One record as a reader found it, before validation: the fields as given (dates still strings),
 * where it came from, and a reject reason when the reader itself could not parse it.
 */
public final class RawRecord implements Serializable {
  public static final String GIVEN_ID = Col.GIVEN_ID;
  public static final String PUBLISHED_RAW = Col.PUBLISHED_RAW;

  public static final StructType SCHEMA = IngestTables.RAW_RECORD;

  private static final int SNIPPET_CHARS = 200;

  public String inputFormat;
  public String sourceFile;
  public Long sourceOffset;
  public Long sourceLine;
  public String givenId;
  public String source;
  public String url;
  public String title;
  public String text;
  public String publishedRaw;
  public Map<String, String> metadata = new LinkedHashMap<>();
  public Map<String, List<String>> labels = new LinkedHashMap<>();
  public String reason;
  public String detail;
  public String snippet;

  public RawRecord(String inputFormat, String sourceFile, Long sourceOffset, Long sourceLine) {
    this.inputFormat = inputFormat;
    this.sourceFile = sourceFile;
    this.sourceOffset = sourceOffset;
    this.sourceLine = sourceLine;
  }

  private void rejectUnpairedSurrogates() {
    String[][] fields = {
      {"id", givenId},
      {"source", source},
      {"url", url},
      {"title", title},
      {"text", text},
      {"published", publishedRaw}
    };
    for (String[] f : fields) {
      int at = unpairedSurrogate(f[1]);
      if (at >= 0) {
        reject(
            RejectReason.INVALID_ENCODING,
            String.format(
                "unpaired UTF-16 surrogate \\u%04X at character %d of field '%s'",
                (int) f[1].charAt(at), at, f[0]),
            f[1]);
        return;
      }
    }
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      if (unpairedSurrogate(e.getKey()) >= 0 || unpairedSurrogate(e.getValue()) >= 0) {
        reject(
            RejectReason.INVALID_ENCODING,
            "unpaired UTF-16 surrogate in metadata field '" + snippet(e.getKey()) + "'",
            e.getValue());
        return;
      }
    }
  }

  /** The index of the first surrogate that is not half of a pair, or -1. */
  static int unpairedSurrogate(String s) {
    if (s == null) return -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return i;
    }
    return -1;
  }

  /** Marks this record rejected by its reader; the snippet shows the offending input. */
  public RawRecord reject(RejectReason why, String detail, String rawInput) {
    this.reason = why.code;
    this.detail = detail;
    this.snippet = snippet(rawInput);
    return this;
  }

  public boolean rejected() {
    return reason != null;
  }

  /** The first characters of the input, with control characters made visible. */
  public static String snippet(String raw) {
    if (raw == null) return null;
    String cut = raw.length() > SNIPPET_CHARS ? raw.substring(0, SNIPPET_CHARS) : raw;
    StringBuilder out = new StringBuilder(cut.length());
    cut.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\t') out.append(' ');
              else if (Character.isISOControl(cp)
                  || cp == 0xFFFF
                  || cp == 0xFFFD
                  || Character.isSurrogate((char) cp)) out.append(String.format("\\u%04X", cp));
              else out.appendCodePoint(cp);
            });
    return out.toString();
  }

  /**
   * The record as a row. A string with an unpaired UTF-16 surrogate (a JSON {@code "\\ud800"}
   * escape without its pair, or a snippet cut inside an emoji) has no UTF-8 form: Spark would write
   * it as {@code ?}, changing the value without a word, so such a record is rejected as {@code
   * invalid_encoding} instead.
   */
  public Row toRow() {
    if (!rejected()) rejectUnpairedSurrogates();
    Map<String, Seq<String>> labelSeqs = new LinkedHashMap<>();
    labels.forEach((k, v) -> labelSeqs.put(k, JavaConverters.asScalaBuffer(v)));
    return RowFactory.create(
        inputFormat,
        sourceFile,
        sourceOffset,
        sourceLine,
        givenId,
        source,
        url,
        title,
        text,
        publishedRaw,
        JavaConverters.mapAsScalaMap(metadata),
        JavaConverters.mapAsScalaMap(labelSeqs),
        reason,
        detail,
        snippet);
  }
}
