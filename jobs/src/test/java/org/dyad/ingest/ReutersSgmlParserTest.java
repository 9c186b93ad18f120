package org.dyad.ingest;

import static org.dyad.ingest.ParserFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.TestPaths;
import org.junit.jupiter.api.Test;

class ReutersSgmlParserTest {

  private static List<RawRecord> parseShared(String name) throws IOException {
    Path p = TestPaths.sharedData("reuters21578/" + name);
    try (InputStream in = Files.newInputStream(p)) {
      return ReutersSgmlParser.parse(
          in,
          InputFile.whole(
              p.toUri().toString(), name, InputFormat.REUTERS, null, Files.size(p), false),
          SETTINGS);
    }
  }

  @Test
  void readsTheFirstDistributionFile() throws IOException {
    List<RawRecord> records = parseShared("reut2-000.sgm");
    assertEquals(1000, records.size());
    Set<String> ids = new HashSet<>();
    records.forEach(r -> ids.add(r.givenId));
    assertEquals(1000, ids.size(), "NEWIDs are unique");

    RawRecord first = records.get(0);
    assertEquals("reuters-1", first.givenId);
    assertEquals("BAHIA COCOA REVIEW", first.title);
    assertEquals("1987-02-26T15:01:01Z", first.publishedRaw);
    assertEquals("SALVADOR, Feb 26 -", first.metadata.get("dateline"));
    assertEquals(List.of("cocoa"), first.labels.get("topics"));
    assertEquals(List.of("el-salvador", "usa", "uruguay"), first.labels.get("places"));
    assertTrue(
        first.text.startsWith("SALVADOR, Feb 26 - Showers continued throughout the week"),
        "dateline, then body: " + first.text.substring(0, 40));
    assertTrue(
        first.text.endsWith("Reuter"),
        "the &#3; terminator is dropped: " + first.text.substring(first.text.length() - 20));
    assertEquals(2L, first.sourceLine);
    assertEquals((long) "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n".length(), first.sourceOffset);
    for (RawRecord r : records) {
      for (int i = 0; i < r.text.length(); i++) {
        char c = r.text.charAt(i);
        assertFalse(
            Character.isISOControl(c) && c != '\n' && c != '\t',
            "control character in " + r.givenId);
      }
      assertFalse(r.text.contains("&lt;"), "entities are decoded in " + r.givenId);
    }
  }

  @Test
  void briefsUseTheirTitleAndUnprocessedRecordsTheirRawText() throws IOException {
    List<RawRecord> records = parseShared("reut2-000.sgm");
    RawRecord brief =
        records.stream()
            .filter(r -> "BRIEF".equals(r.metadata.get("text_type")))
            .findFirst()
            .orElseThrow();
    assertEquals(brief.title, brief.text);
    RawRecord unproc =
        records.stream()
            .filter(r -> "UNPROC".equals(r.metadata.get("text_type")))
            .findFirst()
            .orElseThrow();
    assertNull(unproc.title);
    assertTrue(unproc.text.startsWith("FEDERAL RESERVE WEEKLY REPORT"), unproc.text);
  }

  @Test
  void readsTheFileWithTheStrayLatin1Byte() throws IOException {
    List<RawRecord> records = parseShared("reut2-017.sgm");
    assertEquals(1000, records.size());
    assertTrue(
        records.stream().anyMatch(r -> r.text != null && r.text.contains("growth.\u00FC")),
        "0xFC read as ISO-8859-1");
  }

  @Test
  void irregularDatesKeepTheirLeadingDate() {
    assertEquals(
        "1987-03-27T00:02:59Z", ReutersSgmlParser.isoDate("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM"));
    assertEquals("1987-03-05T10:20:30Z", ReutersSgmlParser.isoDate(" 5-MAR-1987  10:20:30.00"));
    assertEquals("1987-03-05", ReutersSgmlParser.isoDate("5-MAR-1987"));
    assertEquals("garbage", ReutersSgmlParser.isoDate("garbage"));
  }

  @Test
  void neverResolvesEntitiesOrDtds() throws IOException {
    String sgml =
        "<!DOCTYPE lewis [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<REUTERS NEWID=\"7\"><DATE>1-MAR-1987</DATE><TEXT><TITLE>T &amp; Co &lt;TC></TITLE>"
            + "<BODY>Body &xxe; here &#3;</BODY></TEXT></REUTERS>";
    RawRecord r = reuters(sgml.getBytes(StandardCharsets.ISO_8859_1)).get(0);
    assertEquals("T & Co <TC>", r.title);
    assertEquals("Body &xxe; here", r.text, "an unknown entity stays literal text");
    assertFalse(r.text.contains("root:"));
  }

  @Test
  void rejectsUnclosedRecordsAndRecordsWithoutId() throws IOException {
    String sgml =
        "<REUTERS NEWID=\"1\"><TEXT><BODY>one</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"2\"><TEXT><BODY>never closed</BODY></TEXT>\n"
            + "<REUTERS OLDID=\"9\"><TEXT><BODY>no id</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"4\"><TEXT><BODY>four</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"5\"><TEXT></TEXT></REUTERS>\n";
    List<RawRecord> records = reuters(sgml.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(5, records.size());
    assertEquals("one", records.get(0).text);
    assertEquals("malformed_sgml", records.get(1).reason);
    assertEquals(2L, records.get(1).sourceLine);
    assertEquals("malformed_sgml", records.get(2).reason);
    assertEquals("four", records.get(3).text);
    assertNull(records.get(4).reason, "an empty text is rejected by validation, not the reader");
    assertTrue(records.get(4).text == null || records.get(4).text.isBlank());
  }

  @Test
  void theScannersMatchTheRegexesTheyReplaced() {
    Pattern tag = Pattern.compile("</?[A-Z]+\\b[^>]*>");
    Pattern text = Pattern.compile("<TEXT\\b([^>]*)>(.*?)</TEXT>", Pattern.DOTALL);
    for (String s :
        List.of(
            "plain",
            "<B>bold</B> and <I x=1>it</I>",
            "<Br>",
            "<AB_x>",
            "a < b > c",
            "<A",
            "</P>end",
            "<ABC>x<DEF",
            "x <A9> y",
            "<<A>>",
            "<TEXT TYPE=\"UNPROC\">&#2; body</TEXT>",
            "<TEXTS>no</TEXTS><TEXT>yes</TEXT>",
            "<TEXT>open only",
            "<TEXT x>a</TEXT><TEXT>b</TEXT>")) {
      assertEquals(tag.matcher(s).replaceAll(" "), ReutersSgmlParser.withoutTags(s), s);
      Matcher m = text.matcher(s);
      String[] found = ReutersSgmlParser.textElement(s);
      if (m.find()) assertArrayEquals(new String[] {m.group(1), m.group(2)}, found, s);
      else assertNull(found, s);
    }
  }

  /**
   * Records built to make backtracking regexes quadratic (they stalled a run): each parses in well
   * under a second.
   */
  @Test
  void hostileRecordsDoNotStall() throws IOException {
    List<String> hostile =
        List.of(
            "<REUTERS NEWID=\"1\"><TEXT>" + "<TEXT ".repeat(80_000) + "</REUTERS>",
            "<REUTERS NEWID=\"2\"><PLACES>"
                + "<D>".repeat(130_000)
                + "</PLACES><TEXT>x</TEXT></REUTERS>",
            "<REUTERS NEWID=\"3\"><TEXT TYPE=\"UNPROC\">"
                + "<A".repeat(200_000)
                + "</TEXT></REUTERS>",
            "<REUTERS " + "a".repeat(400_000) + "><TEXT>x</TEXT></REUTERS>",
            "<REUTERS".repeat(50_000));
    for (String record : hostile) {
      List<RawRecord> records =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> reuters(record.getBytes(StandardCharsets.ISO_8859_1)),
              record.substring(0, 40));
      assertEquals(1, records.size(), record.substring(0, 40));
    }
    List<RawRecord> unclosed =
        reuters(
            "<REUTERS NEWID=\"1\"><TEXT><BODY>ok</BODY></TEXT></REUTERS>\n<REUTERS NEWID=\"2\" cut"
                .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        2,
        unclosed.size(),
        "an opening tag cut off at the end of the file is a reject, not nothing");
    assertEquals("malformed_sgml", unclosed.get(1).reason);
    assertEquals(2L, unclosed.get(1).sourceLine);
  }

  private static String sgml(String title, String body) {
    return "<REUTERS NEWID=\"1\"><DATE>13-MAY-2019 10:00:00.00</DATE><TEXT><TITLE>"
        + title
        + "</TITLE><BODY>"
        + body
        + "</BODY></TEXT></REUTERS>\n"
        + "<REUTERS NEWID=\"2\"><DATE>13-MAY-2019"
        + " 10:00:00.00</DATE><TEXT><TITLE>T</TITLE><BODY>second \u00e9</BODY></TEXT></REUTERS>\n";
  }

  /**
   * Bytes 0x80-0x9F are control characters in ISO-8859-1 and were deleted: "IRAN “TALKS”" became
   * "IRAN TALKS". A file holding them is read as windows-1252 (or UTF-8 when it is valid UTF-8),
   * and its records say so; the second record's source offset is still its byte offset.
   */
  @Test
  void windows1252PunctuationIsReadNotDeleted() throws IOException {
    String text =
        sgml("IRAN \u201cTALKS\u201d", "It will cost \u20ac 5 mln \u2013 officials said.");
    for (Charset cs : List.of(Charset.forName("windows-1252"), StandardCharsets.UTF_8)) {
      byte[] bytes = text.getBytes(cs);
      List<RawRecord> records = reuters(bytes);
      assertEquals("IRAN \u201cTALKS\u201d", records.get(0).title, cs.name());
      assertEquals(
          "It will cost \u20ac 5 mln \u2013 officials said.", records.get(0).text, cs.name());
      assertEquals("second \u00e9", records.get(1).text, cs.name());
      assertEquals(cs.name(), records.get(0).metadata.get(ReutersSgmlParser.ENCODING_DETECTED));
      int second = new String(bytes, cs).indexOf("<REUTERS NEWID=\"2\"");
      assertEquals(
          new String(bytes, cs).substring(0, second).getBytes(cs).length,
          records.get(1).sourceOffset,
          cs.name() + ": a byte offset");
    }
    // Without such bytes: ISO-8859-1, as Reuters-21578 is, and nothing noted.
    List<RawRecord> latin =
        reuters(sgml("CAFE", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("Caf\u00e9", latin.get(0).text);
    assertNull(latin.get(0).metadata.get(ReutersSgmlParser.ENCODING_DETECTED));
  }
}
