package org.dyad.tables;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * One table Dyad publishes: its name (the folder under the reports), its schema, the column it is
 * partitioned by (Hive style; null for none), the columns its rows are sorted by within each file,
 * and the version of its schema (bumped when a column changes). {@link TableWriter} writes every
 * table.
 */
public record Table(
    String name, StructType schema, String partitionColumn, List<String> sortKeys, int version) {
  public Table {
    sortKeys = List.copyOf(sortKeys);
    for (String k : sortKeys)
      if (!List.of(schema.fieldNames()).contains(k))
        throw new IllegalArgumentException(name + ": no sort column " + k);
    if (partitionColumn != null && !List.of(schema.fieldNames()).contains(partitionColumn)) {
      throw new IllegalArgumentException(name + ": no partition column " + partitionColumn);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
