package org.dyad.ingest;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.dyad.tables.Col;

/**
 * Folds exact copies (same normalized text) into one article: the earliest published, then the
 * first in input order, is kept and counts its copies in {@code exact_copies}; the others become
 * rows of {@code article_copies}.
 */
public final class ExactDuplicates {
  private ExactDuplicates() {}

  private static final String RANK = "_copy_rank";
  private static final String KEPT_ID = "_kept_id";
  private static final String COPIES = "_copies";

  public record Folded(Dataset<Row> kept, Dataset<Row> copies) {}

  /**
   * @param accepted valid records with content_hash and article_id
   */
  public static Folded fold(Dataset<Row> accepted) {
    Column[] order = new Column[5];
    order[0] = col(Col.PUBLISHED).asc_nulls_last();
    System.arraycopy(ArticleIdentity.inputOrder(), 0, order, 1, 4);
    WindowSpec byHash = Window.partitionBy(Col.CONTENT_HASH).orderBy(order);
    WindowSpec wholeGroup = Window.partitionBy(Col.CONTENT_HASH);
    Dataset<Row> ranked =
        accepted
            .withColumn(RANK, row_number().over(byHash))
            .withColumn(KEPT_ID, first(col(Col.ARTICLE_ID)).over(byHash))
            .withColumn(COPIES, count(lit(1)).over(wholeGroup).minus(1).cast("int"));
    Dataset<Row> kept =
        ranked
            .where(col(RANK).equalTo(1))
            .withColumn(Col.EXACT_COPIES, col(COPIES))
            .drop(RANK, KEPT_ID, COPIES);
    Dataset<Row> copies =
        ranked
            .where(col(RANK).gt(1))
            .withColumn(Col.DUPLICATE_OF, col(KEPT_ID))
            .drop(RANK, KEPT_ID, COPIES);
    return new Folded(kept, copies);
  }
}
