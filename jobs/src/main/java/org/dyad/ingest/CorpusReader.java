package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.spark.SerializableConfiguration;

/**
 * Reads listed input files into raw records ({@link RawRecord#SCHEMA}), one task per file or byte
 * range, each file parsed as a stream on the executor. Parquet goes through Spark's own reader.
 */
public final class CorpusReader {
  private static final int MAX_SIDECAR_BYTES = 1 << 20;

  private CorpusReader() {}

  /**
   * The records and, for Parquet inputs, each file's row count by its footer ({@link #shortfalls}).
   */
  public record Read(Dataset<Row> rows, Map<String, Long> parquetRows, List<InputFile> files) {
    /**
     * Rejects for Parquet files that gave fewer rows than they hold; rows must be computed (kept)
     * already.
     */
    public List<Row> shortfalls(Dataset<Row> keptRows) {
      return ParquetInput.shortfalls(keptRows, parquetRows, files);
    }
  }

  public static Dataset<Row> read(
      SparkSession spark, List<InputFile> files, ReaderSettings settings) {
    return readChecked(spark, files, settings).rows();
  }

  public static Read readChecked(
      SparkSession spark, List<InputFile> files, ReaderSettings settings) {
    List<InputFile> streamed = new ArrayList<>();
    List<InputFile> parquet = new ArrayList<>();
    for (InputFile f : files) (f.format == InputFormat.PARQUET ? parquet : streamed).add(f);

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SerializableConfiguration conf =
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    JavaRDD<Row> rows =
        jsc.parallelize(streamed, Math.max(1, Math.min(streamed.size(), 10_000)))
            .flatMap(file -> parseFile(file, conf, settings));
    Dataset<Row> raw = spark.createDataFrame(rows, RawRecord.SCHEMA);
    Map<String, Long> parquetRows = new HashMap<>();
    if (!parquet.isEmpty())
      raw = raw.unionByName(ParquetInput.read(spark, parquet, settings, parquetRows));
    return new Read(raw, parquetRows, parquet);
  }

  static Iterator<Row> parseFile(
      InputFile file, SerializableConfiguration conf, ReaderSettings settings) {
    Iterator<RawRecord> source = records(file, conf, settings);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public Row next() {
        return source.next().toRow();
      }
    };
  }

  /** The file's records; a file that cannot be opened gives one {@code unreadable_file} reject. */
  static Iterator<RawRecord> records(
      InputFile file, SerializableConfiguration conf, ReaderSettings settings) {
    try {
      return open(file, conf, settings);
    } catch (IOException | RuntimeException e) {
      return Collections.singletonList(
              file.record(file.start, null)
                  .reject(RejectReason.UNREADABLE_FILE, "cannot read: " + e, null))
          .iterator();
    }
  }

  private static Iterator<RawRecord> open(
      InputFile file, SerializableConfiguration conf, ReaderSettings settings) throws IOException {
    Path path = new Path(file.path);
    FileSystem fs = path.getFileSystem(conf.get());
    switch (file.format) {
      case JSONL -> {
        FSDataInputStream raw = fs.open(path);
        if (file.start > 0) raw.seek(file.start - 1);
        InputStream in = decompress(raw, path, conf);
        return JsonLinesParser.parse(
            file.isSplit() ? in : new EndCheckedInputStream(in), file, settings);
      }
      case CSV -> {
        return CsvRecordParser.parse(
            new EndCheckedInputStream(decompress(fs.open(path), path, conf)), file, settings);
      }
      case REUTERS -> {
        try (InputStream in = decompress(fs.open(path), path, conf)) {
          return ReutersSgmlParser.parse(in, file, settings).iterator();
        }
      }
      case TEXT -> {
        byte[] sidecar = null;
        if (file.sidecar != null) {
          try (InputStream in = fs.open(new Path(path.getParent(), file.sidecar))) {
            sidecar = in.readNBytes(MAX_SIDECAR_BYTES);
          }
        }
        try (InputStream in = decompress(fs.open(path), path, conf)) {
          return List.of(TextFileParser.parse(in, sidecar, file, settings)).iterator();
        }
      }
      default -> throw new IllegalArgumentException("not a streamed format: " + file.format);
    }
  }

  private static InputStream decompress(InputStream in, Path path, SerializableConfiguration conf)
      throws IOException {
    CompressionCodec codec = new CompressionCodecFactory(conf.get()).getCodec(path);
    if (codec == null) return in;
    if (codec instanceof BZip2Codec) {
      // Hadoop's bzip2 reader takes a stream without the "BZh" header for an empty one: a text file
      // named
      // .bz2 gave no record and no reject.
      BufferedInputStream buffered = new BufferedInputStream(in);
      buffered.mark(3);
      byte[] magic = buffered.readNBytes(3);
      buffered.reset();
      if (magic.length > 0
          && !(magic.length == 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h')) {
        buffered.close();
        throw new IOException("not a bzip2 file (no BZh header) although its name ends in .bz2");
      }
      in = buffered;
    }
    return codec.createInputStream(in);
  }
}
