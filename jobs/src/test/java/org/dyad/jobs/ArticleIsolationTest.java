package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.SparkTestSession;
import org.dyad.spark.Kept;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

/** Finding the articles a Spark job fails on, by halving ranges of article ids. */
class ArticleIsolationTest {
  /**
   * Articles a00..a(n-1); the work keeps them, and a task fails on any whose id is in {@code bad}.
   */
  private static Dataset<Row> articles(int n) {
    SparkSession spark = SparkTestSession.get();
    return spark
        .range(n)
        .select(format_string("a%02d", col("id")).as(Col.ARTICLE_ID))
        .repartition(3);
  }

  private static Dataset<Row> work(Dataset<Row> some, List<String> bad) {
    return Kept.keep(
        some.where(assert_true(not(col(Col.ARTICLE_ID).isin(bad.toArray()))).isNull()));
  }

  private static Exception failure(Dataset<Row> all, List<String> bad) {
    return assertThrows(Exception.class, () -> work(all, bad));
  }

  @Test
  void findsEachFailingArticleAndKeepsTheRest() {
    Dataset<Row> all = articles(37);
    List<String> bad = List.of("a05", "a06", "a30");
    Exception original = failure(all, bad);
    assertTrue(ArticleIsolation.isTaskFailure(original), original.toString());

    ArticleIsolation.Outcome<Dataset<Row>> outcome =
        ArticleIsolation.isolate(all, some -> work(some, bad), Kept::release, original);
    assertEquals(
        bad,
        outcome.failures().stream().map(ArticleIsolation.Failure::articleId).toList(),
        "in id order");
    for (ArticleIsolation.Failure f : outcome.failures()) {
      assertTrue(f.error().startsWith("RuntimeException: "), f.error());
      assertTrue(f.error().contains("is not true"), f.error());
      assertFalse(
          f.error().matches(".*#\\d+.*"),
          "no expression ids, which differ between runs: " + f.error());
    }
    TreeSet<String> kept = new TreeSet<>();
    for (Dataset<Row> piece : outcome.pieces())
      piece.collectAsList().forEach(r -> kept.add(r.getString(0)));
    assertEquals(34, kept.size());
    for (String b : bad) assertFalse(kept.contains(b));
    // about 2 log2(n) ranges per failing article, not one per article
    assertTrue(outcome.pieces().size() <= 3 * 2 * 6, "pieces: " + outcome.pieces().size());
  }

  @Test
  void tooManyFailuresFailWithTheOriginalError() {
    Dataset<Row> all = articles(30);
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < ArticleIsolation.MAX_FAILURES + 1; i++) bad.add(String.format("a%02d", i));
    Exception original = failure(all, bad);
    Exception raised =
        assertThrows(
            Exception.class,
            () -> ArticleIsolation.isolate(all, some -> work(some, bad), Kept::release, original));
    assertSame(original, raised);
    assertTrue(
        raised
            .getSuppressed()[0]
            .getMessage()
            .contains("more than " + ArticleIsolation.MAX_FAILURES),
        raised.getSuppressed()[0].getMessage());
  }

  @Test
  void aFailureOfTheDriversOwnWorkIsRaisedAsItIs() {
    Dataset<Row> all = articles(4);
    IllegalStateException driver = new IllegalStateException("no such file");
    assertFalse(ArticleIsolation.isTaskFailure(driver));
    Exception original = failure(all, List.of("a01"));
    IllegalStateException raised =
        assertThrows(
            IllegalStateException.class,
            () ->
                ArticleIsolation.isolate(
                    all,
                    some -> {
                      throw driver;
                    },
                    Kept::release,
                    original));
    assertSame(driver, raised);
  }
}
