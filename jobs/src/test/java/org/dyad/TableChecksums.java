package org.dyad;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.tables.Table;

/**
 * Tables as checksums of their rows sorted: two runs that publish the same rows have the same
 * checksums.
 */
public final class TableChecksums {
  private TableChecksums() {}

  /** Each of the tables under reports (one missing is an error), as "N rows sha256". */
  public static Map<String, String> of(Path reports, List<Table> tables) throws Exception {
    return of(reports, tables, Set.of());
  }

  /**
   * {@link #of(Path, List)} with some columns left out of every table that has them (which run made
   * a row, when two runs are meant to make the same rows otherwise).
   */
  public static Map<String, String> of(Path reports, List<Table> tables, Set<String> leftOut)
      throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (Table t : tables) {
      Path folder = reports.resolve(t.name());
      if (!Files.isDirectory(folder))
        throw new AssertionError("no table " + t.name() + " in " + reports);
      Dataset<Row> rows =
          SparkTestSession.get()
              .read()
              .parquet(folder.toString())
              .drop(leftOut.toArray(String[]::new));
      List<String> lines = new ArrayList<>();
      for (Row r : rows.collectAsList()) lines.add(r.toString());
      lines.sort(null);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String l : lines) sha.update((l + "\n").getBytes(StandardCharsets.UTF_8));
      out.put(t.name(), lines.size() + " rows " + HexFormat.of().formatHex(sha.digest()));
    }
    return out;
  }
}
