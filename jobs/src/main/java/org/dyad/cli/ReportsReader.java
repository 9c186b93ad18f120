package org.dyad.cli;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.tables.Tables;

/**
 * Reads a reports folder with DuckDB, in this process: a few rows of a few Parquet tables answered
 * in milliseconds, where starting Spark to read them took 7-9 s per `dyad show`. The SQL is
 * DuckDB's, as in the notebooks and docs/REPORTS.md (arrays count from 1).
 */
final class ReportsReader implements AutoCloseable {
  private final File folder;
  private final Connection connection;

  ReportsReader(String folder) {
    this.folder = new File(folder);
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      this.connection = DriverManager.getConnection("jdbc:duckdb:");
    } catch (ClassNotFoundException | SQLException e) {
      throw new IllegalStateException(
          "cannot start DuckDB to read the reports: " + e.getMessage(), e);
    }
  }

  /**
   * A table as a DuckDB source: its Parquet files, with the partition column (period, month) as
   * text as written (DuckDB would otherwise read "2019-05" as a date).
   */
  String table(String name) {
    String path = new File(folder, name).getPath().replace("'", "''");
    boolean partitioned = Tables.named(name).partitionColumn() != null;
    return partitioned
        ? "read_parquet('"
            + path
            + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false, union_by_name"
            + " = true)"
        : "read_parquet('" + path + "/*.parquet', union_by_name = true)";
  }

  /**
   * The rows of a query, each a map from column name to value (String, Long, Integer, Double,
   * Boolean or null).
   */
  List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) s.setObject(i + 1, parameters[i]);
      try (ResultSet r = s.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        List<Map<String, Object>> out = new ArrayList<>();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++)
            row.put(meta.getColumnLabel(c), r.getObject(c));
          out.add(row);
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the reports in " + folder + ": " + e.getMessage() + "\n" + sql, e);
    }
  }

  /** The first column of every row, as strings. */
  List<String> strings(String sql, Object... parameters) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> r : rows(sql, parameters)) {
      Object v = r.values().iterator().next();
      out.add(v == null ? null : String.valueOf(v));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing was written
    }
  }
}
