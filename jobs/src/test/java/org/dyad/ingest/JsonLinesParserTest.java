package org.dyad.ingest;

import static org.dyad.ingest.ParserFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

  @Test
  void readsFieldsLocationsAndExtras() {
    String line1 =
        "{\"id\":\"a1\",\"text\":\"Iran and the"
            + " US\",\"published\":\"2019-05-15\",\"title\":\"T\",\"source\":\"S\",\"url\":\"u\",\"section\":\"world\",\"tags\":[\"x\",\"y\"]}";
    String line2 = "{\"text\":\"second\"}";
    List<RawRecord> records = jsonl(utf8(line1 + "\n\n" + line2 + "\r\n"), SETTINGS);
    assertEquals(2, records.size(), "blank lines are not records");
    RawRecord a = records.get(0);
    assertNull(a.reason);
    assertEquals("a1", a.givenId);
    assertEquals("Iran and the US", a.text);
    assertEquals("2019-05-15", a.publishedRaw);
    assertEquals("T", a.title);
    assertEquals("S", a.source);
    assertEquals("u", a.url);
    assertEquals(Map.of("section", "world", "tags", "[\"x\",\"y\"]"), a.metadata);
    assertEquals(0L, a.sourceOffset);
    assertEquals(1L, a.sourceLine);
    RawRecord b = records.get(1);
    assertEquals(line1.length() + 2, b.sourceOffset, "byte offset of the third line");
    assertEquals(3L, b.sourceLine);
    assertEquals("second", b.text);
  }

  @Test
  void noValueIsChangedOnTheWayIn() {
    List<RawRecord> records =
        jsonl(
            utf8(
                "{\"id\":\"twice\",\"text\":\"first\",\"text\":\"second\"}\n"
                    + "{\"id\":\"huge\",\"text\":\"t\",\"published\":1e400}\n"
                    + "{\"id\":\"huge-extra\",\"text\":\"t\",\"score\":-1e400}\n"
                    + "{\"id\":\"lone\",\"text\":\"a \\ud800 b\"}\n"
                    + "{\"id\":\"pair\",\"text\":\"a \\ud83d\\ude42"
                    + " b\",\"published\":1557914400.5}\n"),
            SETTINGS);
    // Which of two "text" members is the article? Neither: the line is malformed.
    assertEquals(RejectReason.MALFORMED_JSON.code, records.get(0).reason);
    assertTrue(records.get(0).detail.contains("Duplicate field 'text'"), records.get(0).detail);
    // A number past the double range would be read as "Infinity".
    assertEquals(RejectReason.INVALID_FIELD.code, records.get(1).reason);
    assertTrue(records.get(1).detail.contains("out of range"), records.get(1).detail);
    assertEquals(RejectReason.INVALID_FIELD.code, records.get(2).reason);
    // A lone surrogate has no UTF-8 form: Spark would write it as '?'. It is rejected when the row
    // is made.
    RawRecord lone = records.get(3);
    assertNull(lone.reason);
    lone.toRow();
    assertEquals(RejectReason.INVALID_ENCODING.code, lone.reason);
    assertTrue(lone.detail.contains("\\uD800") && lone.detail.contains("'text'"), lone.detail);
    RawRecord pair = records.get(4);
    pair.toRow();
    assertNull(pair.reason, "a surrogate pair (an emoji) is valid");
    assertEquals("a \uD83D\uDE42 b", pair.text);
    assertEquals("1557914400.5", pair.publishedRaw, "a decimal number keeps its digits");
  }

  @Test
  void fieldMappingPicksNamedFields() {
    ReaderSettings settings =
        new ReaderSettings(
            FieldMapping.of(Map.of("text", "body", "published", "when")), null, 1000);
    RawRecord r =
        jsonl(utf8("{\"body\":\"b\",\"text\":\"not this\",\"when\":\"2019-01-02\"}"), settings)
            .get(0);
    assertEquals("b", r.text);
    assertEquals("2019-01-02", r.publishedRaw);
    assertEquals("not this", r.metadata.get("text"), "unmapped fields are kept as metadata");
  }

  @Test
  void defaultAliasesFindBodyAndDate() {
    RawRecord r =
        jsonl(utf8("{\"body\":\"b\",\"date\":\"2019-01-02\",\"headline\":\"h\"}"), SETTINGS).get(0);
    assertEquals("b", r.text);
    assertEquals("2019-01-02", r.publishedRaw);
    assertEquals("h", r.title);
  }

  @Test
  void rejectsMalformedLinesAndKeepsGoing() {
    List<RawRecord> records =
        jsonl(
            utf8(
                "{\"text\":\"ok\"}\n"
                    + "{\"text\": \"cut\n"
                    + "[1,2]\n"
                    + "\"just a string\"\n"
                    + "{\"text\":\"ok2\"}\n"),
            SETTINGS);
    assertEquals(5, records.size());
    assertNull(records.get(0).reason);
    assertEquals("malformed_json", records.get(1).reason);
    assertEquals(2L, records.get(1).sourceLine);
    assertEquals("malformed_json", records.get(2).reason);
    assertTrue(records.get(2).detail.contains("array"), records.get(2).detail);
    assertEquals("malformed_json", records.get(3).reason);
    assertNull(records.get(4).reason);
    assertNotNull(records.get(1).snippet);
  }

  @Test
  void twoObjectsOnOneLineAreRejectedNotCutToTheFirst() {
    List<RawRecord> records =
        jsonl(utf8("{\"text\":\"one\"}{\"text\":\"two\"}\n{\"text\":\"three\"} \n"), SETTINGS);
    assertEquals(2, records.size());
    assertEquals(
        "malformed_json",
        records.get(0).reason,
        "the second object would have been dropped without a word");
    assertTrue(records.get(0).detail.toLowerCase().contains("trailing"), records.get(0).detail);
    assertFalse(records.get(1).rejected(), "trailing whitespace is fine");
    assertEquals("three", records.get(1).text);
  }

  @Test
  void rejectsWrongFieldTypes() {
    RawRecord r = jsonl(utf8("{\"text\":{\"nested\":1}}"), SETTINGS).get(0);
    assertEquals("invalid_field", r.reason);
    RawRecord n = jsonl(utf8("{\"text\":\"ok\",\"id\":7}"), SETTINGS).get(0);
    assertNull(n.reason, "a numeric id is read as text");
    assertEquals("7", n.givenId);
  }

  @Test
  void rejectsInvalidUtf8AndNulBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8("{\"text\":\"caf"));
    bytes.write(0xFF);
    bytes.writeBytes(utf8("\"}\n{\"text\":\"a\u0000b\"}\n{\"text\":\"escaped \\u0000 nul\"}\n"));
    List<RawRecord> records = jsonl(bytes.toByteArray(), SETTINGS);
    assertEquals("invalid_encoding", records.get(0).reason);
    assertTrue(
        records.get(0).snippet.contains("\\uFFFF"), "the snippet shows where the bad byte was");
    assertEquals("nul_byte", records.get(1).reason);
    assertNull(records.get(2).reason, "an escaped NUL parses; validation rejects it later");
    assertTrue(records.get(2).text.contains("\u0000"));
  }

  @Test
  void cutsOverlongLinesWithoutHoldingThem() {
    ReaderSettings small = new ReaderSettings(FieldMapping.of(Map.of()), null, 10);
    String huge = "{\"text\":\"" + "x".repeat(small.maxRecordBytes() + 10) + "\"}";
    List<RawRecord> records = jsonl(utf8(huge + "\n{\"text\":\"fine\"}\n"), small);
    assertEquals("oversized", records.get(0).reason);
    assertEquals("fine", records.get(1).text);
  }

  @Test
  void stripsByteOrderMark() {
    RawRecord r = jsonl(utf8("\uFEFF{\"text\":\"bom\"}"), SETTINGS).get(0);
    assertNull(r.reason);
    assertEquals("bom", r.text);
  }

  @Test
  void byteRangesTogetherReadEveryLineOnce() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 200; i++) s.append("{\"text\":\"line ").append(i).append("\"}\n");
    byte[] bytes = utf8(s.toString());
    InputFile whole = file("big.jsonl", InputFormat.JSONL, bytes.length);
    for (int split : new int[] {1, 7, 23, 100, 1000}) {
      List<String> texts = new ArrayList<>();
      for (long from = 0; from < bytes.length; from += split) {
        InputFile range = whole.range(from, Math.min(bytes.length, from + split));
        InputStream in = new ByteArrayInputStream(bytes);
        in.skipNBytes(Math.max(0, from - 1));
        JsonLinesParser.parse(in, range, SETTINGS)
            .forEachRemaining(
                r -> {
                  assertNull(r.reason, r.detail);
                  texts.add(r.text);
                });
      }
      assertEquals(200, texts.size(), "split size " + split);
      for (int i = 0; i < 200; i++) assertEquals("line " + i, texts.get(i));
    }
  }

  @Test
  void aReadErrorBecomesOneRejectAfterTheGoodRecords() {
    InputStream failing =
        new InputStream() {
          final byte[] head = utf8("{\"text\":\"before\"}\n{\"text\":\"par");
          int i;

          @Override
          public int read() throws IOException {
            if (i < head.length) return head[i++];
            throw new IOException("disk gone");
          }
        };
    List<RawRecord> records =
        list(JsonLinesParser.parse(failing, file("x.jsonl", InputFormat.JSONL, 100), SETTINGS));
    assertEquals(2, records.size());
    assertEquals("before", records.get(0).text);
    assertEquals("unreadable_file", records.get(1).reason);
    assertTrue(records.get(1).detail.contains("disk gone"));
  }

  /**
   * {"text": null, "body": "..."} said "no text field": now the detail names the null field and the
   * one that would do.
   */
  @Test
  void aNullTextBesideABodySaysSo() {
    RawRecord r =
        jsonl(utf8("{\"id\": \"a\", \"text\": null, \"body\": \"Iran met Iraq.\"}\n"), SETTINGS)
            .get(0);
    assertNull(r.text);
    assertEquals(
        "field 'text' is null; the record also has 'body' (--field text=body reads it)", r.detail);
    RawRecord alone = jsonl(utf8("{\"id\": \"b\", \"text\": null}\n"), SETTINGS).get(0);
    assertEquals("field 'text' is null", alone.detail);
  }
}
