package org.dyad.ingest;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.dyad.tables.Col;
import org.dyad.tables.IngestTables;

/**
 * Parquet input, typically a Dyad {@code articles} table or an export with the same columns. Each
 * file's footer is checked on the driver first, so that one unreadable file or one without a text
 * column becomes a reject instead of failing the run; files are read in groups of one schema (so
 * that conflicting column types across files do not fail the read), and a file whose data cannot
 * all be decoded gives the rows it can and a reject for the rest. Columns Dyad computes itself
 * (hashes, duplicate marks, source locations) are recomputed, not copied; any other column goes to
 * {@code metadata}.
 */
final class ParquetInput {
  private static final Set<String> RECOMPUTED =
      Set.of(
          Col.CONTENT_HASH,
          Col.DUPLICATE_OF,
          Col.DUPLICATE_SIMILARITY,
          Col.EXACT_COPIES,
          Col.INPUT_FORMAT,
          Col.SOURCE_FILE,
          Col.SOURCE_OFFSET,
          Col.SOURCE_LINE,
          Col.METADATA,
          Col.LABELS);

  private ParquetInput() {}

  /**
   * @param expectedRows filled with each readable file's row count by its footer, by source file as
   *     the rows name it: {@link #shortfalls} compares them with the rows read
   */
  static Dataset<Row> read(
      SparkSession spark,
      List<InputFile> files,
      ReaderSettings settings,
      Map<String, Long> expectedRows) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> rejects = new ArrayList<>();
    // Files grouped by their exact schema, each group read on its own: files whose columns share a
    // name
    // but not a type (a date as text in one, as a timestamp in another) no longer fail a merged
    // read.
    Map<String, List<InputFile>> bySchema = new LinkedHashMap<>();
    for (InputFile f : files) {
      try (ParquetFileReader reader =
          ParquetFileReader.open(HadoopInputFile.fromPath(new Path(f.path), conf))) {
        List<String> columns = new ArrayList<>();
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        schema.getFields().forEach(t -> columns.add(t.getName()));
        if (settings.fields.pick(FieldMapping.TEXT, columns) == null) {
          rejects.add(
              f.record(null, null)
                  .reject(
                      RejectReason.UNSUPPORTED_SCHEMA,
                      "no text column (looked for "
                          + settings.fields.namesOf(FieldMapping.TEXT)
                          + ") among "
                          + columns
                          + "; "
                          + reader.getRecordCount()
                          + " rows not read",
                      null)
                  .toRow());
        } else {
          bySchema.computeIfAbsent(schema.toString(), k -> new ArrayList<>()).add(f);
          expectedRows.merge(f.displayPath, reader.getRecordCount(), Long::sum);
        }
      } catch (IOException | RuntimeException e) {
        rejects.add(
            f.record(null, null)
                .reject(RejectReason.UNREADABLE_FILE, "not a readable Parquet file: " + e, null)
                .toRow());
      }
    }
    Dataset<Row> out = spark.createDataFrame(rejects, RawRecord.SCHEMA);
    for (List<InputFile> group : bySchema.values()) {
      String[] paths = group.stream().map(f -> f.path).toArray(String[]::new);
      // A file whose data cannot be decoded (a corrupt page) stops there instead of failing the
      // run; the
      // rows it did not give are found by shortfalls() and rejected with the reason.
      Dataset<Row> table = spark.read().option("ignoreCorruptFiles", "true").parquet(paths);
      List<Row> names = new ArrayList<>();
      group.forEach(f -> names.add(RowFactory.create(f.path, f.displayPath)));
      Dataset<Row> displayNames =
          spark.createDataFrame(
              names,
              DataTypes.createStructType(
                  new StructField[] {
                    DataTypes.createStructField("_path", DataTypes.StringType, false),
                    DataTypes.createStructField("_display", DataTypes.StringType, false)
                  }));
      Dataset<Row> located =
          table
              .withColumn("_path", col("_metadata.file_path"))
              .withColumn("_row", col("_metadata.row_index"))
              .join(broadcast(displayNames), "_path", "left");
      out = out.unionByName(located.select(rawColumns(table.schema(), settings)));
    }
    return out;
  }

  /**
   * A reject for each Parquet file that gave fewer rows than its footer holds (its data could not
   * all be decoded), so that read = accepted + rejected still accounts for it.
   *
   * @param raw the records read, already computed (kept): counting them is not a second read
   */
  static List<Row> shortfalls(
      Dataset<Row> raw, Map<String, Long> expectedRows, List<InputFile> files) {
    if (expectedRows.isEmpty()) return List.of();
    Map<String, Long> read = new HashMap<>();
    // Rows of the data (a row rejected for its values is a row read), not a file's own reject (no
    // row index).
    for (Row r :
        raw.where(
                col(Col.INPUT_FORMAT)
                    .equalTo(InputFormat.PARQUET.code)
                    .and(col(Col.SOURCE_OFFSET).isNotNull()))
            .groupBy(col(Col.SOURCE_FILE))
            .count()
            .collectAsList()) {
      read.put(r.getString(0), r.getLong(1));
    }
    List<Row> out = new ArrayList<>();
    for (InputFile f : files) {
      Long expected = expectedRows.get(f.displayPath);
      if (expected == null) continue;
      long got = read.getOrDefault(f.displayPath, 0L);
      if (got < expected) {
        out.add(
            f.record(null, null)
                .reject(
                    RejectReason.UNREADABLE_FILE,
                    "corrupt Parquet data: "
                        + got
                        + " of "
                        + expected
                        + " rows read, the rest could not be decoded",
                    null)
                .toRow());
      }
    }
    return out;
  }

  /**
   * A string or binary column's bytes as text: UTF-8 decoded with every invalid byte sequence made
   * {@link Decoding#INVALID}, so that the row is rejected as {@code invalid_encoding} as the same
   * bytes in JSON Lines or a text file are. Spark hands a Parquet string column's bytes on
   * unchecked, and DuckDB then refused the whole published column ("is not valid UTF8").
   */
  private static final UserDefinedFunction UTF8 =
      udf(
          (UDF1<byte[], String>)
              b -> b == null ? null : Decoding.decode(b, b.length, StandardCharsets.UTF_8),
          DataTypes.StringType);

  /**
   * Whether a column holds text: a Parquet string, or BINARY without an annotation (how some
   * writers store strings).
   */
  private static boolean textual(DataType type) {
    return type instanceof StringType || type instanceof BinaryType;
  }

  /** A Parquet type as a reader names it: string, binary, int, struct<...>. */
  private static String typeName(DataType type) {
    return type.simpleString();
  }

  /**
   * The input columns as the raw record's, with the rules JSON Lines applies (RecordFields): text
   * and title must be strings, the other fields single values (a string, number, boolean or date);
   * a struct, list or map there is an {@code invalid_field} reject, not its JSON written as a
   * string. Every string and binary column, metadata included, must be UTF-8: else an {@code
   * invalid_encoding} reject naming the column.
   */
  private static Column[] rawColumns(StructType schema, ReaderSettings settings) {
    List<String> columns = Arrays.asList(schema.fieldNames());
    Set<String> used = new HashSet<>(RECOMPUTED);
    List<Column> out = new ArrayList<>();
    // The first problem of a row, in column order: a reason code and its detail.
    List<Column[]> problems = new ArrayList<>();
    out.add(lit(InputFormat.PARQUET.code).as(Col.INPUT_FORMAT));
    out.add(coalesce(col("_display"), col("_path")).as(Col.SOURCE_FILE));
    out.add(col("_row").cast("long").as(Col.SOURCE_OFFSET));
    out.add(lit(null).cast("long").as(Col.SOURCE_LINE));
    String[][] fields = {
      {FieldMapping.ID, RawRecord.GIVEN_ID},
      {FieldMapping.SOURCE, Col.SOURCE},
      {FieldMapping.URL, Col.URL},
      {FieldMapping.TITLE, Col.TITLE},
      {FieldMapping.TEXT, Col.TEXT},
      {FieldMapping.PUBLISHED, RawRecord.PUBLISHED_RAW},
    };
    String invalid = String.valueOf(Decoding.INVALID);
    for (String[] f : fields) {
      String name = settings.fields.pick(f[0], columns);
      if (name == null) {
        out.add(lit(null).cast("string").as(f[1]));
        continue;
      }
      used.add(name);
      DataType type = schema.apply(name).dataType();
      Column c = col(name);
      boolean mustBeText = f[0].equals(FieldMapping.TEXT) || f[0].equals(FieldMapping.TITLE);
      Column asString;
      if (textual(type)) {
        asString = UTF8.apply(c.cast("binary"));
        problems.add(
            new Column[] {
              asString.contains(invalid),
              lit(RejectReason.INVALID_ENCODING.code),
              lit("bytes invalid in UTF-8 in column '" + name + "' (" + f[0] + ")")
            });
      } else if (mustBeText || !(type instanceof AtomicType)) {
        // Kept null in the record: the reject says what the column was.
        asString = lit(null).cast("string");
        problems.add(
            new Column[] {
              c.isNotNull(),
              lit(RejectReason.INVALID_FIELD.code),
              lit(
                  "column '"
                      + name
                      + "' ("
                      + f[0]
                      + ") is a Parquet "
                      + typeName(type)
                      + ", expected "
                      + (mustBeText ? "a string" : "a string, number or date"))
            });
      } else if (type instanceof TimestampType) {
        asString =
            date_format(c, "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'"); // the session time zone is UTC
      } else {
        asString = c.cast("string");
      }
      out.add(asString.as(f[1]));
    }
    Column metadata =
        columns.contains(Col.METADATA)
                && schema
                    .apply(Col.METADATA)
                    .dataType()
                    .equals(IngestTables.ARTICLES.schema().apply(Col.METADATA).dataType())
            ? col(Col.METADATA)
            : map().cast(IngestTables.ARTICLES.schema().apply(Col.METADATA).dataType());
    List<Column> extras = new ArrayList<>();
    for (String name : columns) {
      if (used.contains(name)) continue;
      DataType type = schema.apply(name).dataType();
      extras.add(lit(name));
      if (textual(type)) {
        Column decoded = UTF8.apply(col(name).cast("binary"));
        extras.add(decoded);
        problems.add(
            new Column[] {
              decoded.contains(invalid),
              lit(RejectReason.INVALID_ENCODING.code),
              lit("bytes invalid in UTF-8 in column '" + name + "'")
            });
      } else {
        extras.add(type instanceof AtomicType ? col(name).cast("string") : to_json(col(name)));
      }
    }
    if (!extras.isEmpty()) metadata = map_concat(metadata, map(extras.toArray(Column[]::new)));
    out.add(metadata.as(Col.METADATA));
    out.add(
        (columns.contains(Col.LABELS)
                    && schema
                        .apply(Col.LABELS)
                        .dataType()
                        .equals(IngestTables.ARTICLES.schema().apply(Col.LABELS).dataType())
                ? col(Col.LABELS)
                : map().cast(IngestTables.ARTICLES.schema().apply(Col.LABELS).dataType()))
            .as(Col.LABELS));
    Column reason = lit(null).cast("string");
    Column detail = lit(null).cast("string");
    for (int i = problems.size() - 1; i >= 0; i--) {
      Column[] p = problems.get(i);
      reason = when(coalesce(p[0], lit(false)), p[1]).otherwise(reason);
      detail = when(coalesce(p[0], lit(false)), p[2]).otherwise(detail);
    }
    out.add(reason.as(Col.REASON));
    out.add(detail.as(Col.DETAIL));
    out.add(lit(null).cast("string").as(Col.SNIPPET));
    return out.toArray(Column[]::new);
  }
}
