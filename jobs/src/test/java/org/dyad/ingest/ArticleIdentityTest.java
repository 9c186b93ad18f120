package org.dyad.ingest;

import static org.dyad.ingest.ArticleValidationTest.dataset;
import static org.dyad.ingest.ArticleValidationTest.raw;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {
  private static RawRecord at(String id, String text, long offset) {
    return raw(id, text, null, r -> r.sourceOffset = offset);
  }

  @Test
  void hashesNormalizedTextAndRejectsConflictingIds() {
    List<RawRecord> records =
        List.of(
            at("dup", "First text.", 0),
            at("dup", "Different text!", 10),
            at("dup", "FIRST   text", 20),
            at(null, "No id here", 30),
            at("bad", null, 40));
    List<Row> out =
        ArticleIdentity.assign(
                ArticleValidation.validate(
                    dataset(records),
                    new ArticleValidation.Settings(1000, null, null, EpochUnit.AUTO)))
            .orderBy(Col.SOURCE_OFFSET)
            .collectAsList();
    String hash = out.get(0).getAs(Col.CONTENT_HASH);
    assertEquals(64, hash.length());
    assertNull(out.get(0).getAs(Col.REASON));
    assertEquals("duplicate_id", out.get(1).getAs(Col.REASON));
    assertTrue(
        ((String) out.get(1).getAs(Col.DETAIL)).contains("f.jsonl:1"),
        (String) out.get(1).getAs(Col.DETAIL));
    assertNull(
        out.get(2).getAs(Col.REASON),
        "same id and same normalized text: an exact copy, not a conflict");
    assertEquals(hash, out.get(2).getAs(Col.CONTENT_HASH));
    String hashOnly = out.get(3).getAs(Col.CONTENT_HASH);
    assertEquals(
        hashOnly.substring(0, ArticleIdentity.HASH_ID_LENGTH), out.get(3).getAs(Col.ARTICLE_ID));
    assertEquals(
        "missing_text", out.get(4).getAs(Col.REASON), "an invalid record keeps its own reason");
    assertNull(out.get(4).getAs(Col.CONTENT_HASH));
  }

  @Test
  void textsOfOnlyPunctuationOrEmojiAreNotAllOneText() {
    List<RawRecord> records =
        List.of(
            at(null, "!!!", 0),
            at(null, "\uD83D\uDE00\uD83D\uDE00", 10),
            at(null, "???", 20),
            at(null, "!!!", 30));
    List<Row> out =
        ArticleIdentity.assign(
                ArticleValidation.validate(
                    dataset(records),
                    new ArticleValidation.Settings(1000, null, null, EpochUnit.AUTO)))
            .orderBy(Col.SOURCE_OFFSET)
            .collectAsList();
    List<String> hashes = out.stream().map(r -> r.<String>getAs(Col.CONTENT_HASH)).toList();
    assertEquals(3, new HashSet<>(hashes).size(), "three different texts: " + hashes);
    assertEquals(hashes.get(0), hashes.get(3), "the same text is still a copy");
  }
}
