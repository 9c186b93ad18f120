package org.dyad.ingest;

import static org.dyad.ingest.ParserFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFileParserTest {
  private static RawRecord parse(byte[] text, String sidecar, ReaderSettings settings)
      throws IOException {
    InputFile f =
        InputFile.whole(
            "file:/c/a.txt",
            "c/a.txt",
            InputFormat.TEXT,
            sidecar == null ? null : "a.json",
            text.length,
            false);
    return TextFileParser.parse(
        new ByteArrayInputStream(text), sidecar == null ? null : utf8(sidecar), f, settings);
  }

  @Test
  void theFileIsTheTextAndTheSidecarGivesTheRest() throws IOException {
    RawRecord r =
        parse(
            utf8("Pompeo met Mogherini."),
            "{\"id\":\"x1\",\"published\":\"2019-05-15\",\"source\":\"AP\",\"text\":\"ignored\",\"desk\":\"dc\"}",
            SETTINGS);
    assertNull(r.reason);
    assertEquals("Pompeo met Mogherini.", r.text);
    assertEquals("x1", r.givenId);
    assertEquals("2019-05-15", r.publishedRaw);
    assertEquals("AP", r.source);
    assertEquals("dc", r.metadata.get("desk"));
    assertEquals("a.json", r.metadata.get("sidecar"));
  }

  @Test
  void withoutSidecarTheArticleIsUndated() throws IOException {
    RawRecord r = parse(utf8("text"), null, SETTINGS);
    assertNull(r.reason);
    assertNull(r.publishedRaw);
    assertNull(r.givenId);
  }

  @Test
  void aBrokenSidecarRejectsTheArticle() throws IOException {
    assertEquals("malformed_metadata", parse(utf8("text"), "{\"published\": ", SETTINGS).reason);
    assertEquals("malformed_metadata", parse(utf8("text"), "[1]", SETTINGS).reason);
    assertEquals(
        "malformed_metadata",
        parse(utf8("text"), "{\"published\": {\"y\": 2019}}", SETTINGS).reason);
  }

  @Test
  void rejectsBadBytesNulAndOversizedFiles() throws IOException {
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.writeBytes(utf8("ok "));
    bad.write(0x80);
    assertEquals("invalid_encoding", parse(bad.toByteArray(), null, SETTINGS).reason);
    assertEquals("nul_byte", parse(utf8("a\u0000b"), null, SETTINGS).reason);
    ReaderSettings tiny = new ReaderSettings(FieldMapping.of(Map.of()), null, 1);
    RawRecord big = parse(utf8("y".repeat(tiny.maxRecordBytes() + 1)), null, tiny);
    assertEquals("oversized", big.reason);
    assertTrue(big.snippet.length() <= 200);
  }

  @Test
  void utf16FilesAreReadByTheirByteOrderMark() throws IOException {
    String text = "Rouhani spoke in Tehran; Pompeo replied \u201Cno\u201D.";
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      RawRecord r = parse(("\uFEFF" + text).getBytes(cs), null, SETTINGS);
      assertNull(r.reason, cs + ": " + r.detail);
      assertEquals(text, r.text, cs.name());
    }
    // Without a mark, UTF-16 bytes are not UTF-8: rejected, not read as text with NULs in it.
    RawRecord r = parse(text.getBytes(StandardCharsets.UTF_16LE), null, SETTINGS);
    assertNotNull(r.reason);
  }

  @Test
  void latin1WhenAsked() throws IOException {
    ReaderSettings latin1 = new ReaderSettings(FieldMapping.of(Map.of()), "ISO-8859-1", 1000);
    RawRecord r = parse(new byte[] {'c', 'a', 'f', (byte) 0xE9}, null, latin1);
    assertNull(r.reason);
    assertEquals("caf\u00E9", r.text);
  }
}
