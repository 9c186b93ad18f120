package org.dyad.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dyad.progress.Progress;
import org.dyad.spark.Kept;
import org.dyad.tables.Col;
import org.dyad.tables.Table;

/**
 * The articles of an append run whose per-article work (sentences and mentions, or topic terms) the
 * reports it adds to already hold: the same id and the same values of the key columns as there,
 * made the same way (the same fingerprint). None for a run over its input alone.
 */
public final class Reuse {
  private final Dataset<Row> ids;
  private final Append.Previous previous;
  private final long count;

  private Reuse(Dataset<Row> ids, Append.Previous previous, long count) {
    this.ids = ids;
    this.previous = previous;
    this.count = count;
  }

  /**
   * @param what what is reused, for the message when nothing can be
   * @param before the fingerprint of the earlier reports' work, or null
   * @param now this run's
   * @param needed the earlier tables the reuse reads (the articles table first)
   * @param key the articles' columns the work depends on, besides the id
   */
  public static Reuse of(
      SparkSession spark,
      Append.Previous previous,
      String what,
      String before,
      String now,
      List<Table> needed,
      Dataset<Row> articles,
      List<String> key,
      Progress progress)
      throws IOException {
    if (previous == null) return new Reuse(null, null, 0);
    if (!now.equals(before)) {
      progress.note(
          "append: "
              + what
              + " of every article computed again: "
              + (before == null
                  ? "run " + previous.runId() + " kept none to reuse"
                  : "their settings, actor files, model or Dyad's build changed since run "
                      + previous.runId()));
      return new Reuse(null, null, 0);
    }
    FileSystem fs =
        new Path(previous.output()).getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (Table t : needed) {
      if (!fs.exists(new Path(previous.path(t)))) {
        progress.note(
            "append: "
                + what
                + " of every article computed again: the reports of run "
                + previous.runId()
                + " have no "
                + t.name());
        return new Reuse(null, null, 0);
      }
    }
    Column same = lit(true);
    List<Column> earlierColumns = new ArrayList<>();
    earlierColumns.add(col(Col.ARTICLE_ID));
    List<Column> currentColumns = new ArrayList<>(earlierColumns);
    for (String k : key) {
      earlierColumns.add(col(k).as("_before_" + k));
      currentColumns.add(col(k));
      same = same.and(col(k).eqNullSafe(col("_before_" + k)));
    }
    Dataset<Row> earlier =
        spark
            .read()
            .parquet(previous.path(needed.get(0)))
            .select(earlierColumns.toArray(Column[]::new));
    Dataset<Row> ids =
        Kept.keep(
            articles
                .select(currentColumns.toArray(Column[]::new))
                .join(earlier, Col.ARTICLE_ID)
                .where(same)
                .select(Col.ARTICLE_ID));
    return new Reuse(ids, previous, ids.count());
  }

  /** The articles whose work is done again: all but those reused. */
  public Dataset<Row> toDo(Dataset<Row> articles) {
    return ids == null ? articles : articles.join(ids, new String[] {Col.ARTICLE_ID}, "left_anti");
  }

  /**
   * This run's rows of a per-article table, with the reused articles' rows of it from the earlier
   * reports.
   */
  public Dataset<Row> with(Dataset<Row> done, Table table) {
    if (ids == null) return done;
    Dataset<Row> earlier = done.sparkSession().read().parquet(previous.path(table));
    if (table.partitionColumn() != null) {
      earlier =
          earlier.withColumn(table.partitionColumn(), col(table.partitionColumn()).cast("string"));
    }
    earlier = earlier.join(ids, new String[] {Col.ARTICLE_ID}, "left_semi");
    return done.unionByName(
        earlier.select(Arrays.stream(done.columns()).map(functions::col).toArray(Column[]::new)));
  }

  /** Articles reused. */
  public long count() {
    return count;
  }

  public void release() {
    if (ids != null) Kept.release(ids);
  }
}
