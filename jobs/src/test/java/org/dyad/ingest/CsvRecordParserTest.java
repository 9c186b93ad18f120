package org.dyad.ingest;

import static org.dyad.ingest.ParserFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordParserTest {

  @Test
  void readsQuotedMultilineFieldsWithLocations() {
    String csv =
        "id,published,title,text,section\r\n"
            + "c1,2019-05-05,\"Title, with comma\",\"Line one\nline \"\"two\"\"\",world\r\n"
            + "\r\n"
            + "c2,2019-05-06,T2,plain text,\n";
    List<RawRecord> records = csv(utf8(csv), SETTINGS);
    assertEquals(2, records.size());
    RawRecord a = records.get(0);
    assertNull(a.reason, a.detail);
    assertEquals("c1", a.givenId);
    assertEquals("Title, with comma", a.title);
    assertEquals("Line one\nline \"two\"", a.text);
    assertEquals("world", a.metadata.get("section"));
    assertEquals(2L, a.sourceLine);
    assertEquals((long) "id,published,title,text,section\r\n".length(), a.sourceOffset);
    RawRecord b = records.get(1);
    assertEquals(5L, b.sourceLine, "the quoted newline and the blank line are counted");
    assertEquals("plain text", b.text);
    assertFalse(b.metadata.containsKey("section"), "empty cells are absent");
  }

  @Test
  void rejectsRowsWithTheWrongNumberOfCells() {
    List<RawRecord> records = csv(utf8("id,text\na,one\nb,two,extra\nc\nd,four\n"), SETTINGS);
    assertEquals(4, records.size());
    assertNull(records.get(0).reason);
    assertEquals("malformed_csv", records.get(1).reason);
    assertTrue(records.get(1).detail.contains("3 cells"), records.get(1).detail);
    assertEquals("malformed_csv", records.get(2).reason);
    assertEquals("four", records.get(3).text);
  }

  @Test
  void anUnclosedQuoteRejectsTheRestOfTheFile() {
    List<RawRecord> records = csv(utf8("id,text\na,one\nb,\"never closed\nc,three\n"), SETTINGS);
    assertEquals(2, records.size());
    assertEquals("one", records.get(0).text);
    assertEquals("malformed_csv", records.get(1).reason);
    assertEquals(3L, records.get(1).sourceLine);
  }

  @Test
  void rejectsInvalidBytesAndNul() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8("id,text\na,bad "));
    bytes.write(0xC3); // a lead byte with no continuation
    bytes.writeBytes(utf8("\nb,nul\u0000here\nc,fine\n"));
    List<RawRecord> records = csv(bytes.toByteArray(), SETTINGS);
    assertEquals("invalid_encoding", records.get(0).reason);
    assertEquals("nul_byte", records.get(1).reason);
    assertNull(records.get(2).reason);
  }

  @Test
  void headerWithByteOrderMarkAndRepeatedNames() {
    RawRecord r = csv(utf8("\uFEFFtext,note,note\nhello,a,b\n"), SETTINGS).get(0);
    assertEquals("hello", r.text);
    assertEquals("a", r.metadata.get("note"));
    assertEquals("b", r.metadata.get("note_2"));
  }

  @Test
  void aHeaderAloneHasNoRecords() {
    assertTrue(csv(utf8("id,text\n"), SETTINGS).isEmpty());
    assertTrue(csv(utf8(""), SETTINGS).isEmpty());
  }

  @Test
  void repeatedHeaderNamesAreMadeUniqueInLinearTime() {
    assertEquals(
        List.of("a", "b", "a_2", "a_3", "a_2_2", "b_2"),
        CsvRecordParser.uniqueNames(List.of("a", "b", "a", "a", "a_2", "b")));
    List<String> many = Collections.nCopies(10_000, "x");
    List<String> unique =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CsvRecordParser.uniqueNames(many));
    assertEquals(10_000, new HashSet<>(unique).size());
    assertEquals("x_10000", unique.get(9_999));
  }

  /** {@code "quoted" then text} is malformed in RFC 4180: rejected, not kept without its quotes. */
  @Test
  void textAfterAClosingQuoteIsMalformedNotSilentlyUnquoted() {
    List<RawRecord> records =
        csv(utf8("id,text\na,\"quoted\" then text\nb,\"fine \"\"quote\"\"\"\n"), SETTINGS);
    assertEquals("malformed_csv", records.get(0).reason);
    assertTrue(
        records.get(0).detail.contains("text after the closing quote of cell 2"),
        records.get(0).detail);
    assertNull(records.get(1).reason);
    assertEquals("fine \"quote\"", records.get(1).text);
  }

  /**
   * An empty text cell beside a body column: the record's detail says so and names the option that
   * reads it.
   */
  @Test
  void anEmptyTextCellBesideABodyColumnSaysWhichColumnWouldDo() {
    RawRecord r = csv(utf8("id,text,body\na,,Iran met Iraq.\n"), SETTINGS).get(0);
    assertNull(r.text);
    assertEquals(
        "column 'text' is empty; the record also has 'body' (--field text=body reads it)",
        r.detail);
  }
}
