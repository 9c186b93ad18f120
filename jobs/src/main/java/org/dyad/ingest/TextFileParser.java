package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain-text file is one article. Its optional sidecar {@code name.json} beside {@code name.txt}
 * is a JSON object with the same fields as a JSON Lines record (id, source, url, title, published,
 * and any extra fields as metadata); the file's content is the text.
 */
public final class TextFileParser {
  // Trailing content after the first value ("{..}{..}") is an error, not silently dropped.
  private static final ObjectMapper JSON = IngestJson.MAPPER;

  private TextFileParser() {}

  /**
   * UTF-16 by its byte-order mark (FF FE little-endian, FE FF big-endian), as Windows editors save
   * "Unicode" text; null when the file has no UTF-16 mark. A whole file can be decoded by its mark;
   * JSON Lines and CSV are split into lines byte by byte, so there a UTF-16 file gives
   * invalid_encoding rejects.
   */
  static Charset utf16ByBom(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
      return StandardCharsets.UTF_16LE;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
      return StandardCharsets.UTF_16BE;
    return null;
  }

  /**
   * @param sidecar the sidecar's bytes, or null when there is none
   */
  public static RawRecord parse(
      InputStream in, byte[] sidecar, InputFile file, ReaderSettings settings) throws IOException {
    RawRecord r = file.record(0L, 1L);
    int limit = settings.maxRecordBytes();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    boolean tooLong = false;
    int n;
    while ((n = in.read(buffer)) > 0) {
      int keep = Math.min(n, limit - bytes.size());
      bytes.write(buffer, 0, keep);
      if (keep < n) {
        tooLong = true;
        break;
      }
    }
    byte[] content = bytes.toByteArray();
    Charset charset = utf16ByBom(content);
    if (charset == null) charset = settings.charsetFor(file.format);
    String text = Decoding.stripBom(Decoding.decode(content, content.length, charset));
    if (tooLong) {
      return r.reject(RejectReason.OVERSIZED, "file longer than " + limit + " bytes", text);
    }
    if (Decoding.hasInvalid(text)) {
      return r.reject(RejectReason.INVALID_ENCODING, "bytes invalid in " + charset.name(), text);
    }
    if (Decoding.hasNul(text)) {
      return r.reject(RejectReason.NUL_BYTE, "NUL byte in the file", text);
    }
    if (sidecar != null) {
      String json = new String(sidecar, StandardCharsets.UTF_8);
      JsonNode node;
      try {
        node = JSON.readTree(json);
      } catch (JsonProcessingException e) {
        return r.reject(
            RejectReason.MALFORMED_METADATA,
            "sidecar " + file.sidecar + ": " + e.getOriginalMessage(),
            json);
      }
      if (node == null || !node.isObject()) {
        return r.reject(
            RejectReason.MALFORMED_METADATA,
            "sidecar " + file.sidecar + " is not a JSON object",
            json);
      }
      Map<String, JsonNode> values = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
      RecordFields.fillFromJson(r, values, settings.fields, json);
      if (r.rejected()) {
        r.reason = RejectReason.MALFORMED_METADATA.code;
        r.detail = "sidecar " + file.sidecar + ": " + r.detail;
        return r;
      }
      r.metadata.put("sidecar", file.sidecar);
    }
    r.text = text;
    return r;
  }
}
