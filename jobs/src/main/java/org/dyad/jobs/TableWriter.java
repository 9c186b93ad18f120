package org.dyad.jobs;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/** How Dyad writes its tables: the documented columns, in a stable order, so the same input gives the same files. */
final class TableWriter {
  private TableWriter() {}

  /** Rows per Parquet file of an unpartitioned table. */
  private static final long ROWS_PER_FILE = 200_000;

  /** The columns of a schema, in its order and types. */
  static Dataset<Row> select(Dataset<Row> rows, StructType schema) {
    return rows.select(
        Arrays.stream(schema.fields()).map(f -> col(f.name()).cast(f.dataType()).as(f.name())).toArray(Column[]::new));
  }

  /** A table in files of a fixed size, rows hashed by the sort keys and sorted within. */
  static void write(Dataset<Row> rows, String path, long count, String... sortKeys) {
    int files = (int) Math.max(1, (count + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
    Column[] keys = Arrays.stream(sortKeys).map(k -> col(k)).toArray(Column[]::new);
    rows.repartition(files, keys).sortWithinPartitions(keys).write().mode("overwrite").parquet(path);
  }

  /**
   * A table partitioned by one column (Hive style), sorted within; returns its row count. An empty table
   * is written as one file without partitions, so that every reader still finds its schema.
   */
  static long writePartitioned(Dataset<Row> rows, StructType schema, String path, String partition, String... sortKeys) {
    Dataset<Row> selected = select(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
    long n = selected.count();
    Column[] keys = Arrays.stream(sortKeys).map(k -> col(k)).toArray(Column[]::new);
    if (n == 0) {
      selected.coalesce(1).write().mode("overwrite").parquet(path);
    } else {
      selected.repartition(col(partition)).sortWithinPartitions(keys).write().mode("overwrite").partitionBy(partition).parquet(path);
    }
    selected.unpersist();
    return n;
  }
}
