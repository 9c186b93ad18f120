package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Lines: one JSON object per line. Blank lines are not records. For a byte range of a large
 * file the stream starts one byte before the range, and the range owns the lines that start inside
 * it; a whole file (every compressed one) is read to the end of its stream.
 */
public final class JsonLinesParser {
  // Trailing content after the first value ("{..}{..}") is an error, not silently dropped.
  private static final ObjectMapper JSON = IngestJson.MAPPER;

  private JsonLinesParser() {}

  /**
   * @param in positioned at byte {@code max(0, file.start - 1)}
   */
  public static Iterator<RawRecord> parse(InputStream in, InputFile file, ReaderSettings settings) {
    Charset charset = settings.charsetFor(file.format);
    long origin = Math.max(0, file.start - 1);
    LineReader lines = new LineReader(in, settings.maxRecordBytes(), origin);
    boolean countLines = file.start == 0;
    return new RecordIterator(file, in) {
      boolean skipped = file.start == 0;
      long lineNumber = 0;

      @Override
      protected RawRecord readNext() throws IOException {
        if (!skipped) {
          skipped = true;
          if (!lines.next()) return null; // the tail of a line owned by the previous range
        }
        while (lines.next()) {
          // Only a byte range ends before the end of the stream. A whole file is read to its end:
          // for a
          // compressed file, file.end is its size on disk, and the offsets here count decompressed
          // bytes
          // (a .jsonl.gz of 2,000 records gave 189 of them, silently).
          if (file.isSplit() && lines.start() >= file.end) return null;
          lineNumber++;
          if (lines.blank()) continue;
          return record(lines, charset, countLines ? lineNumber : null, file, settings);
        }
        return null;
      }

      @Override
      protected long position() {
        return lines.position();
      }
    };
  }

  private static RawRecord record(
      LineReader lines, Charset charset, Long lineNumber, InputFile file, ReaderSettings settings) {
    RawRecord r = file.record(lines.start(), lineNumber);
    String raw = Decoding.decode(lines.bytes(), lines.length(), charset);
    if (lines.start() == 0) raw = Decoding.stripBom(raw);
    if (lines.tooLong()) {
      return r.reject(
          RejectReason.OVERSIZED,
          "line longer than "
              + lines.length()
              + " bytes (limit from ingest.maxChars="
              + settings.maxChars
              + ")",
          raw);
    }
    if (Decoding.hasInvalid(raw)) {
      return r.reject(RejectReason.INVALID_ENCODING, "bytes invalid in " + charset.name(), raw);
    }
    if (Decoding.hasNul(raw)) {
      return r.reject(RejectReason.NUL_BYTE, "NUL byte in the line", raw);
    }
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      return r.reject(RejectReason.MALFORMED_JSON, e.getOriginalMessage(), raw);
    }
    if (node == null || !node.isObject()) {
      String kind = node == null ? "nothing" : "a JSON " + node.getNodeType().name().toLowerCase();
      return r.reject(RejectReason.MALFORMED_JSON, "line is " + kind + ", not an object", raw);
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    RecordFields.fillFromJson(r, values, settings.fields, raw);
    if (r.text == null && !r.rejected()) r.snippet = RawRecord.snippet(raw);
    return r;
  }
}
