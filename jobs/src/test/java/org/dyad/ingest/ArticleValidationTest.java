package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.SparkTestSession;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

class ArticleValidationTest {

  static RawRecord raw(String id, String text, String published, Consumer<RawRecord> more) {
    RawRecord r = new RawRecord("jsonl", "f.jsonl", 0L, 1L);
    r.givenId = id;
    r.text = text;
    r.publishedRaw = published;
    if (more != null) more.accept(r);
    return r;
  }

  static Dataset<Row> dataset(List<RawRecord> records) {
    List<Row> rows = new ArrayList<>();
    records.forEach(r -> rows.add(r.toRow()));
    return SparkTestSession.get().createDataFrame(rows, RawRecord.SCHEMA);
  }

  static Map<String, Row> byId(Dataset<Row> rows) {
    Map<String, Row> out = new HashMap<>();
    rows.collectAsList().forEach(r -> out.put(r.getAs(RawRecord.GIVEN_ID), r));
    return out;
  }

  @Test
  void setsReasonsDatesAndDefaults() {
    List<RawRecord> records =
        List.of(
            raw("ok", "Iran and the United States", "2019-05-15T10:00:00+02:00", null),
            raw("undated", "text", null, null),
            raw("blank", "  \n ", null, null),
            raw("wide-blank", " \u00A0\u3000\u2028\u200B\uFEFF\t", null, null),
            raw("punctuation", "?!", null, null),
            raw("none", null, null, null),
            raw("baddate", "text", "next Tuesday", null),
            raw("nul", "a\u0000b", null, null),
            raw("invalid", "caf\uFFFF", null, null),
            raw("badtitle", "fine", null, r -> r.title = "t\uFFFF"),
            raw("big", "x".repeat(31), null, null),
            raw(
                "reader",
                "text",
                null,
                r -> r.reject(RejectReason.MALFORMED_JSON, "from the reader", "{...")));
    Map<String, Row> out =
        byId(
            ArticleValidation.validate(
                dataset(records),
                new ArticleValidation.Settings(30, null, "Default Wire", EpochUnit.AUTO)));
    assertNull(out.get("ok").getAs(Col.REASON));
    assertEquals(
        Timestamp.from(Instant.parse("2019-05-15T08:00:00Z")), out.get("ok").getAs(Col.PUBLISHED));
    assertEquals("Default Wire", out.get("ok").getAs(Col.SOURCE));
    assertNull(out.get("undated").getAs(Col.REASON));
    assertNull(out.get("undated").getAs(Col.PUBLISHED));
    assertEquals("missing_text", out.get("blank").getAs(Col.REASON));
    assertEquals("missing_text", out.get("none").getAs(Col.REASON));
    assertEquals(
        "missing_text",
        out.get("wide-blank").getAs(Col.REASON),
        "no-break, ideographic and zero-width spaces are blank too");
    assertNull(out.get("punctuation").getAs(Col.REASON), "punctuation is text, kept as given");
    assertEquals("unparseable_date", out.get("baddate").getAs(Col.REASON));
    assertTrue(((String) out.get("baddate").getAs(Col.DETAIL)).contains("next Tuesday"));
    assertEquals("nul_byte", out.get("nul").getAs(Col.REASON));
    assertEquals("invalid_encoding", out.get("invalid").getAs(Col.REASON));
    assertEquals("invalid_encoding", out.get("badtitle").getAs(Col.REASON));
    assertEquals("oversized", out.get("big").getAs(Col.REASON));
    assertEquals("malformed_json", out.get("reader").getAs(Col.REASON));
    assertEquals("from the reader", out.get("reader").getAs(Col.DETAIL));
    assertEquals("{...", out.get("reader").getAs(Col.SNIPPET));
    assertEquals(
        "a\\u0000b", out.get("nul").getAs(Col.SNIPPET), "snippets show control characters");
  }

  @Test
  void theDefaultDateDatesOnlyUndatedArticles() {
    Map<String, Row> out =
        byId(
            ArticleValidation.validate(
                dataset(List.of(raw("a", "t", null, null), raw("b", "t", "2020-01-01", null))),
                new ArticleValidation.Settings(100, "2019-05-15", null, EpochUnit.AUTO)));
    assertEquals(
        Timestamp.from(Instant.parse("2019-05-15T00:00:00Z")), out.get("a").getAs(Col.PUBLISHED));
    assertEquals(
        Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")), out.get("b").getAs(Col.PUBLISHED));
  }

  @Test
  void anUnreadableDefaultDateIsAConfigurationError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ArticleValidation.Settings(100, "someday", null, EpochUnit.AUTO));
  }
}
