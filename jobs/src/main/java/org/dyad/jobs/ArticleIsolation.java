package org.dyad.jobs;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.tables.Col;

/**
 * Finds the articles a stage's work fails on, when it failed over all of them at once: Spark NLP
 * annotates a partition at a time, so one article whose annotation throws fails its task, and the
 * task the job. The work is run again over ranges of article ids, a failing range halved until the
 * articles that fail are alone; the rest is done in the ranges that succeed. Finding one failing
 * article among n costs about 2 log2(n) runs of the work, each over fewer articles.
 */
public final class ArticleIsolation {
  private ArticleIsolation() {}

  /**
   * More failing articles than this fail the run: the fault is not in a few articles but in the
   * work.
   */
  static final int MAX_FAILURES = 20;

  /** An article the work failed on alone, and why (the innermost exception's class and message). */
  public record Failure(String articleId, String error) {}

  /**
   * The work's results over the ranges that succeeded, in article-id order, and the articles that
   * failed.
   */
  record Outcome<T>(List<T> pieces, List<Failure> failures) {}

  /**
   * Whether an exception is the failure of Spark tasks (which a bad article can cause), not of the
   * driver's own work (a plan that cannot run, a missing file), which would fail again on any
   * range.
   */
  static boolean isTaskFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SparkException && String.valueOf(t.getMessage()).contains("stage failure"))
        return true;
    }
    return false;
  }

  private static final Pattern EXPRESSION_ID = Pattern.compile("([\\p{L}_][\\w]*)#\\d+L?\\b");

  /**
   * The innermost exception of a task failure, as "Class: first line of its message" (at most 300
   * characters).
   */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message =
        root.getMessage() == null ? "" : root.getMessage().strip().lines().findFirst().orElse("");
    // Spark names columns with their plan's expression ids (text#7789), which differ from run to
    // run.
    message = EXPRESSION_ID.matcher(message).replaceAll("$1");
    String said = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    return said.length() > 300 ? said.substring(0, 297) + "..." : said;
  }

  /**
   * @param articles the articles the work failed on as a whole (an article_id column; kept by the
   *     caller, since every range reads them again)
   * @param work computes (and keeps) its result over some of the articles; throws what Spark throws
   *     when a task fails
   * @param release lets go of what a piece of work kept, when a later range fails the run
   * @param original the failure over all of the articles, raised again when too many fail alone
   */
  static <T> Outcome<T> isolate(
      Dataset<Row> articles,
      Function<Dataset<Row>, T> work,
      Consumer<T> release,
      Exception original) {
    List<String> ids = new ArrayList<>();
    // Spark's own order of the ids, so that a range [first, last] is what Spark's comparison
    // selects.
    for (Row r : articles.select(Col.ARTICLE_ID).distinct().orderBy(Col.ARTICLE_ID).collectAsList())
      ids.add(r.getString(0));
    List<T> pieces = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Deque<int[]> ranges = new ArrayDeque<>();
    if (ids.size() == 1) ranges.push(new int[] {0, 1});
    else if (ids.size() > 1) {
      // the whole failed already: its halves first
      int middle = ids.size() / 2;
      ranges.push(new int[] {middle, ids.size()});
      ranges.push(new int[] {0, middle});
    }
    while (!ranges.isEmpty()) {
      int[] range = ranges.pop();
      Dataset<Row> some =
          articles.where(col(Col.ARTICLE_ID).between(ids.get(range[0]), ids.get(range[1] - 1)));
      try {
        pieces.add(work.apply(some));
      } catch (Exception e) {
        if (!isTaskFailure(e)) {
          pieces.forEach(release);
          throw ArticleIsolation.<RuntimeException>unchecked(e);
        }
        if (range[1] - range[0] == 1) {
          failures.add(new Failure(ids.get(range[0]), describe(e)));
          if (failures.size() > MAX_FAILURES) {
            pieces.forEach(release);
            original.addSuppressed(
                new IllegalStateException(
                    "the work failed on more than " + MAX_FAILURES + " articles, each alone"));
            throw ArticleIsolation.<RuntimeException>unchecked(original);
          }
        } else {
          int middle = (range[0] + range[1]) / 2;
          ranges.push(new int[] {middle, range[1]});
          ranges.push(new int[] {range[0], middle});
        }
      }
    }
    return new Outcome<>(pieces, failures);
  }

  /**
   * Raises an exception as it is, checked or not (Spark raises its checked SparkException from
   * Scala code).
   */
  @SuppressWarnings("unchecked")
  static <E extends Exception> E unchecked(Exception e) throws E {
    throw (E) e;
  }
}
