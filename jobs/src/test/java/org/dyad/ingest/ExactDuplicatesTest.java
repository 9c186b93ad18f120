package org.dyad.ingest;

import static org.dyad.ingest.ArticleValidationTest.dataset;
import static org.dyad.ingest.ArticleValidationTest.raw;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

class ExactDuplicatesTest {
  @Test
  void keepsTheEarliestCopyAndCountsTheOthers() {
    Dataset<Row> accepted =
        ArticleIdentity.assign(
            ArticleValidation.validate(
                dataset(
                    List.of(
                        raw("late", "Same story.", "2019-05-16", null),
                        raw("early", "same  STORY", "2019-05-15", null),
                        raw("undated", "Same story!", null, null),
                        raw("other", "Another story.", "2019-05-15", null))),
                new ArticleValidation.Settings(1000, null, null, EpochUnit.AUTO)));
    ExactDuplicates.Folded folded = ExactDuplicates.fold(accepted);
    List<Row> kept = folded.kept().orderBy(Col.ARTICLE_ID).collectAsList();
    assertEquals(2, kept.size());
    assertEquals("early", kept.get(0).getAs(Col.ARTICLE_ID));
    assertEquals(2, (int) kept.get(0).getAs(Col.EXACT_COPIES));
    assertEquals("other", kept.get(1).getAs(Col.ARTICLE_ID));
    assertEquals(0, (int) kept.get(1).getAs(Col.EXACT_COPIES));
    List<Row> copies = folded.copies().orderBy(Col.ARTICLE_ID).collectAsList();
    assertEquals(
        List.of("late", "undated"),
        copies.stream().map(r -> (String) r.getAs(Col.ARTICLE_ID)).toList());
    copies.forEach(r -> assertEquals("early", r.getAs(Col.DUPLICATE_OF)));
  }
}
